import type { Metadata } from "next";
import { LeaderTasksPage } from "@/components/leader/LeaderTasksPage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { listLeaderTasks, parseLeaderTaskFilters } from "@/lib/server/plan/list-leader-tasks";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.forecast.tasks.title };
}

export default async function Page({ searchParams }: Props) {
  const user = await requirePagePermission("dashboard.read", "/leader/tasks");
  const filters = parseLeaderTaskFilters(await searchParams);
  const [{ t, locale }, data] = await Promise.all([getI18n(), listLeaderTasks({ actor: user, filters })]);
  return <LeaderTasksPage t={t} locale={locale} data={data} />;
}
