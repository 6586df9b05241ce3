import Link from "next/link";
import { PageHeader } from "@/components/ui/PageHeader";
import type { Locale, Messages } from "@/lib/i18n";
import type { AdminTask, TaskFormOptions } from "@/lib/server/admin/catalogue/tasks";
import type { AdminFormAction } from "./form-state";
import { TaskForm, type TaskFormValues } from "./TaskForm";

function valuesOf(task: AdminTask | null): TaskFormValues {
  if (!task) return { code: "", title: "", description: "", pillarId: "", leadAgencyId: "", startDate: "", dueDate: "", weight: "1", milestones: [] };
  return {
    code: task.code,
    title: task.title,
    description: task.description,
    pillarId: task.pillarId,
    leadAgencyId: task.leadAgencyId,
    startDate: task.startDate,
    dueDate: task.dueDate,
    weight: String(task.weight),
    milestones: task.milestones.map((m) => ({ id: m.id, title: m.title, dueDate: m.dueDate, completedAt: m.completedAt })),
  };
}

export function TaskEditPage({ t, locale, task, options, action, notice }: {
  t: Messages;
  locale: Locale;
  task: AdminTask | null;
  options: TaskFormOptions;
  action: AdminFormAction;
  notice: "saved" | "created" | null;
}) {
  const c = t.adminPanel.catalogue;
  const k = c.tasks;
  return (
    <div className="space-y-6">
      <p><Link href="/admin/tasks" className="text-brand-700 underline">{k.back}</Link></p>
      <PageHeader title={task ? k.editTitle(task.code) : k.newTitle} lead={task?.title} />
      {notice ? <p role="status" className="rounded bg-green-50 p-3 font-medium text-green-900">{notice === "saved" ? c.saved : c.created}</p> : null}
      <div className="rounded-lg border-l-4 border-brand-600 bg-brand-50 p-4">
        <p>{k.progressNote}</p>
        {task ? <p className="mt-1 font-medium">{k.currentProgress(task.progress, t.taskStatus[task.status])}</p> : null}
      </div>
      <p className="text-sm text-slate-700">{c.auditNote}</p>
      <TaskForm
        key={task ? `${task.id}:${task.version}` : "new"}
        action={action}
        locale={locale}
        id={task?.id}
        version={task?.version}
        initial={valuesOf(task)}
        options={{ pillars: options.pillars.map((p) => ({ id: p.id, name: p.name })), agencies: options.agencies.map((a) => ({ id: a.id, name: a.name })) }}
        isNew={!task}
      />
    </div>
  );
}
