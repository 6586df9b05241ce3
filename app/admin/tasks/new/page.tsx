import type { Metadata } from "next";
import { TaskEditPage } from "@/components/admin/catalogue/TaskEditPage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { getTaskFormOptions } from "@/lib/server/admin/catalogue/tasks";
import { saveTaskAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.adminPanel.catalogue.tasks.newTitle };
}

export default async function Page() {
  const user = await requirePagePermission("admin.manage", "/admin/tasks/new");
  const [{ t, locale }, options] = await Promise.all([getI18n(), getTaskFormOptions(user)]);
  return <TaskEditPage t={t} locale={locale} task={null} options={options} action={saveTaskAction} notice={null} />;
}
