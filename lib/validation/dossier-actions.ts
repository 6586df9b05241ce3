// What a citizen sends from their dossier page: rating, withdrawal, answer to a supplement
// request, removal of a supplement file. Error messages are keys of t.dossier.errors, so the
// form shows them in the reader's language.
import { z } from "zod";

export const RATING_COMMENT_MAX = 1000;
export const SUPPLEMENT_NOTE_MAX = 1000;
export const WITHDRAW_REASON_MAX = 500;

export const DOSSIER_FORM_ERRORS = ["score.required", "comment.tooLong", "note.tooLong", "reason.tooLong", "files.required", "request.invalid"] as const;
export type TDossierFormError = (typeof DOSSIER_FORM_ERRORS)[number];

/** Ids are Prisma cuids (the seed makes ids of the same shape). */
const ZId = z.string({ error: "request.invalid" }).regex(/^[a-z0-9]{8,40}$/, "request.invalid");
/** The version the page showed (a hidden field): digits only, so "" is not read as 0. */
const ZVersion = z.union([z.number().int().min(0), z.string().regex(/^\d{1,9}$/).transform(Number)], { error: "request.invalid" });

/** Optional free text: trimmed, NFC, empty → undefined. */
function optionalText(max: number, tooLong: TDossierFormError) {
  return z
    .string()
    .optional()
    .transform((v) => (v ?? "").normalize("NFC").trim())
    .pipe(z.string().max(max, tooLong))
    .transform((v) => (v === "" ? undefined : v));
}

/** A dossier is rated once its handling is over with a decision: returned, denied or refused at reception. */
export const RATABLE_STATUSES = ["RETURNED", "DENIED", "REJECTED"] as const;

export const SATISFACTION_SCORES = ["SATISFIED", "NEUTRAL", "DISSATISFIED"] as const;

export const ZRateDossier = z.object({
  dossierId: ZId,
  score: z.enum(SATISFACTION_SCORES, { error: "score.required" }),
  comment: optionalText(RATING_COMMENT_MAX, "comment.tooLong"),
});
export type TRateDossier = z.infer<typeof ZRateDossier>;

export const ZWithdrawDossier = z.object({
  dossierId: ZId,
  expectedVersion: ZVersion,
  reason: optionalText(WITHDRAW_REASON_MAX, "reason.tooLong"),
});
export type TWithdrawDossier = z.infer<typeof ZWithdrawDossier>;

export const ZAnswerSupplement = z.object({
  dossierId: ZId,
  expectedVersion: ZVersion,
  note: optionalText(SUPPLEMENT_NOTE_MAX, "note.tooLong"),
});
export type TAnswerSupplement = z.infer<typeof ZAnswerSupplement>;

export const ZRemoveSupplementFile = z.object({ dossierId: ZId, attachmentId: ZId });
export type TRemoveSupplementFile = z.infer<typeof ZRemoveSupplementFile>;

function isFormError(message: string): message is TDossierFormError {
  return (DOSSIER_FORM_ERRORS as readonly string[]).includes(message);
}

/** The first error key of each field (fields the form does not show fall under "form"). */
export function dossierFormErrors(error: z.ZodError, fields: readonly string[]): Record<string, TDossierFormError> {
  const out: Record<string, TDossierFormError> = {};
  for (const issue of error.issues) {
    const field = typeof issue.path[0] === "string" && fields.includes(issue.path[0]) ? issue.path[0] : "form";
    const key = isFormError(issue.message) ? issue.message : "request.invalid";
    out[field] ??= key;
  }
  return out;
}
