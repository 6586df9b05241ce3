import type { Metadata } from "next";
import { ImportPage } from "@/components/officer/indicators/ImportPage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { importCsvAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.indicatorData.importTitle };
}

export default async function Page() {
  await requirePagePermission("indicator.report", "/officer/indicators/import");
  const { t } = await getI18n();
  return <ImportPage t={t} action={importCsvAction} />;
}
