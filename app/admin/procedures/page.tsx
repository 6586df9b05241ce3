import type { Metadata } from "next";
import { ProcedureListPage } from "@/components/admin/catalogue/ProcedureListPage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { getProcedureFormOptions, listAdminProcedures } from "@/lib/server/admin/catalogue/procedures";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.adminPanel.catalogue.procedures.title };
}

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePagePermission("admin.manage", "/admin/procedures");
  const [{ t }, params] = await Promise.all([getI18n(), searchParams]);
  const [list, options] = await Promise.all([listAdminProcedures(user, params), getProcedureFormOptions(user)]);
  return <ProcedureListPage t={t} list={list} options={options} />;
}
