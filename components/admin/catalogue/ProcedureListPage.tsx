import Link from "next/link";
import { Badge } from "@/components/ui/Badge";
import { DataTable } from "@/components/ui/DataTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatNumber } from "@/lib/domain/format";
import type { Messages } from "@/lib/i18n";
import type { listAdminProcedures, ProcedureFormOptions } from "@/lib/server/admin/catalogue/procedures";
import type { TAdminProcedureListQuery } from "@/lib/validation/admin-procedures";
import { PROCEDURE_LEVELS } from "@/lib/validation/procedures";

type List = Awaited<ReturnType<typeof listAdminProcedures>>;

const field = "mt-1 w-full rounded border border-slate-500 bg-white px-3 py-2";

export function adminProceduresHref(query: Partial<TAdminProcedureListQuery>, page = 1): string {
  const params = new URLSearchParams();
  for (const key of ["q", "sector", "agency", "level", "published"] as const) {
    const v = query[key];
    if (v) params.set(key, v);
  }
  if (page > 1) params.set("page", String(page));
  const s = params.toString();
  return s ? `/admin/procedures?${s}` : "/admin/procedures";
}

export function ProcedureListPage({ t, list, options }: { t: Messages; list: List; options: ProcedureFormOptions }) {
  const c = t.adminPanel.catalogue;
  const p = c.procedures;
  const q = list.query;
  const active = Boolean(q.q || q.sector || q.agency || q.level || q.published);
  return (
    <div className="space-y-6">
      <PageHeader title={p.title} lead={p.lead} />
      <p className="flex flex-wrap gap-3">
        <Link href="/admin/procedures/new" className="inline-block rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">{p.add}</Link>
        <Link href="/admin/procedures/sectors" className="inline-block rounded border border-brand-600 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50">{p.sectorsLink}</Link>
      </p>
      <form action="/admin/procedures" method="get" role="search" aria-label={p.filters} className="rounded-lg border border-slate-200 bg-white p-4">
        <div className="grid gap-3 md:grid-cols-3">
          <div className="md:col-span-3">
            <label htmlFor="ap-q" className="block font-medium">{p.search}</label>
            <p id="ap-q-hint" className="text-sm text-slate-700">{p.searchHint}</p>
            <input id="ap-q" name="q" type="search" defaultValue={q.q} maxLength={200} aria-describedby="ap-q-hint" className={field} />
          </div>
          <div>
            <label htmlFor="ap-sector" className="block font-medium">{p.sector}</label>
            <select id="ap-sector" name="sector" defaultValue={q.sector ?? ""} className={field}>
              <option value="">{p.all}</option>
              {options.sectors.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          </div>
          <div>
            <label htmlFor="ap-agency" className="block font-medium">{p.agency}</label>
            <select id="ap-agency" name="agency" defaultValue={q.agency ?? ""} className={field}>
              <option value="">{p.all}</option>
              {options.agencies.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
            </select>
          </div>
          <div>
            <label htmlFor="ap-level" className="block font-medium">{p.level}</label>
            <select id="ap-level" name="level" defaultValue={q.level ?? ""} className={field}>
              <option value="">{p.all}</option>
              {PROCEDURE_LEVELS.map((l) => <option key={l} value={l}>{p.levels[l]}</option>)}
            </select>
          </div>
          <div>
            <label htmlFor="ap-published" className="block font-medium">{p.published}</label>
            <select id="ap-published" name="published" defaultValue={q.published ?? ""} className={field}>
              <option value="">{p.all}</option>
              <option value="yes">{p.publishedYes}</option>
              <option value="no">{p.publishedNo}</option>
            </select>
          </div>
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <button type="submit" className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">{p.filter}</button>
          {active ? <Link href="/admin/procedures" className="text-brand-700 underline">{p.clear}</Link> : null}
        </div>
      </form>
      <p role="status" className="font-medium">{p.total(formatNumber(list.total))}</p>
      {list.items.length === 0 ? (
        <p>{p.empty}</p>
      ) : (
        <DataTable
          caption={p.caption}
          headers={[p.colCode, p.colName, p.colSector, p.colAgency, p.colLevel, p.colStatus, p.colVersion]}
          rows={list.items.map((r) => [
            <span key="c" className="whitespace-nowrap">{r.code}</span>,
            <Link key="n" href={`/admin/procedures/${r.id}`} className="text-brand-700 underline">{r.name}</Link>,
            r.sector.name,
            r.scope === "COMMUNE" ? p.communeScope : (r.agency?.shortName ?? "—"),
            p.levels[r.level],
            r.isPublished ? <Badge key="s" tone="success">{p.publishedYes}</Badge> : <Badge key="s" tone="warning">{p.publishedNo}</Badge>,
            String(r.version),
          ])}
        />
      )}
      {list.pages > 1 ? (
        <nav aria-label={c.pagination} className="flex flex-wrap items-center gap-4">
          {list.page > 1 ? <Link href={adminProceduresHref(q, list.page - 1)} className="text-brand-700 underline">{c.previous}</Link> : null}
          <span>{c.pageOf(list.page, list.pages)}</span>
          {list.page < list.pages ? <Link href={adminProceduresHref(q, list.page + 1)} className="text-brand-700 underline">{c.next}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
