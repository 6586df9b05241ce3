import Link from "next/link";
import { formatDate, formatDateTime, formatVnd } from "@/lib/domain/format";
import type { Messages } from "@/lib/i18n";
import type { CounterReceipt } from "@/lib/server/dossiers/intake-get-counter-receipt";
import { PrintButton } from "./PrintButton";

/**
 * The slip handed to the applicant. On paper (@media print) only the slip is printed: the
 * site's header, footer and navigation are hidden by globals.css, the rest here by print:hidden.
 */
export function CounterReceiptPage({ t, receipt }: { t: Messages; receipt: CounterReceipt }) {
  const i = t.intake;
  const row = (label: string, value: React.ReactNode) => (
    <>
      <dt className="font-medium">{label}</dt>
      <dd>{value}</dd>
    </>
  );
  return (
    <div className="space-y-6 print:space-y-0">
      <div role="status" className="rounded-lg bg-green-700 p-5 text-white print:hidden">
        <p className="text-xl font-bold">{i.receiptDone}</p>
        <p className="mt-1">{i.receiptCode}: <strong className="font-mono text-lg">{receipt.code}</strong></p>
        <p className="mt-1 text-green-50">{i.receiptDoneLead}</p>
      </div>
      <article aria-labelledby="receipt-title" className="rounded-lg bg-white p-5 shadow-sm sm:p-8 print:p-0 print:shadow-none">
        <div className="grid gap-4 text-center sm:grid-cols-2 print:grid-cols-2">
          <p className="font-semibold uppercase">{receipt.agency.name}</p>
          <p>
            <span className="block font-semibold">{i.receiptNational}</span>
            <span className="block font-semibold underline">{i.receiptMotto}</span>
          </p>
        </div>
        <h1 id="receipt-title" className="mt-6 text-center text-xl font-bold uppercase sm:text-2xl">{i.receiptDocTitle}</h1>
        <p className="mt-1 text-center">{i.receiptCode}: <strong className="font-mono">{receipt.code}</strong></p>
        <dl className="mt-6 grid gap-x-6 gap-y-2 sm:grid-cols-[14rem_1fr] print:grid-cols-[14rem_1fr]">
          {row(i.receiptApplicant, receipt.applicantName)}
          {receipt.applicantNationalId ? row(i.receiptNationalId, receipt.applicantNationalId) : null}
          {receipt.applicantPhone ? row(i.receiptPhone, receipt.applicantPhone) : null}
          {receipt.applicantAddress ? row(i.receiptAddress, receipt.applicantAddress) : null}
          {row(i.receiptProcedure, `${receipt.procedure.name} (${receipt.procedure.code})`)}
          {row(i.receiptAgency, receipt.agency.name)}
          {row(i.receiptReceivedAt, receipt.receivedAt ? formatDateTime(receipt.receivedAt) : "—")}
          {row(
            i.receiptDocuments,
            receipt.documentsReceived.length > 0 ? (
              <ol className="list-decimal pl-5">{receipt.documentsReceived.map((d) => <li key={d}>{d}</li>)}</ol>
            ) : (
              i.receiptNoDocuments
            ),
          )}
          {row(
            i.receiptDue,
            <>
              <strong className="text-lg">{receipt.dueAt ? formatDate(receipt.dueAt) : "—"}</strong>
              <span className="block text-sm text-slate-700">{i.receiptDueNote(receipt.procedure.processingDays)}</span>
            </>,
          )}
          {row(i.receiptFee, receipt.feeAmount > 0 ? formatVnd(receipt.feeAmount) : t.apply.feeFree)}
          {row(i.receiptOfficer, receipt.handler?.fullName ?? "—")}
        </dl>
        <p className="mt-6 text-sm text-slate-700">{i.receiptLookup}</p>
      </article>
      <div className="flex flex-wrap items-center gap-4 print:hidden">
        <PrintButton label={i.print} />
        <Link href="/officer/intake" className="text-brand-700 underline">{i.newIntake}</Link>
        <Link href="/officer" className="text-brand-700 underline">{i.toHome}</Link>
      </div>
    </div>
  );
}
