import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TaskForecastPanel } from "@/components/forecast/TaskForecastPanel";
import { TaskDetailPage } from "@/components/tasks/TaskDetailPage";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { getTaskDetail } from "@/lib/server/plan/get-task-detail";
import { addTaskCommentAction } from "./actions";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ commented?: string }> };

const clean = (raw: string) => raw.slice(0, 20).toUpperCase();

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, { code }] = await Promise.all([getI18n(), params]);
  return { title: `${t.taskProgress.title} ${clean(code)}` };
}

export default async function Page({ params, searchParams }: Props) {
  const code = clean((await params).code);
  const user = await requirePagePermission("task.read", `/tasks/${encodeURIComponent(code)}`);
  const [{ t, locale }, task, query] = await Promise.all([getI18n(), getTaskDetail({ actor: user, code }), searchParams]);
  if (!task) notFound();
  const backHref = user.role === "OFFICER" ? "/officer/tasks" : ROLE_HOME[user.role];
  const now = new Date();
  return (
    <TaskDetailPage
      t={t}
      locale={locale}
      task={task}
      now={now}
      backHref={backHref}
      justCommented={query.commented === "1"}
      commentAction={addTaskCommentAction}
      forecastSlot={<TaskForecastPanel task={task.code} now={now} />}
    />
  );
}
