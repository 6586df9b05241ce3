import Link from "next/link";
import { Badge } from "@/components/ui/Badge";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatVnd } from "@/lib/domain/format";
import type { Messages } from "@/lib/i18n";
import type { ProcedureListPage } from "@/lib/server/procedures/list-procedures";

function pageHref(q: string | undefined, page: number): string {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (page > 1) params.set("page", String(page));
  const s = params.toString();
  return s ? `/procedures?${s}` : "/procedures";
}

export function ProcedureCatalogue({ t, result, q }: { t: Messages; result: ProcedureListPage; q?: string }) {
  return (
    <div>
      <PageHeader title={t.procedures.title} lead={t.procedures.lead} />
      <form action="/procedures" method="get" role="search" className="mb-4 flex flex-col gap-2 sm:flex-row">
        <label htmlFor="catalogue-search" className="sr-only">{t.home.searchLabel}</label>
        <input id="catalogue-search" name="q" type="search" defaultValue={q} placeholder={t.home.searchPlaceholder} className="w-full rounded border border-slate-400 px-3 py-2" />
        <button type="submit" className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">{t.home.searchButton}</button>
      </form>
      <p className="mb-3 text-sm text-slate-700" aria-live="polite">{t.procedures.total(result.total)}</p>
      {result.items.length === 0 ? (
        <p>{t.procedures.empty}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {result.items.map((p) => (
            <li key={p.code} className="p-4">
              <Link href={`/procedures/${encodeURIComponent(p.code)}`} className="font-medium text-brand-700 underline">{p.name}</Link>
              <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm text-slate-700 sm:grid-cols-2 lg:grid-cols-3">
                <div><dt className="inline font-medium">{t.procedures.code}: </dt><dd className="inline">{p.code}</dd></div>
                <div><dt className="inline font-medium">{t.procedures.sector}: </dt><dd className="inline">{p.sector.name}</dd></div>
                <div><dt className="inline font-medium">{t.procedures.agency}: </dt><dd className="inline">{p.agency?.name ?? t.procedures.communeScope}</dd></div>
                <div><dt className="inline font-medium">{t.procedures.days}: </dt><dd className="inline">{t.procedures.daysValue(p.processingDays)}</dd></div>
                <div><dt className="inline font-medium">{t.procedures.fee}: </dt><dd className="inline">{p.feeAmount > 0 ? formatVnd(p.feeAmount) : t.procedures.free}</dd></div>
                <div>
                  <dt className="sr-only">{t.procedures.level}</dt>
                  <dd><Badge tone={p.level === "FULL_ONLINE" ? "success" : "neutral"}>{t.procedures.levels[p.level]}</Badge></dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
      {result.pages > 1 ? (
        <nav aria-label={t.procedures.pagination} className="mt-4 flex items-center justify-between gap-2 text-sm">
          {result.page > 1 ? <Link rel="prev" href={pageHref(q, result.page - 1)} className="rounded border border-slate-300 bg-white px-3 py-2 text-brand-700">{t.procedures.previous}</Link> : <span />}
          <span>{t.procedures.pageOf(result.page, result.pages)}</span>
          {result.page < result.pages ? <Link rel="next" href={pageHref(q, result.page + 1)} className="rounded border border-slate-300 bg-white px-3 py-2 text-brand-700">{t.procedures.next}</Link> : <span />}
        </nav>
      ) : null}
    </div>
  );
}
