import Link from "next/link";
import { formatDate } from "@/lib/domain/format";
import type { Messages } from "@/lib/i18n";
import type { VerifiedResult } from "@/lib/server/results/verify-result";

/** The public answer to a QR code: the result is authentic, with what is needed to compare it. */
export function VerifyResultPage({ t, result }: { t: Messages; result: VerifiedResult }) {
  const v = t.verify;
  return (
    <article className="mx-auto max-w-2xl space-y-4">
      <p className="text-sm font-medium uppercase tracking-wide text-slate-700">{v.title}</p>
      <div className="rounded-lg border-2 border-green-700 bg-white p-4 shadow-sm sm:p-6">
        <h1 className="flex items-center gap-3 text-2xl font-bold text-green-900 sm:text-3xl">
          <span aria-hidden="true" className="grid h-9 w-9 shrink-0 place-items-center rounded-full bg-green-700 text-xl text-white">✓</span>
          {v.validTitle}
        </h1>
        <p className="mt-3">{v.validLead}</p>
        <dl className="mt-4 grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
          <dt className="font-medium text-slate-700">{v.resultNumber}</dt>
          <dd className="break-all font-mono">{result.resultNumber}</dd>
          <dt className="font-medium text-slate-700">{v.procedure}</dt>
          <dd>{result.procedureName}</dd>
          <dt className="font-medium text-slate-700">{v.agency}</dt>
          <dd>{result.agencyName}</dd>
          <dt className="font-medium text-slate-700">{v.issuedAt}</dt>
          <dd>{formatDate(result.issuedAt)}</dd>
          <dt className="font-medium text-slate-700">{v.holder}</dt>
          <dd>{result.holderName}</dd>
          <dt className="font-medium text-slate-700">{v.status}</dt>
          <dd className="font-semibold text-green-900">{v.statusValid}</dd>
        </dl>
      </div>
      <p>{v.mismatch}</p>
      <p className="text-sm text-slate-700">{v.privacy}</p>
    </article>
  );
}

/** Unknown or malformed token: say clearly that nothing could be verified (served with 404). */
export function VerifyFailedPage({ t }: { t: Messages }) {
  const v = t.verify;
  return (
    <article className="mx-auto max-w-2xl space-y-4">
      <p className="text-sm font-medium uppercase tracking-wide text-slate-700">{v.title}</p>
      <div className="rounded-lg border-2 border-red-700 bg-white p-4 shadow-sm sm:p-6">
        <h1 className="flex items-center gap-3 text-2xl font-bold text-red-900 sm:text-3xl">
          <span aria-hidden="true" className="grid h-9 w-9 shrink-0 place-items-center rounded-full bg-red-700 text-xl text-white">✕</span>
          {v.invalidTitle}
        </h1>
        <p className="mt-3">{v.invalidLead}</p>
        <p className="mt-2">{v.invalidHelp}</p>
      </div>
      <Link href="/" className="inline-block text-brand-700 underline">{v.backHome}</Link>
    </article>
  );
}
