import Link from "next/link";
import { Badge } from "@/components/ui/Badge";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatVnd } from "@/lib/domain/format";
import type { Locale, Messages } from "@/lib/i18n";
import type { ProcedureCatalogue as Catalogue } from "@/lib/server/procedures/list-procedures";
import { CatalogueFilters } from "./CatalogueFilters";
import { catalogueHref } from "./catalogue-href";

export function ProcedureCatalogue({ t, locale, catalogue }: { t: Messages; locale: Locale; catalogue: Catalogue }) {
  const { result, filters, query } = catalogue;
  const c = t.catalogue;
  const filterCount = [query.sector, query.agency, query.level].filter(Boolean).length;
  const commune = query.agency ? filters.agencies.find((a) => a.code === query.agency && a.kind === "COMMUNE") : undefined;
  return (
    <div>
      <PageHeader title={t.procedures.title} lead={t.procedures.lead} />
      {/* Keyed by the query: after a client-side navigation (a page link, "clear filters") the
          uncontrolled fields must show the new query, not keep the old values. */}
      <CatalogueFilters key={catalogueHref(query)} t={t} locale={locale} filters={filters} query={query} />

      <section aria-labelledby="catalogue-results" className="mt-6">
        <h2 id="catalogue-results" className="sr-only">{c.resultsTitle}</h2>
        <div className="mb-3 text-sm text-slate-700" role="status">
          <p className="font-semibold">{t.procedures.total(result.total)}</p>
          <p>
            {query.q ? c.matching(query.q) : c.byName}
            {filterCount > 0 ? ` ${c.activeFilters(filterCount)}` : null}
          </p>
        </div>
        {commune ? <p className="mb-3 rounded border border-brand-100 bg-brand-50 p-3 text-sm">{c.communeNote(commune.shortName)}</p> : null}
        {result.items.length === 0 ? (
          <div className="rounded-lg border border-slate-200 bg-white p-4">
            <p className="font-medium">{t.procedures.empty}</p>
            <p className="mt-1 text-sm text-slate-700">{c.emptyHint}</p>
          </div>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {result.items.map((p) => (
              <li key={p.code} className="p-4">
                <Link href={`/procedures/${encodeURIComponent(p.code)}`} prefetch={false} className="font-medium text-brand-700 underline">{p.name}</Link>
                {p.tier === 3 ? <span className="ml-2 text-xs text-slate-600">({c.approximate})</span> : null}
                <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm text-slate-700 sm:grid-cols-2 lg:grid-cols-3">
                  <div><dt className="inline font-medium">{t.procedures.code}: </dt><dd className="inline">{p.code}</dd></div>
                  <div><dt className="inline font-medium">{t.procedures.sector}: </dt><dd className="inline">{locale === "en" ? p.sector.nameEn : p.sector.name}</dd></div>
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
            {result.page > 1 ? <Link rel="prev" href={catalogueHref(query, result.page - 1)} prefetch={false} className="rounded border border-slate-300 bg-white px-3 py-2 text-brand-700">{t.procedures.previous}</Link> : <span />}
            <span>{t.procedures.pageOf(result.page, result.pages)}</span>
            {result.page < result.pages ? <Link rel="next" href={catalogueHref(query, result.page + 1)} prefetch={false} className="rounded border border-slate-300 bg-white px-3 py-2 text-brand-700">{t.procedures.next}</Link> : <span />}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
