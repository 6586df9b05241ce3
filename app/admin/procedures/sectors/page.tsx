import type { Metadata } from "next";
import { SectorsPage } from "@/components/admin/catalogue/SectorsPage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { listSectors } from "@/lib/server/admin/catalogue/sectors";
import { createSectorAction, renameSectorAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.adminPanel.catalogue.sectors.title };
}

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePagePermission("admin.manage", "/admin/procedures/sectors");
  const [{ t, locale }, sectors, query] = await Promise.all([getI18n(), listSectors(user), searchParams]);
  const notice = query.created === "1" ? "created" : query.renamed === "1" ? "renamed" : null;
  return <SectorsPage t={t} locale={locale} sectors={sectors} createAction={createSectorAction} renameAction={renameSectorAction} notice={notice} />;
}
