import type { Metadata } from "next";
import { AgencyEditPage } from "@/components/admin/agencies/AgenciesPages";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { listAgencies } from "@/lib/server/admin/agencies/agencies";
import { saveAgencyAction, setAgencyActiveAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.adminPanel.agencies.createTitle };
}

export default async function Page() {
  const user = await requirePagePermission("admin.manage", "/admin/agencies/new");
  const [{ t }, agencies] = await Promise.all([getI18n(), listAgencies(user)]);
  return <AgencyEditPage t={t} agency={null} parents={agencies} action={saveAgencyAction} setActive={setAgencyActiveAction} notice={{}} />;
}
