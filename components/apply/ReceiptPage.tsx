import Link from "next/link";
import { formatDate, formatDateTime, formatVnd } from "@/lib/domain/format";
import type { Messages } from "@/lib/i18n";
import type { Application } from "@/lib/server/dossiers/get-application";

export function ReceiptPage({ t, app }: { t: Messages; app: Application }) {
  const a = t.apply;
  return (
    <div className="space-y-6">
      <div role="status" className="rounded-lg bg-green-700 p-6 text-white">
        <h1 className="text-2xl font-bold">{a.receiptTitle}</h1>
        <p className="mt-2">{a.receiptCode}: <strong className="font-mono text-xl">{app.code}</strong></p>
        <p className="mt-1 text-green-50">{a.receiptLead}</p>
      </div>
      <section aria-labelledby="receipt-heading" className="rounded-lg bg-white p-6 shadow-sm">
        <h2 id="receipt-heading" className="mb-4 text-lg font-semibold uppercase">{a.receiptHeading}</h2>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[16rem_1fr]">
          <dt className="font-medium">{a.receiptCode}</dt><dd className="font-mono">{app.code}</dd>
          <dt className="font-medium">{a.receiptProcedure}</dt><dd>{app.procedure.name}</dd>
          <dt className="font-medium">{a.receiptAgency}</dt><dd>{app.agency.name}</dd>
          <dt className="font-medium">{a.receiptSubmitted}</dt><dd>{app.submittedAt ? formatDateTime(app.submittedAt) : "—"}</dd>
          <dt className="font-medium">{a.receiptDue}</dt>
          <dd>
            <strong>{app.dueAt ? formatDate(app.dueAt) : "—"}</strong>
            <span className="block text-sm text-slate-700">{a.receiptDueNote(app.procedure.processingDays)}</span>
          </dd>
          <dt className="font-medium">{a.receiptFee}</dt>
          <dd>{app.feeAmount > 0 ? `${formatVnd(app.feeAmount)}${app.paidOnline ? " ✓" : ""}` : a.feeFree}</dd>
        </dl>
      </section>
      <p className="no-print flex flex-wrap gap-4">
        <Link href={`/my/dossiers/${app.id}`} className="text-brand-700 underline">{app.code}</Link>
        <Link href="/my" className="text-brand-700 underline">{a.toMyDossiers}</Link>
      </p>
    </div>
  );
}
