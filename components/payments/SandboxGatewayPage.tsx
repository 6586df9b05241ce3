import { sandboxPayAction } from "@/app/sandbox-gateway/actions";
import { formatVnd } from "@/lib/domain/format";
import type { PaymentOrder } from "@/lib/domain/payment-signature";
import type { Messages } from "@/lib/i18n";

export function SandboxGatewayPage({ t, order, raw }: { t: Messages; order: PaymentOrder; raw: { order: string; sig: string } }) {
  const p = t.payment;
  return (
    <div className="mx-auto max-w-lg rounded-lg border-4 border-dashed border-amber-500 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">{p.gatewayTitle}</h1>
      <p className="mt-2 text-sm text-slate-700">{p.gatewayNote}</p>
      <dl className="mt-4 grid gap-2 sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium">{p.merchant}</dt><dd>{p.merchantName}</dd>
        <dt className="font-medium">{p.orderDescription}</dt><dd>{order.description}</dd>
        <dt className="font-medium">{p.reference}</dt><dd className="font-mono">{order.providerRef}</dd>
        <dt className="font-medium">{p.amount}</dt><dd className="text-xl font-bold">{formatVnd(order.amount)}</dd>
      </dl>
      <form action={sandboxPayAction} className="mt-6 flex flex-col gap-3 sm:flex-row">
        <input type="hidden" name="order" value={raw.order} />
        <input type="hidden" name="sig" value={raw.sig} />
        <button type="submit" name="outcome" value="PAID" className="rounded bg-green-700 px-5 py-2 font-semibold text-white hover:bg-green-800">{p.pay}</button>
        <button type="submit" name="outcome" value="CANCELLED" className="rounded border border-slate-400 bg-white px-5 py-2 font-semibold">{p.cancel}</button>
        <button type="submit" name="outcome" value="FAILED" className="rounded border border-red-700 bg-white px-5 py-2 font-semibold text-red-800">{p.simulateFailure}</button>
      </form>
    </div>
  );
}
