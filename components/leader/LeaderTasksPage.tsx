import Link from "next/link";
import { ProbabilityCell, ProjectedCell } from "@/components/forecast/TaskForecastCells";
import { numOrDash, pctOrDash } from "@/components/forecast/format";
import { STATUS_TONE } from "@/components/tasks/status-tone";
import { Badge } from "@/components/ui/Badge";
import { DataTable } from "@/components/ui/DataTable";
import { DataTrust } from "@/components/ui/DataTrust";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatDate, formatPercent } from "@/lib/domain/format";
import { TaskStatus } from "@/lib/generated/prisma/enums";
import type { Locale, Messages } from "@/lib/i18n";
import type { LeaderTaskList } from "@/lib/server/plan/list-leader-tasks";

const HEALTHS = Object.values(TaskStatus);

export function LeaderTasksPage({ t, locale, data }: { t: Messages; locale: Locale; data: LeaderTaskList }) {
  const l = t.forecast.tasks;
  const f = data.filters;
  const select = "mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2";
  return (
    <div>
      <PageHeader title={l.title} lead={l.lead} />
      <form method="get" action="/leader/tasks" aria-label={l.filtersLabel} className="mb-6 grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4 sm:items-end">
        <div>
          <label htmlFor="f-pillar" className="font-semibold">{l.pillar}</label>
          <select id="f-pillar" name="pillar" defaultValue={f.pillar ?? ""} className={select}>
            <option value="">{l.all}</option>
            {data.pillars.map((p) => <option key={p.code} value={p.code}>{locale === "en" ? p.nameEn : p.name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="f-agency" className="font-semibold">{l.agency}</label>
          <select id="f-agency" name="agency" defaultValue={f.agency ?? ""} className={select}>
            <option value="">{l.all}</option>
            {data.agencies.map((a) => <option key={a.code} value={a.code}>{a.shortName}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="f-health" className="font-semibold">{l.health}</label>
          <select id="f-health" name="health" defaultValue={f.health ?? ""} className={select}>
            <option value="">{l.all}</option>
            {HEALTHS.map((h) => <option key={h} value={h}>{t.taskStatus[h]}</option>)}
          </select>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 focus:outline-none focus-visible:ring-4 focus-visible:ring-amber-400">{l.apply}</button>
          <Link href="/leader/tasks" className="text-brand-700 underline">{l.clear}</Link>
        </div>
      </form>

      <p className="font-semibold" role="status">{l.shown(data.tasks.length, data.total)}</p>
      <p className="text-sm text-slate-700">{l.shownProgress(formatPercent(data.weightedProgress / 100))}</p>
      <p className="mt-1 text-sm text-slate-700">
        {Object.values(TaskStatus).map((h) => `${t.taskStatus[h]}: ${data.byHealth[h]}`).join(" · ")}
      </p>

      <div className="mt-4">
        {data.tasks.length === 0 ? (
          <p>{l.empty}</p>
        ) : (
          <DataTable
            caption={l.caption}
            headers={[l.code, l.task, l.pillar, l.agency, l.progress, l.due, l.health, l.projected, l.probability]}
            rows={data.tasks.map((task) => [
              task.code,
              <Link key={task.code} href={`/tasks/${task.code}`} className="text-brand-700 underline">{task.title}</Link>,
              locale === "en" ? task.pillar.nameEn : task.pillar.name,
              task.leadAgency.shortName,
              `${task.progress}%`,
              formatDate(task.dueDate),
              <Badge key="s" tone={STATUS_TONE[task.status]}>{t.taskStatus[task.status]}</Badge>,
              <ProjectedCell key="p" f={task.forecast} t={t} />,
              <ProbabilityCell key="q" p={task.probability} />,
            ])}
          />
        )}
      </div>
      <p className="mt-3 text-sm" data-testid="task-accuracy">{l.accuracy(numOrDash(data.accuracy.mae), pctOrDash(data.accuracy.coverage, 0))}</p>
      <DataTrust source={l.source} updatedAt={data.lastReport} labels={t.forecast.trust} />
    </div>
  );
}
