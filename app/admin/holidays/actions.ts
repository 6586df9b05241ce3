"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { AdminFormState } from "@/components/admin/people/form-kit";
import { getCurrentUser } from "@/lib/auth/session";
import { clientIpFromHeaders } from "@/lib/domain/rate-limit";
import { getI18n } from "@/lib/i18n";
import { addHoliday, removeHoliday } from "@/lib/server/admin/holidays/holidays";
import { HOLIDAY_FIELDS } from "@/lib/validation/admin-people";

const text = (v: FormDataEntryValue | null, max: number) => (typeof v === "string" ? v.slice(0, max) : "");

async function requestIp(): Promise<string> {
  const h = await headers();
  return clientIpFromHeaders((name) => h.get(name));
}

export async function addHolidayAction(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const values = Object.fromEntries(HOLIDAY_FIELDS.map((f) => [f, text(formData.get(f), 200)]));
  const [{ t }, actor, ip] = await Promise.all([getI18n(), getCurrentUser(), requestIp()]);
  const result = await addHoliday({ actor, input: values, ip });
  if (!result.ok) {
    const fieldErrors = Object.fromEntries(Object.entries(result.fieldErrors).map(([f, k]) => [f, t.adminPanel.common.errors[k]]));
    return { seq: previous.seq + 1, values, fieldErrors, formError: null };
  }
  redirect(`/admin/holidays?year=${result.key.slice(0, 4)}&added=${result.key}`);
}

export async function removeHolidayAction(formData: FormData): Promise<void> {
  const id = text(formData.get("id"), 40);
  const [actor, ip] = await Promise.all([getCurrentUser(), requestIp()]);
  const { key } = await removeHoliday({ actor, id, ip });
  redirect(`/admin/holidays?year=${key.slice(0, 4)}&removed=${key}`);
}
