import type { Metadata } from "next";
import { IndicatorListPage } from "@/components/admin/catalogue/IndicatorListPage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { listAdminIndicators } from "@/lib/server/admin/catalogue/indicators";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.adminPanel.catalogue.indicators.title };
}

export default async function Page() {
  const user = await requirePagePermission("admin.manage", "/admin/indicators");
  const [{ t }, indicators] = await Promise.all([getI18n(), listAdminIndicators(user)]);
  return <IndicatorListPage t={t} indicators={indicators} />;
}
