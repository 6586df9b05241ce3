"use server";

import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import type { DossierFormState } from "@/components/dossiers/form-state";
import { getCurrentUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getI18n } from "@/lib/i18n";
import { answerFeedback } from "@/lib/server/feedback/answer-feedback";
import { getAgencyFeedback } from "@/lib/server/feedback/get-agency-feedback";
import { clientIpOf } from "@/lib/server/http/problem";
import { feedbackFieldErrors, ZFeedbackAnswer } from "@/lib/validation/feedback";

const text = (v: FormDataEntryValue | null, max: number) => (typeof v === "string" ? v.slice(0, max) : "");

/** An officer answers one of their agency's feedback (once), then sees it answered. */
export async function answerFeedbackAction(previous: DossierFormState, formData: FormData): Promise<DossierFormState> {
  const code = text(formData.get("code"), 40);
  const answer = text(formData.get("answer"), 10_000);
  const [{ t }, actor, h] = await Promise.all([getI18n(), getCurrentUser(), headers()]);
  const base: DossierFormState = { seq: previous.seq + 1, formError: null, fieldErrors: {}, values: { answer } };
  // The same schema as the operation, checked first so the message is in the reader's language.
  const parsed = ZFeedbackAnswer.safeParse({ answer });
  if (!parsed.success) {
    const key = feedbackFieldErrors(parsed.error).answer ?? "answer.required";
    return { ...base, fieldErrors: { answer: t.feedback.errors[key] } };
  }
  // The agency condition is in the lookup: another agency's code is simply not found.
  const feedback = await getAgencyFeedback({ actor, code });
  if (!feedback) notFound();
  try {
    await answerFeedback({ actor, feedbackId: feedback.id, answer, ip: clientIpOf(h) });
  } catch (error) {
    if (isAppError(error) && error.code === "CONFLICT") return { ...base, formError: t.officerFeedback.alreadyAnswered };
    if (isAppError(error) && error.code === "BAD_REQUEST") return { ...base, fieldErrors: { answer: error.fieldErrors?.answer ?? error.message } };
    throw error;
  }
  redirect(`/officer/feedback/${encodeURIComponent(feedback.code)}?answered=1`);
}
