"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { FeedbackFormState, RateFormState } from "@/components/feedback/feedback-state";
import { getCurrentUser } from "@/lib/auth/session";
import { clientIpFromHeaders } from "@/lib/domain/rate-limit";
import { isAppError } from "@/lib/errors";
import { getI18n } from "@/lib/i18n";
import { createFeedback } from "@/lib/server/feedback/create-feedback";
import { RATE_REFUSALS, rateFeedbackAnswer } from "@/lib/server/feedback/rate-feedback-answer";
import { FEEDBACK_FIELDS, type TFeedbackField } from "@/lib/validation/feedback";

const text = (v: FormDataEntryValue | null, max: number) => (typeof v === "string" ? v.slice(0, max) : "");

async function requestIp(): Promise<string> {
  const h = await headers();
  return clientIpFromHeaders((name) => h.get(name));
}

/** Sends a new feedback, then shows it (with its code and deadline). */
export async function createFeedbackAction(previous: FeedbackFormState, formData: FormData): Promise<FeedbackFormState> {
  const values = {
    about: text(formData.get("about"), 100),
    communeCode: text(formData.get("communeCode"), 40),
    subject: text(formData.get("subject"), 400),
    body: text(formData.get("body"), 10_000),
  };
  const [{ t }, actor, ip] = await Promise.all([getI18n(), getCurrentUser(), requestIp()]);
  const base: FeedbackFormState = { seq: (previous?.seq ?? 0) + 1, values, fieldErrors: {}, formError: null };
  let result;
  try {
    result = await createFeedback({ actor, input: values, ip });
  } catch (error) {
    if (isAppError(error) && error.code === "RATE_LIMITED") return { ...base, formError: t.feedback.rateLimited };
    throw error;
  }
  if (!result.ok) {
    const fieldErrors: Partial<Record<TFeedbackField, string>> = {};
    for (const field of FEEDBACK_FIELDS) {
      const key = result.fieldErrors[field];
      if (key) fieldErrors[field] = t.feedback.errors[key];
    }
    return { ...base, fieldErrors };
  }
  redirect(`/my/feedback/${encodeURIComponent(result.code)}?sent=1`);
}

/** The author's verdict on the answer (once). */
export async function rateFeedbackAction(previous: RateFormState, formData: FormData): Promise<RateFormState> {
  const code = text(formData.get("code"), 40);
  const [{ t }, actor, ip] = await Promise.all([getI18n(), getCurrentUser(), requestIp()]);
  const base: RateFormState = { seq: (previous?.seq ?? 0) + 1, fieldError: null, formError: null };
  let result;
  try {
    result = await rateFeedbackAnswer({ actor, code, input: { satisfied: text(formData.get("satisfied"), 10) || undefined }, ip });
  } catch (error) {
    if (isAppError(error) && error.code === "CONFLICT") {
      return { ...base, formError: error.message === RATE_REFUSALS.alreadyRated ? t.feedback.alreadyRated : t.feedback.notAnswered };
    }
    throw error;
  }
  if (!result.ok) return { ...base, fieldError: t.feedback.errors[result.fieldErrors.satisfied ?? "satisfied.required"] };
  redirect(`/my/feedback/${encodeURIComponent(code)}?rated=1`);
}
