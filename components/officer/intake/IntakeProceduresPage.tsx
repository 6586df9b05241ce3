import Link from "next/link";
import { DataTable } from "@/components/ui/DataTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatNumber } from "@/lib/domain/format";
import type { Messages } from "@/lib/i18n";
import type { ProcedureListPage } from "@/lib/server/procedures/search-procedures";

function pageHref(q: string | undefined, page: number): string {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (page > 1) params.set("page", String(page));
  const s = params.toString();
  return s ? `/officer/intake?${s}` : "/officer/intake";
}

export function IntakeProceduresPage({ t, agencyName, result, q }: { t: Messages; agencyName: string; result: ProcedureListPage; q: string | undefined }) {
  const i = t.intake;
  return (
    <div className="space-y-6">
      <PageHeader title={i.title} lead={i.lead(agencyName)} />
      <form method="get" action="/officer/intake" role="search" className="flex max-w-2xl flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <label htmlFor="intake-q" className="block font-medium">{i.searchLabel}</label>
          <p id="intake-q-hint" className="text-sm text-slate-700">{i.searchHint}</p>
          <input id="intake-q" name="q" type="search" defaultValue={q ?? ""} aria-describedby="intake-q-hint" maxLength={200} className="mt-1 w-full rounded border border-slate-500 bg-white px-3 py-2" />
        </div>
        <button type="submit" className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">{i.search}</button>
        {q ? <Link href="/officer/intake" className="py-2 text-brand-700 underline">{i.clear}</Link> : null}
      </form>
      {result.items.length === 0 ? (
        <p role="status">{i.noProcedures}</p>
      ) : (
        <DataTable
          caption={i.proceduresCaption(formatNumber(result.total))}
          headers={[i.colCode, i.colName, i.colDays, i.colAction]}
          rows={result.items.map((p) => [
            <span key="c" className="font-mono">{p.code}</span>,
            p.name,
            i.days(p.processingDays),
            <Link key="a" href={`/officer/intake/${encodeURIComponent(p.code)}`} aria-label={i.takeNamed(p.name)} className="font-semibold text-brand-700 underline">
              {i.take}
            </Link>,
          ])}
        />
      )}
      {result.pages > 1 ? (
        <nav aria-label={i.pagination} className="flex flex-wrap items-center gap-4">
          {result.page > 1 ? <Link href={pageHref(q, result.page - 1)} className="text-brand-700 underline">{i.previous}</Link> : null}
          <span>{i.pageOf(result.page, result.pages)}</span>
          {result.page < result.pages ? <Link href={pageHref(q, result.page + 1)} className="text-brand-700 underline">{i.next}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
