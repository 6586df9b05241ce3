"use server";

import { headers } from "next/headers";
import type { AdminFormState } from "@/components/admin/people/form-kit";
import { clientIpFromHeaders } from "@/lib/domain/rate-limit";
import { getI18n } from "@/lib/i18n";
import { setPasswordWithLink } from "@/lib/server/admin/users/set-password-with-link";

export type SetPasswordDone = { done: true } | { done: false; linkProblem: string };

/** The holder of a one-time link chooses a password (the link is the permission). */
export async function setPasswordAction(previous: AdminFormState<SetPasswordDone>, formData: FormData): Promise<AdminFormState<SetPasswordDone>> {
  const token = typeof formData.get("token") === "string" ? String(formData.get("token")).slice(0, 100) : "";
  const password = typeof formData.get("password") === "string" ? String(formData.get("password")).slice(0, 1024) : "";
  const confirm = typeof formData.get("confirm") === "string" ? String(formData.get("confirm")).slice(0, 1024) : "";
  const h = await headers();
  const [{ t }] = await Promise.all([getI18n()]);
  // Passwords are never sent back to the browser, not even to keep them after an error.
  const base: AdminFormState<SetPasswordDone> = { seq: previous.seq + 1, values: { password: "", confirm: "" }, fieldErrors: {}, formError: null };
  const result = await setPasswordWithLink({ token, input: { password, confirm }, ip: clientIpFromHeaders((n) => h.get(n)) });
  if (result.ok) return { ...base, result: { done: true } };
  if ("link" in result) return { ...base, result: { done: false, linkProblem: t.adminPanel.people.setPassword[result.link] } };
  return { ...base, fieldErrors: Object.fromEntries(Object.entries(result.fieldErrors).map(([f, k]) => [f, t.adminPanel.common.errors[k]])) };
}
