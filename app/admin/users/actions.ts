"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { AdminFormState } from "@/components/admin/people/form-kit";
import { getCurrentUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/domain/format";
import { clientIpFromHeaders } from "@/lib/domain/rate-limit";
import { getI18n } from "@/lib/i18n";
import { inviteUser } from "@/lib/server/admin/users/invite-user";
import { changeUserRole, resetUserPassword, setUserActive } from "@/lib/server/admin/users/manage-user";
import { INVITE_FIELDS, ROLE_FIELDS, type TAdminError } from "@/lib/validation/admin-people";

/** Display-ready: the texts are built here because functions cannot reach client components. */
export type InvitedResult = { userId: string; message: string; link: string; expiresNote: string; emailNote: string };
export type ResetResult = { link: string; expiresNote: string; emailNote: string };

const text = (v: FormDataEntryValue | null, max: number) => (typeof v === "string" ? v.slice(0, max) : "");

async function requestIp(): Promise<string> {
  const h = await headers();
  return clientIpFromHeaders((name) => h.get(name));
}

function texts(errors: Record<string, TAdminError>, catalogue: Record<TAdminError, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, catalogue[key]]));
}

/** Creates the account and shows its one-time link once (in this answer only). */
export async function inviteUserAction(previous: AdminFormState<InvitedResult>, formData: FormData): Promise<AdminFormState<InvitedResult>> {
  const values = Object.fromEntries(INVITE_FIELDS.map((f) => [f, text(formData.get(f), 300)]));
  const [{ t }, actor, ip] = await Promise.all([getI18n(), getCurrentUser(), requestIp()]);
  const base: AdminFormState<InvitedResult> = { seq: previous.seq + 1, values, fieldErrors: {}, formError: null };
  const result = await inviteUser({ actor, input: values, ip });
  if (!result.ok) return { ...base, fieldErrors: texts(result.fieldErrors, t.adminPanel.common.errors) };
  return {
    ...base,
    values: { fullName: "", email: "", phone: "", role: values.role, agencyId: values.agencyId, title: "" },
    result: {
      userId: result.userId,
      message: t.adminPanel.people.invitedBody(values.fullName.trim()),
      link: result.link,
      expiresNote: `${t.adminPanel.people.linkExpires(formatDateTime(result.expiresAt))} ${t.adminPanel.common.copyHint}`,
      emailNote: result.emailQueued ? t.adminPanel.people.emailQueued : t.adminPanel.people.emailNotQueued,
    },
  };
}

export async function changeUserRoleAction(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const userId = text(formData.get("userId"), 40);
  const values = Object.fromEntries(ROLE_FIELDS.map((f) => [f, text(formData.get(f), 300)]));
  const [{ t }, actor, ip] = await Promise.all([getI18n(), getCurrentUser(), requestIp()]);
  const base: AdminFormState = { seq: previous.seq + 1, values, fieldErrors: {}, formError: null };
  const result = await changeUserRole({ actor, userId, input: values, ip });
  if (!result.ok) {
    if ("refusal" in result) return { ...base, formError: t.adminPanel.people.refusals[result.refusal] };
    return { ...base, fieldErrors: texts(result.fieldErrors, t.adminPanel.common.errors) };
  }
  redirect(`/admin/users/${encodeURIComponent(userId)}?notice=role`);
}

/** Deactivate or reactivate; the page shows the outcome from the query string. */
export async function setUserActiveAction(formData: FormData): Promise<void> {
  const userId = text(formData.get("userId"), 40);
  const active = text(formData.get("active"), 5) === "true";
  const [actor, ip] = await Promise.all([getCurrentUser(), requestIp()]);
  const result = await setUserActive({ actor, userId, active, ip });
  const query = result.ok ? `notice=${active ? "reactivated" : "deactivated"}` : `refusal=${result.refusal}`;
  redirect(`/admin/users/${encodeURIComponent(userId)}?${query}`);
}

/** Resets the password and shows the new link once. */
export async function resetPasswordAction(previous: AdminFormState<ResetResult>, formData: FormData): Promise<AdminFormState<ResetResult>> {
  const userId = text(formData.get("userId"), 40);
  const [{ t }, actor, ip] = await Promise.all([getI18n(), getCurrentUser(), requestIp()]);
  const base: AdminFormState<ResetResult> = { seq: previous.seq + 1, values: {}, fieldErrors: {}, formError: null };
  const result = await resetUserPassword({ actor, userId, ip });
  if (!result.ok) return { ...base, formError: t.adminPanel.people.refusals[result.refusal] };
  const p = t.adminPanel.people;
  return {
    ...base,
    result: {
      link: result.link,
      expiresNote: `${p.linkExpires(formatDateTime(result.expiresAt))} ${t.adminPanel.common.copyHint}`,
      emailNote: result.emailQueued ? p.emailQueued : p.emailNotQueued,
    },
  };
}
