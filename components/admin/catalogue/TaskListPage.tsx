import Link from "next/link";
import { DataTable } from "@/components/ui/DataTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatDate } from "@/lib/domain/format";
import type { Messages } from "@/lib/i18n";
import type { listAdminTasks } from "@/lib/server/admin/catalogue/tasks";

type Rows = Awaited<ReturnType<typeof listAdminTasks>>;

export function TaskListPage({ t, tasks }: { t: Messages; tasks: Rows }) {
  const k = t.adminPanel.catalogue.tasks;
  return (
    <div className="space-y-6">
      <PageHeader title={k.title} lead={k.lead} />
      <p><Link href="/admin/tasks/new" className="inline-block rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">{k.add}</Link></p>
      <p className="text-sm text-slate-700">{k.progressNote}</p>
      {tasks.length === 0 ? (
        <p>{k.empty}</p>
      ) : (
        <DataTable
          caption={k.caption}
          headers={[k.colCode, k.colTitle, k.colPillar, k.colLead, k.colDue, k.colWeight, k.colStatus]}
          rows={tasks.map((r) => [
            <Link key="c" href={`/admin/tasks/${r.id}`} className="whitespace-nowrap text-brand-700 underline" aria-label={t.adminPanel.catalogue.editNamed(`${r.code} — ${r.title}`)}>{r.code}</Link>,
            r.title,
            r.pillar.name,
            r.leadAgency.shortName,
            formatDate(r.dueDate),
            String(r.weight),
            `${t.taskStatus[r.status]} · ${r.progress}%`,
          ])}
        />
      )}
    </div>
  );
}
