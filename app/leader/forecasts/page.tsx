import type { Metadata } from "next";
import { ForecastsPage } from "@/components/forecast/ForecastsPage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { getForecasts } from "@/lib/server/forecast/get-forecasts";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.forecast.title };
}

export default async function Page() {
  const user = await requirePagePermission("dashboard.read", "/leader/forecasts");
  const [{ t, locale }, data] = await Promise.all([getI18n(), getForecasts({ actor: user })]);
  return <ForecastsPage t={t} locale={locale} data={data} />;
}
