"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { IntakeFormState } from "@/components/officer/intake/intake-state";
import { getCurrentUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { clientIpOf } from "@/lib/server/http/problem";
import { intakeCounterDossier } from "@/lib/server/dossiers/intake-counter-dossier";

/** Records the dossier taken in at the desk, then shows its printable receipt. */
export async function intakeCounterAction(previous: IntakeFormState, form: FormData): Promise<IntakeFormState> {
  const procedureCode = String(form.get("_procedure") ?? "").slice(0, 64);
  const idempotencyKey = String(form.get("_key") ?? "").slice(0, 100);
  const values: Record<string, string> = {};
  const documents: string[] = [];
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string" || key.startsWith("_") || key.startsWith("$")) continue;
    if (key === "documents") documents.push(value.slice(0, 20));
    else values[key] = value.slice(0, 5000);
  }
  const seq = (previous?.seq ?? 0) + 1;
  let target: string;
  try {
    const result = await intakeCounterDossier({ actor: await getCurrentUser(), procedureCode, idempotencyKey, values, documents, ip: clientIpOf(await headers()) });
    target = `/officer/intake/receipts/${result.id}`;
  } catch (error) {
    if (!isAppError(error)) throw error;
    const fieldErrors = error.fieldErrors ?? {};
    return { seq, values, documents, fieldErrors, formError: Object.keys(fieldErrors).length > 0 ? null : error.message };
  }
  redirect(target);
}
