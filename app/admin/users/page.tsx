import type { Metadata } from "next";
import { UsersListPage } from "@/components/admin/people/UsersListPage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { listAgencyChoices, listUsers, parseUserListFilters } from "@/lib/server/admin/users/list-users";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.adminPanel.people.title };
}

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePagePermission("admin.manage", "/admin/users");
  const filters = parseUserListFilters(await searchParams);
  const [{ t }, list, agencies] = await Promise.all([getI18n(), listUsers(user, filters), listAgencyChoices(user)]);
  return <UsersListPage t={t} list={list} filters={filters} agencies={agencies} />;
}
