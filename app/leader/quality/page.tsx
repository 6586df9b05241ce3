import type { Metadata } from "next";
import { QualityPage } from "@/components/leader/quality/QualityPage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { getQualityDashboard } from "@/lib/server/quality/get-quality-dashboard";
import { ZQualityQuery } from "@/lib/validation/leader-dashboards";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.quality.title };
}

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("dashboard.read", "/leader/quality");
  const query = ZQualityQuery.parse(await searchParams);
  const [{ t }, data] = await Promise.all([getI18n(), getQualityDashboard({ actor, month: query.month })]);
  return <QualityPage t={t} data={data} />;
}
