import type { Metadata } from "next";
import { StatisticsPage } from "@/components/stats/StatisticsPage";
import { getI18n } from "@/lib/i18n";
import { getPublicStatistics } from "@/lib/server/stats/get-public-statistics";
import { ZStatisticsQuery } from "@/lib/validation/procedures";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.stats.title };
}

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = ZStatisticsQuery.parse(await searchParams);
  const [{ t }, stats] = await Promise.all([getI18n(), getPublicStatistics(query)]);
  return <StatisticsPage t={t} stats={stats} />;
}
