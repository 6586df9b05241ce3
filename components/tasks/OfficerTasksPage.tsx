import Link from "next/link";
import { Badge } from "@/components/ui/Badge";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatDate } from "@/lib/domain/format";
import { vnDateKey } from "@/lib/domain/working-days";
import type { Messages } from "@/lib/i18n";
import type { listOfficerTasks, OfficerTaskItem } from "@/lib/server/plan/list-officer-tasks";
import { STATUS_TONE } from "./status-tone";

type Tasks = Awaited<ReturnType<typeof listOfficerTasks>>;

function TaskTable({ t, caption, id, tasks, todayKey }: { t: Messages; caption: string; id: string; tasks: OfficerTaskItem[]; todayKey: string }) {
  const p = t.taskProgress;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption id={id} className="sr-only">{caption}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">{p.colCode}</th>
            <th scope="col" className="px-3 py-2">{p.colTask}</th>
            <th scope="col" className="px-3 py-2">{p.colLead}</th>
            <th scope="col" className="px-3 py-2 text-right">{p.colProgress}</th>
            <th scope="col" className="px-3 py-2">{p.colStatus}</th>
            <th scope="col" className="px-3 py-2">{p.colDue}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {tasks.map((task) => {
            const overdue = task.status !== "DONE" && task.dueDate.toISOString().slice(0, 10) < todayKey;
            return (
              <tr key={task.code}>
                <td className="px-3 py-2 font-mono">{task.code}</td>
                <td className="px-3 py-2">
                  <Link href={`/tasks/${task.code}`} className="text-brand-700 underline">{task.title}</Link>
                  <span className="block text-xs text-slate-700">{p.colPillar}: {task.pillar.name}</span>
                </td>
                <td className="px-3 py-2">{task.leadAgency.shortName}</td>
                <td className="px-3 py-2 text-right">{task.progress}%</td>
                <td className="px-3 py-2"><Badge tone={STATUS_TONE[task.status]}>{t.taskStatus[task.status]}</Badge></td>
                <td className="px-3 py-2">
                  {formatDate(task.dueDate)}
                  {overdue ? <span className="block text-xs font-semibold text-red-800">{p.overdue}</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The officer's tasks: those their agency leads (to report on), then all the others (read only). */
export function OfficerTasksPage({ t, tasks, now }: { t: Messages; tasks: Tasks; now: Date }) {
  const p = t.taskProgress;
  const todayKey = vnDateKey(now);
  return (
    <div className="space-y-8">
      <PageHeader title={p.listTitle} lead={p.listLead(tasks.agencyName ?? "")} />
      <section aria-labelledby="led-title" className="space-y-3">
        <h2 id="led-title" className="text-xl font-semibold">{p.ledTitle}</h2>
        {tasks.led.length === 0 ? <p>{p.ledNone}</p> : <TaskTable t={t} caption={p.ledTitle} id="led-table" tasks={tasks.led} todayKey={todayKey} />}
      </section>
      <section aria-labelledby="others-title" className="space-y-3">
        <h2 id="others-title" className="text-xl font-semibold">{p.othersTitle}</h2>
        <TaskTable t={t} caption={p.othersTitle} id="others-table" tasks={tasks.others} todayKey={todayKey} />
      </section>
    </div>
  );
}
