import { DataTable } from "@/components/ui/DataTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { StatCard } from "@/components/ui/StatCard";
import { formatDateTime, formatNumber } from "@/lib/domain/format";
import type { Messages } from "@/lib/i18n";
import type { getAdminOverview } from "@/lib/server/admin/get-admin-overview";

type Overview = Awaited<ReturnType<typeof getAdminOverview>>;

export function AdminHomePage({ t, overview }: { t: Messages; overview: Overview }) {
  const a = t.admin;
  const c = overview.counts;
  return (
    <div className="space-y-8">
      <PageHeader title={a.title} lead={a.lead} />
      <dl className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <StatCard label={a.agencies} value={formatNumber(c.agencies)} />
        <StatCard label={a.users} value={formatNumber(c.users)} />
        <StatCard label={a.procedures} value={formatNumber(c.procedures)} />
        <StatCard label={a.tasks} value={formatNumber(c.tasks)} />
        <StatCard label={a.indicators} value={formatNumber(c.indicators)} />
        <StatCard label={a.holidays} value={formatNumber(c.holidays)} />
      </dl>
      {overview.audit.length === 0 ? (
        <p>{a.auditEmpty}</p>
      ) : (
        <DataTable
          caption={a.auditTitle}
          headers={[a.auditAt, a.auditActor, a.auditAction, a.auditTarget]}
          rows={overview.audit.map((e) => [
            formatDateTime(e.at),
            e.actorRole ? `${t.roles[e.actorRole]} · ${e.actorId?.slice(-6) ?? ""}` : "—",
            <code key="a">{e.action}</code>,
            `${e.targetType}${e.targetId ? ` · ${e.targetId.slice(-6)}` : ""}`,
          ])}
        />
      )}
      <p>
        <a href="/admin/audit" className="text-brand-700 underline">{t.adminPanel.audit.title}</a>
      </p>
    </div>
  );
}
