// What an officer sends from the dossier processing page: one workflow action with what it
// requires (reason, list of missing documents, new appointment date, result). Error messages
// are keys of t.inbox.errors, so the form shows them in the reader's language. Whether the
// action is allowed now is decided by the state machine on the server (transitionDossier).
import { z } from "zod";
import { WORKFLOW, type DossierAction } from "@/lib/domain/dossier-workflow";

export const OFFICER_REASON_MAX = 2000;
export const MISSING_DOCUMENT_MAX = 300;
export const MISSING_DOCUMENTS_MAX_ITEMS = 30;

/** The actions of the state machine an officer takes (derived from the table, not listed by hand). */
export const OFFICER_ACTIONS = (Object.keys(WORKFLOW) as DossierAction[]).filter((a) => WORKFLOW[a].by === "officer");

export const OFFICER_FORM_ERRORS = [
  "reason.required",
  "reason.tooLong",
  "missingDocuments.required",
  "missingDocuments.tooLong",
  "missingDocuments.tooMany",
  "newDueDate.required",
  "newDueDate.invalid",
  "result.required",
  "file.required",
  "request.invalid",
] as const;
export type TOfficerFormError = (typeof OFFICER_FORM_ERRORS)[number];

const ZId = z.string({ error: "request.invalid" }).regex(/^[a-z0-9]{8,40}$/, "request.invalid");
const ZVersion = z.union([z.number().int().min(0), z.string().regex(/^\d{1,9}$/).transform(Number)], { error: "request.invalid" });
const text = (v: string | undefined) => (v ?? "").normalize("NFC").trim();
/** A text field the form may leave out: trimmed, NFC, "" when absent. */
const ZText = z.string({ error: "request.invalid" }).optional().transform(text);

const needs = (action: DossierAction, requirement: "reason" | "missingDocuments" | "newDueDate" | "result") =>
  (WORKFLOW[action].requires as readonly string[]).includes(requirement);

export const ZOfficerDossierAction = z
  .object({
    dossierId: ZId,
    expectedVersion: ZVersion,
    action: z.enum(OFFICER_ACTIONS as [DossierAction, ...DossierAction[]], { error: "request.invalid" }),
    reason: ZText,
    /** One document per line. */
    missingDocuments: ZText.transform((v) =>
      v
        .split(/\r?\n/)
        .map((line) => line.replace(/^[-*•\d.)\s]+/u, "").trim())
        .filter(Boolean),
    ),
    /** yyyy-mm-dd (the browser's date input). */
    newDueDate: ZText,
    resultMode: ZText.transform((v): "upload" | "generate" | "" => (v === "upload" || v === "generate" ? v : "")),
  })
  .superRefine((input, ctx) => {
    const issue = (path: string, message: TOfficerFormError) => ctx.addIssue({ code: "custom", path: [path], message });
    if (needs(input.action, "reason")) {
      if (!input.reason) issue("reason", "reason.required");
    }
    if (input.reason.length > OFFICER_REASON_MAX) issue("reason", "reason.tooLong");
    if (needs(input.action, "missingDocuments")) {
      if (input.missingDocuments.length === 0) issue("missingDocuments", "missingDocuments.required");
      else if (input.missingDocuments.length > MISSING_DOCUMENTS_MAX_ITEMS) issue("missingDocuments", "missingDocuments.tooMany");
      else if (input.missingDocuments.some((d) => d.length > MISSING_DOCUMENT_MAX)) issue("missingDocuments", "missingDocuments.tooLong");
    }
    if (needs(input.action, "newDueDate")) {
      if (!input.newDueDate) issue("newDueDate", "newDueDate.required");
      else if (!/^\d{4}-\d{2}-\d{2}$/.test(input.newDueDate) || Number.isNaN(Date.parse(`${input.newDueDate}T00:00:00Z`))) issue("newDueDate", "newDueDate.invalid");
    }
    if (needs(input.action, "result") && !input.resultMode) issue("resultMode", "result.required");
  });
export type TOfficerDossierAction = z.infer<typeof ZOfficerDossierAction>;

function isFormError(message: string): message is TOfficerFormError {
  return (OFFICER_FORM_ERRORS as readonly string[]).includes(message);
}

/** The first error key of each field (fields the form does not show fall under "form"). */
export function officerFormErrors(error: z.ZodError, fields: readonly string[]): Record<string, TOfficerFormError> {
  const out: Record<string, TOfficerFormError> = {};
  for (const issue of error.issues) {
    const field = typeof issue.path[0] === "string" && fields.includes(issue.path[0]) ? issue.path[0] : "form";
    out[field] ??= isFormError(issue.message) ? issue.message : "request.invalid";
  }
  return out;
}
