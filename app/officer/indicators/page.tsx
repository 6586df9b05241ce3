import type { Metadata } from "next";
import { IndicatorListPage } from "@/components/officer/indicators/IndicatorListPage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { listAgencyIndicators } from "@/lib/server/indicators/list-agency-indicators";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.indicatorData.title };
}

export default async function Page() {
  const user = await requirePagePermission("indicator.report", "/officer/indicators");
  const [{ t, locale }, data] = await Promise.all([getI18n(), listAgencyIndicators({ actor: user })]);
  return <IndicatorListPage t={t} data={data} locale={locale} />;
}
