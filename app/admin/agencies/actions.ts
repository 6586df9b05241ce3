"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { AdminFormState } from "@/components/admin/people/form-kit";
import { getCurrentUser } from "@/lib/auth/session";
import { clientIpFromHeaders } from "@/lib/domain/rate-limit";
import { getI18n } from "@/lib/i18n";
import { saveAgency, setAgencyActive } from "@/lib/server/admin/agencies/agencies";
import { AGENCY_FIELDS } from "@/lib/validation/admin-people";

const text = (v: FormDataEntryValue | null, max: number) => (typeof v === "string" ? v.slice(0, max) : "");

async function requestIp(): Promise<string> {
  const h = await headers();
  return clientIpFromHeaders((name) => h.get(name));
}

/** Creates (no id) or edits an agency, then shows it. */
export async function saveAgencyAction(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const id = text(formData.get("id"), 40) || null;
  const values = Object.fromEntries(AGENCY_FIELDS.map((f) => [f, text(formData.get(f), 400)]));
  const [{ t }, actor, ip] = await Promise.all([getI18n(), getCurrentUser(), requestIp()]);
  const result = await saveAgency({ actor, id, input: values, ip });
  if (!result.ok) {
    const fieldErrors = Object.fromEntries(Object.entries(result.fieldErrors).map(([f, k]) => [f, t.adminPanel.common.errors[k]]));
    return { seq: previous.seq + 1, values, fieldErrors, formError: null };
  }
  redirect(`/admin/agencies/${encodeURIComponent(result.id)}?notice=saved`);
}

export async function setAgencyActiveAction(formData: FormData): Promise<void> {
  const id = text(formData.get("id"), 40);
  const active = text(formData.get("active"), 5) === "true";
  const [actor, ip] = await Promise.all([getCurrentUser(), requestIp()]);
  const result = await setAgencyActive({ actor, id, active, ip });
  const query = result.ok
    ? `notice=${active ? "reactivated" : "deactivated"}`
    : `blocked=1&users=${result.blockers.activeUsers}&dossiers=${result.blockers.openDossiers}&children=${result.blockers.activeChildren}`;
  redirect(`/admin/agencies/${encodeURIComponent(id)}?${query}`);
}
