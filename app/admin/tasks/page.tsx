import type { Metadata } from "next";
import { TaskListPage } from "@/components/admin/catalogue/TaskListPage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { listAdminTasks } from "@/lib/server/admin/catalogue/tasks";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.adminPanel.catalogue.tasks.title };
}

export default async function Page() {
  const user = await requirePagePermission("admin.manage", "/admin/tasks");
  const [{ t }, tasks] = await Promise.all([getI18n(), listAdminTasks(user)]);
  return <TaskListPage t={t} tasks={tasks} />;
}
