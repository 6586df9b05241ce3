import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IndicatorEditPage } from "@/components/admin/catalogue/IndicatorEditPage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { getAdminIndicator, getIndicatorFormOptions } from "@/lib/server/admin/catalogue/indicators";
import { saveIndicatorAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.adminPanel.catalogue.indicators.title };
}

export default async function Page({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePagePermission("admin.manage", `/admin/indicators/${encodeURIComponent(id)}`);
  const [{ t, locale }, indicator, options, query] = await Promise.all([getI18n(), getAdminIndicator(user, id), getIndicatorFormOptions(user), searchParams]);
  if (!indicator) notFound();
  const notice = query.saved === "1" ? "saved" : query.created === "1" ? "created" : null;
  return <IndicatorEditPage t={t} locale={locale} indicator={indicator} options={options} action={saveIndicatorAction} notice={notice} />;
}
