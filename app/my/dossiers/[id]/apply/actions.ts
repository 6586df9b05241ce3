"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { saveApplicationStep } from "@/lib/server/dossiers/save-application-step";
import { clientIpOf } from "@/lib/server/http/problem";

export type StepState = { errors?: Record<string, string>; message?: string; values?: Record<string, string>; saved?: boolean };

export async function saveStepAction(_prev: StepState, form: FormData): Promise<StepState> {
  const dossierId = String(form.get("_dossierId") ?? "");
  const step = Number(form.get("_step"));
  const intent = form.get("_intent") === "draft" ? "draft" : "continue";
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (!key.startsWith("_") && typeof value === "string") values[key] = value;

  let target: string | null = null;
  try {
    const result = await saveApplicationStep({ actor: await getCurrentUser(), dossierId, step, values, draft: intent === "draft", ip: clientIpOf(await headers()) });
    if (!result.ok) return { errors: result.errors, values, saved: intent === "draft" };
    if (intent === "draft") return { values, saved: true };
    target = step >= result.lastStep ? `/my/dossiers/${dossierId}/review` : `/my/dossiers/${dossierId}/apply?step=${result.nextStep}`;
  } catch (error) {
    if (isAppError(error)) return { message: error.message, values };
    throw error;
  }
  redirect(target);
}
