import Link from "next/link";
import { Badge } from "@/components/ui/Badge";
import { formatVnd } from "@/lib/domain/format";
import type { Messages } from "@/lib/i18n";
import type { ProcedureDetail } from "@/lib/server/procedures/get-procedure";

export function ProcedureDetailPage({ t, p }: { t: Messages; p: ProcedureDetail }) {
  const d = t.procedures.detail;
  return (
    <article className="space-y-6">
      <nav aria-label="breadcrumb" className="text-sm">
        <Link href="/procedures" prefetch={false} className="text-brand-700 underline">{d.back}</Link>
      </nav>
      <header>
        <h1 className="text-2xl font-bold sm:text-3xl">{p.name}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <Badge tone={p.level === "FULL_ONLINE" ? "success" : "neutral"}>{t.procedures.levels[p.level]}</Badge>
          <span>{t.procedures.code}: {p.code}</span>
        </p>
      </header>

      {p.level === "FULL_ONLINE" ? (
        <div className="rounded-lg border border-brand-100 bg-brand-50 p-4">
          <Link href={`/procedures/${encodeURIComponent(p.code)}/apply`} prefetch={false} className="inline-block rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">
            {t.apply.startAction}
          </Link>
          <p className="mt-2 text-sm text-slate-700">{t.apply.startNote}</p>
        </div>
      ) : (
        <div className="rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 className="font-semibold">{d.inPerson}</h2>
          <p className="mt-1 text-sm">{p.inPersonNote ?? d.inPersonDefault}</p>
        </div>
      )}

      <section aria-labelledby="summary-title" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="summary-title" className="mb-3 text-lg font-semibold">{d.summary}</h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
          <div><dt className="text-sm text-slate-600">{t.procedures.agency}</dt><dd>{p.agency?.name ?? t.procedures.communeScope}</dd></div>
          <div><dt className="text-sm text-slate-600">{t.procedures.sector}</dt><dd>{p.sector.name}</dd></div>
          <div><dt className="text-sm text-slate-600">{t.procedures.days}</dt><dd>{t.procedures.daysValue(p.processingDays)}</dd></div>
          <div>
            <dt className="text-sm text-slate-600">{t.procedures.fee}</dt>
            <dd>{p.feeAmount > 0 ? formatVnd(p.feeAmount) : t.procedures.free}{p.feeDescription ? ` — ${p.feeDescription}` : ""}</dd>
          </div>
          <div className="sm:col-span-2"><dt className="text-sm text-slate-600">{d.applicants}</dt><dd>{p.applicants}</dd></div>
        </dl>
      </section>

      <section aria-labelledby="docs-title" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="docs-title" className="mb-3 text-lg font-semibold">{d.documents}</h2>
        <ol className="list-decimal space-y-1 pl-5">
          {p.documents.map((doc) => (
            <li key={doc.name}>
              {doc.name} <span className="text-sm text-slate-600">({d.documentCopies(doc.copies)}{doc.required ? "" : `, ${d.optional}`})</span>
              {doc.note ? <span className="block text-sm text-slate-600">{doc.note}</span> : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="steps-title" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="steps-title" className="mb-3 text-lg font-semibold">{d.steps}</h2>
        <ol className="list-decimal space-y-1 pl-5">{p.stepList.map((s) => <li key={s}>{s}</li>)}</ol>
      </section>

      <section aria-labelledby="result-title" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="result-title" className="mb-2 text-lg font-semibold">{d.result}</h2>
        <p>{p.resultDescription}</p>
        <h2 className="mb-2 mt-4 text-lg font-semibold">{d.legalBasis}</h2>
        <p className="whitespace-pre-line">{p.legalBasis}</p>
      </section>
    </article>
  );
}
