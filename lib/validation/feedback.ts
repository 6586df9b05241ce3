// Feedback and complaints (phản ánh, kiến nghị): the citizen's form, the satisfaction answer
// and the officer's answer. The same schemas check the browser form and the server. Messages
// are keys of the catalogue (t.feedback.errors), so the form speaks the reader's language.
import { z } from "zod";
import { parseFeedbackTarget } from "@/lib/domain/feedback";

export const FEEDBACK_ERRORS = [
  "about.required",
  "about.invalid",
  "about.notFound",
  "about.noAgency",
  "communeCode.required",
  "communeCode.invalid",
  "subject.required",
  "subject.tooShort",
  "subject.tooLong",
  "body.required",
  "body.tooShort",
  "body.tooLong",
  "satisfied.required",
  "answer.required",
  "answer.tooShort",
  "answer.tooLong",
] as const;
export type TFeedbackError = (typeof FEEDBACK_ERRORS)[number];

export const FEEDBACK_FIELDS = ["about", "communeCode", "subject", "body"] as const;
export type TFeedbackField = (typeof FEEDBACK_FIELDS)[number];

export const SUBJECT_MIN = 5;
export const SUBJECT_MAX = 200;
export const BODY_MIN = 20;
export const BODY_MAX = 5000;

export const ZFeedbackCreate = z.object({
  /** "dossier:<code>" or "procedure:<code>". */
  about: z
    .string({ error: "about.required" })
    .trim()
    .min(1, "about.required")
    .refine((v) => v.length === 0 || parseFeedbackTarget(v) !== null, "about.invalid"),
  /** The commune (agency code) for a commune-level procedure without a dossier. */
  communeCode: z
    .string()
    .trim()
    .max(20, "communeCode.invalid")
    .regex(/^[A-Z0-9]*$/, "communeCode.invalid")
    .optional()
    .transform((v) => (v ? v : undefined)),
  subject: z
    .string({ error: "subject.required" })
    .trim()
    .min(1, "subject.required")
    .min(SUBJECT_MIN, "subject.tooShort")
    .max(SUBJECT_MAX, "subject.tooLong"),
  body: z.string({ error: "body.required" }).trim().min(1, "body.required").min(BODY_MIN, "body.tooShort").max(BODY_MAX, "body.tooLong"),
});
export type TFeedbackCreate = z.infer<typeof ZFeedbackCreate>;

/** The citizen's verdict on the answer: "yes" / "no" from the form, or a boolean from code. */
export const ZFeedbackRating = z.object({
  satisfied: z.union([z.boolean(), z.enum(["yes", "no"]).transform((v) => v === "yes")], { error: "satisfied.required" }),
});
export type TFeedbackRating = z.infer<typeof ZFeedbackRating>;

export const ZFeedbackAnswer = z.object({
  answer: z.string({ error: "answer.required" }).trim().min(1, "answer.required").min(BODY_MIN, "answer.tooShort").max(BODY_MAX, "answer.tooLong"),
});
export type TFeedbackAnswer = z.infer<typeof ZFeedbackAnswer>;

const isFeedbackError = (m: string): m is TFeedbackError => (FEEDBACK_ERRORS as readonly string[]).includes(m);

/** The first error of each field, as catalogue keys (a field's ".invalid" key when zod's own message slips through). */
export function feedbackFieldErrors(error: z.ZodError): Partial<Record<string, TFeedbackError>> {
  const out: Partial<Record<string, TFeedbackError>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "about");
    if (out[field]) continue;
    const fallback = `${field}.invalid`;
    out[field] = isFeedbackError(issue.message) ? issue.message : isFeedbackError(fallback) ? fallback : "about.invalid";
  }
  return out;
}
