import Link from "next/link";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatVnd } from "@/lib/domain/format";
import type { Messages } from "@/lib/i18n";
import type { Application } from "@/lib/server/dossiers/get-application";

export function PaymentResultPage({ t, app }: { t: Messages; app: Application }) {
  const p = t.payment;
  const pay = app.lastPayment;
  const status = app.paidOnline ? "PAID" : (pay?.status ?? "PENDING");
  const message = { PAID: p.paid, PENDING: p.pending, FAILED: p.failed, CANCELLED: p.cancelled }[status];
  const tone = status === "PAID" ? "border-green-700 bg-green-50" : status === "PENDING" ? "border-amber-500 bg-amber-50" : "border-red-700 bg-red-50";
  return (
    <div className="space-y-6">
      <PageHeader title={p.resultTitle} />
      <div role="status" className={`rounded border-2 p-4 ${tone}`}>
        <p className="font-semibold">{message}</p>
        {pay ? (
          <dl className="mt-2 grid gap-1 text-sm sm:grid-cols-[12rem_1fr]">
            <dt>{p.reference}</dt><dd className="font-mono">{pay.providerRef}</dd>
            <dt>{p.amount}</dt><dd>{formatVnd(pay.amount)}</dd>
          </dl>
        ) : null}
      </div>
      <p className="flex flex-wrap gap-4">
        {status === "PENDING" ? <Link href={`/my/dossiers/${app.id}/payment`} className="text-brand-700 underline">{p.refresh}</Link> : null}
        <Link href={`/my/dossiers/${app.id}/review`} className="inline-block rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">
          {status === "PAID" ? p.backToReview : p.retry}
        </Link>
      </p>
    </div>
  );
}
