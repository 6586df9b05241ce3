import Link from "next/link";
import { Badge } from "@/components/ui/Badge";
import { DataTable } from "@/components/ui/DataTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { StatCard } from "@/components/ui/StatCard";
import { formatDate, formatNumber } from "@/lib/domain/format";
import type { Messages } from "@/lib/i18n";
import type { getOfficerOverview } from "@/lib/server/dossiers/get-officer-overview";
import type { listAgencyTasks } from "@/lib/server/plan/list-agency-tasks";

type Overview = Awaited<ReturnType<typeof getOfficerOverview>>;
type Tasks = Awaited<ReturnType<typeof listAgencyTasks>>;

export function OfficerHomePage({ t, overview, tasks, now }: { t: Messages; overview: Overview; tasks: Tasks; now: Date }) {
  const o = t.officer;
  return (
    <div className="space-y-8">
      <PageHeader title={o.title} lead={o.lead(overview.agencyName)} />
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <StatCard label={o.openDossiers} value={formatNumber(overview.counts.open)} />
        <StatCard label={o.waiting} value={formatNumber(overview.counts.waiting)} />
        <StatCard label={o.supplement} value={formatNumber(overview.counts.supplement)} />
        <StatCard label={o.dueSoon} value={formatNumber(overview.counts.dueSoon)} />
        <StatCard label={o.overdue} value={formatNumber(overview.counts.overdue)} />
      </dl>
      <p>
        <Link href="/officer/dossiers" className="inline-block rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">{t.inbox.openInbox}</Link>
      </p>
      <DataTable
        caption={o.recentTitle}
        headers={[t.citizen.code, t.citizen.procedure, t.citizen.due, t.citizen.status]}
        rows={overview.nextDue.map((d) => [
          <Link key="c" href={`/officer/dossiers/${d.id}`} className="font-mono text-brand-700 underline">{d.code}</Link>,
          d.procedure.name,
          d.dueAt ? (
            <span key="d">
              {formatDate(d.dueAt)} {d.dueAt < now ? <Badge tone="danger">{o.overdue}</Badge> : null}
            </span>
          ) : "—",
          t.dossierStatus[d.status],
        ])}
      />
      <section aria-labelledby="tasks-title">
        <h2 id="tasks-title" className="mb-3 text-xl font-semibold">{o.tasksTitle}</h2>
        {tasks.length === 0 ? (
          <p>{o.noTasks}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {tasks.map((task) => (
              <li key={task.code} className="flex flex-wrap items-center justify-between gap-2 p-3">
                <Link href={`/tasks/${task.code}`}><span className="font-mono text-sm">{task.code}</span> — {task.title}</Link>
                <span className="flex items-center gap-2 text-sm">
                  <Badge tone={task.status === "DONE" ? "success" : task.status === "LATE" ? "danger" : task.status === "AT_RISK" ? "warning" : "info"}>{t.taskStatus[task.status]}</Badge>
                  <span>{task.progress}%</span>
                  <span>{formatDate(task.dueDate)}</span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
