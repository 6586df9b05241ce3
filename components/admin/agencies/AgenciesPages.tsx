import Link from "next/link";
import type { AdminFormAction } from "@/components/admin/people/form-kit";
import { Badge } from "@/components/ui/Badge";
import { DataTable } from "@/components/ui/DataTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatNumber } from "@/lib/domain/format";
import type { Messages } from "@/lib/i18n";
import type { AgencyForm as AgencyFormValues, AgencyRow } from "@/lib/server/admin/agencies/agencies";
import { AGENCY_KINDS } from "@/lib/validation/admin-people";
import { AgencyForm } from "./AgencyForm";

export function AgenciesListPage({ t, agencies }: { t: Messages; agencies: AgencyRow[] }) {
  const a = t.adminPanel.agencies;
  const c = t.adminPanel.common;
  return (
    <div className="space-y-6">
      <PageHeader title={a.title} lead={a.lead} />
      <p>
        <Link href="/admin/agencies/new" className="inline-block rounded bg-brand-600 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-700">{a.create}</Link>
      </p>
      {agencies.length === 0 ? <p>{a.empty}</p> : null}
      {AGENCY_KINDS.map((kind) => {
        const rows = agencies.filter((x) => x.kind === kind);
        if (rows.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`} className="space-y-2">
            <h2 id={`kind-${kind}`} className="text-xl font-semibold">{a.sectionCaption(a.kinds[kind], formatNumber(rows.length))}</h2>
            <DataTable
              caption={a.kinds[kind]}
              headers={[a.colCode, a.colName, a.colParent, a.colUsers, a.colState, a.colActions]}
              rows={rows.map((x) => [
                <code key="c">{x.code}</code>,
                x.name,
                x.parent?.shortName ?? c.none,
                formatNumber(x.activeUsers),
                x.isActive ? <Badge key="s" tone="success">{c.active}</Badge> : <Badge key="s" tone="danger">{c.inactive}</Badge>,
                <Link key="e" href={`/admin/agencies/${x.id}`} className="text-brand-700 underline">{a.edit}<span className="sr-only"> {x.name}</span></Link>,
              ])}
            />
          </section>
        );
      })}
    </div>
  );
}

export type AgencyNotice = { notice?: string; blocked?: { users: number; dossiers: number; children: number } };

export function AgencyEditPage({ t, agency, parents, action, setActive, notice }: {
  t: Messages;
  agency: AgencyFormValues | null;
  parents: AgencyRow[];
  action: AdminFormAction<undefined>;
  setActive: (formData: FormData) => Promise<void>;
  notice: AgencyNotice;
}) {
  const a = t.adminPanel.agencies;
  const c = t.adminPanel.common;
  const initial = {
    code: agency?.code ?? "", name: agency?.name ?? "", shortName: agency?.shortName ?? "", kind: agency?.kind ?? "COMMUNE",
    parentId: agency?.parentId ?? "", address: agency?.address ?? "", phone: agency?.phone ?? "", email: agency?.email ?? "",
  };
  const noticeText = notice.notice === "saved" ? a.saved : notice.notice === "deactivated" ? a.deactivated : notice.notice === "reactivated" ? a.reactivated : null;
  const b = notice.blocked;
  return (
    <div className="space-y-6">
      <p><Link href="/admin/agencies" className="text-brand-700 underline">{c.back}</Link></p>
      <PageHeader title={agency ? a.editTitle(agency.name) : a.createTitle} />
      {noticeText ? <p role="status" className="rounded border-2 border-green-700 bg-green-50 p-3 font-medium text-green-900">{noticeText}</p> : null}
      {b ? (
        <div role="alert" className="rounded border-2 border-red-700 bg-red-50 p-3 text-red-900">
          <p className="font-semibold">{a.blocked}</p>
          <ul className="mt-1 list-disc pl-5">
            {b.users > 0 ? <li>{a.blockUsers(formatNumber(b.users))}</li> : null}
            {b.dossiers > 0 ? <li>{a.blockDossiers(formatNumber(b.dossiers))}</li> : null}
            {b.children > 0 ? <li>{a.blockChildren(formatNumber(b.children))}</li> : null}
          </ul>
        </div>
      ) : null}
      <AgencyForm
        action={action}
        id={agency?.id ?? null}
        initial={initial}
        kinds={AGENCY_KINDS.map((k) => ({ value: k, label: a.kinds[k] }))}
        parents={parents.filter((p) => p.id !== agency?.id && p.kind !== "COMMUNE").map((p) => ({ value: p.id, label: p.name }))}
        texts={{
          errorSummary: c.errorSummary, code: a.code, codeHint: a.codeHint, name: a.name, shortName: a.shortName, kind: a.kind, parent: a.parent,
          noParent: a.noParent, address: a.address, phone: a.phone, email: a.email, optional: c.optional, save: c.save, saving: c.saving, errors: c.errors,
        }}
      />
      {agency ? (
        <section aria-labelledby="agency-status" className="space-y-3 rounded-lg bg-white p-4 shadow-sm sm:p-6">
          <h2 id="agency-status" className="text-lg font-semibold">{a.statusTitle}</h2>
          <p>{agency.isActive ? c.active : c.inactive}</p>
          <form action={setActive}>
            <input type="hidden" name="id" value={agency.id} />
            <input type="hidden" name="active" value={agency.isActive ? "false" : "true"} />
            <button type="submit" className={agency.isActive ? "rounded bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800" : "rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"}>
              {agency.isActive ? a.deactivate : a.reactivate}
            </button>
          </form>
        </section>
      ) : null}
    </div>
  );
}
