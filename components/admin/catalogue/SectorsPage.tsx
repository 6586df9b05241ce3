import Link from "next/link";
import { DataTable } from "@/components/ui/DataTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatNumber } from "@/lib/domain/format";
import type { Locale, Messages } from "@/lib/i18n";
import type { AdminSectorRow } from "@/lib/server/admin/catalogue/sectors";
import type { AdminFormAction } from "./form-state";
import { SectorCreateForm, SectorRenameForm } from "./SectorForms";

export function SectorsPage({ t, locale, sectors, createAction, renameAction, notice }: {
  t: Messages;
  locale: Locale;
  sectors: AdminSectorRow[];
  createAction: AdminFormAction;
  renameAction: AdminFormAction;
  notice: "created" | "renamed" | null;
}) {
  const c = t.adminPanel.catalogue;
  const s = c.sectors;
  return (
    <div className="space-y-6">
      <p><Link href="/admin/procedures" className="text-brand-700 underline">{c.procedures.back}</Link></p>
      <PageHeader title={s.title} lead={s.lead} />
      {notice ? <p role="status" className="rounded bg-green-50 p-3 font-medium text-green-900">{notice === "created" ? s.created : s.renamed}</p> : null}
      <section aria-labelledby="sector-add" className="space-y-3">
        <h2 id="sector-add" className="text-xl font-semibold">{s.addTitle}</h2>
        <SectorCreateForm action={createAction} locale={locale} />
      </section>
      {sectors.length === 0 ? (
        <p>{s.empty}</p>
      ) : (
        <DataTable
          caption={s.caption}
          headers={[s.colCode, s.colName, s.colProcedures, s.colRename]}
          rows={sectors.map((r) => [
            r.code,
            <span key="n">{r.name}<br /><span className="text-slate-700" lang="en">{r.nameEn}</span></span>,
            formatNumber(r.procedures),
            <SectorRenameForm key={`${r.id}:${r.name}:${r.nameEn}`} action={renameAction} locale={locale} sector={r} />,
          ])}
        />
      )}
      <p className="text-sm text-slate-700">{c.auditNote}</p>
    </div>
  );
}
