import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UserDetailPage } from "@/components/admin/people/UserDetailPage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { getUserForAdmin, listAgencyChoices } from "@/lib/server/admin/users/list-users";
import { changeUserRoleAction, resetPasswordAction, setUserActiveAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.adminPanel.people.title };
}

export default async function Page({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string | string[]; refusal?: string | string[] }> }) {
  const { id } = await params;
  const user = await requirePagePermission("admin.manage", `/admin/users/${encodeURIComponent(id)}`);
  const [{ t }, target, agencies, query] = await Promise.all([getI18n(), getUserForAdmin(user, id), listAgencyChoices(user), searchParams]);
  if (!target) notFound();
  const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
  return (
    <UserDetailPage
      t={t}
      user={target}
      agencies={agencies}
      notice={{ notice: one(query.notice), refusal: one(query.refusal) }}
      actions={{ changeRole: changeUserRoleAction, setActive: setUserActiveAction, reset: resetPasswordAction }}
    />
  );
}
