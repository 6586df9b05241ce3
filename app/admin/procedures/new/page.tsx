import type { Metadata } from "next";
import { ProcedureEditPage } from "@/components/admin/catalogue/ProcedureEditPage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { getProcedureFormOptions } from "@/lib/server/admin/catalogue/procedures";
import { publishProcedureAction, saveProcedureAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.adminPanel.catalogue.procedures.newTitle };
}

export default async function Page() {
  const user = await requirePagePermission("admin.manage", "/admin/procedures/new");
  const [{ t, locale }, options] = await Promise.all([getI18n(), getProcedureFormOptions(user)]);
  return <ProcedureEditPage t={t} locale={locale} procedure={null} options={options} action={saveProcedureAction} publishAction={publishProcedureAction} notice={null} />;
}
