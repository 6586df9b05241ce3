"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { DossierFormState } from "@/components/dossiers/form-state";
import { getCurrentUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { clientIpOf } from "@/lib/server/http/problem";
import { addTaskComment } from "@/lib/server/plan/add-task-comment";

const text = (v: FormDataEntryValue | null, max: number) => (typeof v === "string" ? v.slice(0, max) : "");

/** A leader's comment on a task; back to the task page with a confirmation. */
export async function addTaskCommentAction(previous: DossierFormState, formData: FormData): Promise<DossierFormState> {
  const code = text(formData.get("code"), 20);
  const body = text(formData.get("body"), 4000);
  const [{ t }, actor, h] = await Promise.all([getI18n(), getCurrentUser(), headers()]);
  const result = await addTaskComment({ actor, code, body, ip: clientIpOf(h) });
  if (!result.ok) {
    return { seq: previous.seq + 1, formError: null, fieldErrors: { body: t.taskProgress.errors[result.fieldErrors.body] }, values: { body } };
  }
  redirect(`/tasks/${encodeURIComponent(code.toUpperCase())}?commented=1#comments`);
}
