import type { Metadata } from "next";
import { IndicatorEditPage } from "@/components/admin/catalogue/IndicatorEditPage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { getIndicatorFormOptions } from "@/lib/server/admin/catalogue/indicators";
import { saveIndicatorAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.adminPanel.catalogue.indicators.newTitle };
}

export default async function Page() {
  const user = await requirePagePermission("admin.manage", "/admin/indicators/new");
  const [{ t, locale }, options] = await Promise.all([getI18n(), getIndicatorFormOptions(user)]);
  return <IndicatorEditPage t={t} locale={locale} indicator={null} options={options} action={saveIndicatorAction} notice={null} />;
}
