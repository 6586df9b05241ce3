import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TaskEditPage } from "@/components/admin/catalogue/TaskEditPage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { getAdminTask, getTaskFormOptions } from "@/lib/server/admin/catalogue/tasks";
import { saveTaskAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.adminPanel.catalogue.tasks.title };
}

export default async function Page({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePagePermission("admin.manage", `/admin/tasks/${encodeURIComponent(id)}`);
  const [{ t, locale }, task, options, query] = await Promise.all([getI18n(), getAdminTask(user, id), getTaskFormOptions(user), searchParams]);
  if (!task) notFound();
  const notice = query.saved === "1" ? "saved" : query.created === "1" ? "created" : null;
  return <TaskEditPage t={t} locale={locale} task={task} options={options} action={saveTaskAction} notice={notice} />;
}
