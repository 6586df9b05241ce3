"use server";

import { headers } from "next/headers";
import { lookupStateFrom, type LookupFormState } from "@/components/lookup/lookup-state";
import { clientIpFromHeaders } from "@/lib/domain/rate-limit";
import { getI18n } from "@/lib/i18n";
import { lookupDossier } from "@/lib/server/lookup/lookup-dossier";

const text = (v: FormDataEntryValue | null) => (typeof v === "string" ? v.slice(0, 100) : "");

/** The look-up form's server action (works without JavaScript). */
export async function lookupAction(previous: LookupFormState, formData: FormData): Promise<LookupFormState> {
  const values = { code: text(formData.get("code")), phoneLast4: text(formData.get("phoneLast4")) };
  const [{ t }, h] = await Promise.all([getI18n(), headers()]);
  const outcome = await lookupDossier({ input: values, ip: clientIpFromHeaders((name) => h.get(name)) });
  return lookupStateFrom({ outcome, values, previousSeq: previous?.seq ?? 0, t });
}
