import type { Metadata } from "next";
import { AgenciesListPage } from "@/components/admin/agencies/AgenciesPages";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { listAgencies } from "@/lib/server/admin/agencies/agencies";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.adminPanel.agencies.title };
}

export default async function Page() {
  const user = await requirePagePermission("admin.manage", "/admin/agencies");
  const [{ t }, agencies] = await Promise.all([getI18n(), listAgencies(user)]);
  return <AgenciesListPage t={t} agencies={agencies} />;
}
