"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { DossierFormState } from "@/components/dossiers/form-state";
import { getCurrentUser } from "@/lib/auth/session";
import { clientIpFromHeaders } from "@/lib/domain/rate-limit";
import { isAppError } from "@/lib/errors";
import { saveObservation } from "@/lib/server/indicators/save-observation";

const text = (formData: FormData, name: string, max: number) => {
  const v = formData.get(name);
  return typeof v === "string" ? v.slice(0, max) : "";
};

/** Enter or correct one period's value, then show the history with a notice. */
export async function saveObservationAction(previous: DossierFormState, formData: FormData): Promise<DossierFormState> {
  const code = text(formData, "code", 40);
  const values = { period: text(formData, "period", 40), value: text(formData, "value", 60), note: text(formData, "note", 2000) };
  const [actor, h] = await Promise.all([getCurrentUser(), headers()]);
  const seq = (previous?.seq ?? 0) + 1;
  let result;
  try {
    result = await saveObservation({ actor, input: { code, ...values }, ip: clientIpFromHeaders((name) => h.get(name)) });
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { seq, values, fieldErrors: {}, formError: error.message };
  }
  if (!result.ok) return { seq, values, fieldErrors: result.fieldErrors, formError: null };
  redirect(`/officer/indicators/${encodeURIComponent(code)}?saved=${result.outcome}`);
}
