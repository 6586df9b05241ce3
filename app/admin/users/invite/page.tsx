import type { Metadata } from "next";
import { InviteUserPage } from "@/components/admin/people/InviteUserPage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { listAgencyChoices } from "@/lib/server/admin/users/list-users";
import { inviteUserAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.adminPanel.people.inviteTitle };
}

export default async function Page() {
  const user = await requirePagePermission("admin.manage", "/admin/users/invite");
  const [{ t }, agencies] = await Promise.all([getI18n(), listAgencyChoices(user)]);
  return <InviteUserPage t={t} agencies={agencies} action={inviteUserAction} />;
}
