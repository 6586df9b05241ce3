import type { Metadata } from "next";
import { OfficerTasksPage } from "@/components/tasks/OfficerTasksPage";
import { PageHeader } from "@/components/ui/PageHeader";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { listOfficerTasks } from "@/lib/server/plan/list-officer-tasks";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.taskProgress.listTitle };
}

export default async function Page() {
  const user = await requirePagePermission("area.officer", "/officer/tasks");
  const { t } = await getI18n();
  if (!user.agencyId) return <PageHeader title={t.taskProgress.listTitle} lead={t.taskProgress.noAgency} />;
  const tasks = await listOfficerTasks({ actor: user });
  return <OfficerTasksPage t={t} tasks={tasks} now={new Date()} />;
}
