"use server";

import { MAX_FILE_BYTES } from "@/lib/domain/file-check";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { DossierFormState } from "@/components/dossiers/form-state";
import { getCurrentUser } from "@/lib/auth/session";
import { REFUSAL_MESSAGES } from "@/lib/domain/dossier-workflow";
import { END_OF_WORKING_DAY_HOUR, vnInstant } from "@/lib/domain/working-days";
import { isAppError, type AppError } from "@/lib/errors";
import { getI18n, type Messages } from "@/lib/i18n";
import { clientIpOf } from "@/lib/server/http/problem";
import { returnResultFile } from "@/lib/server/dossiers/return-result-file";
import { transitionDossier } from "@/lib/server/dossiers/transition-dossier";
import { officerFormErrors, ZOfficerDossierAction } from "@/lib/validation/officer-dossier-actions";

/** The fields the forms show (kept when the server answers with errors). */
const SHOWN = ["reason", "missingDocuments", "newDueDate", "resultMode", "file"] as const;
const FIELDS = ["dossierId", "expectedVersion", "action", "reason", "missingDocuments", "newDueDate", "resultMode"] as const;
/** What Next.js accepts in a server action body by default; bigger files never reach us. */
const MAX_RESULT_FILE_BYTES = MAX_FILE_BYTES;

const VERSION_CONFLICT = "Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại trang để xem trạng thái mới nhất.";
const INVALID_NEW_DATE = "Ngày hẹn mới phải là một ngày làm việc sau hôm nay.";

const text = (formData: FormData, name: string) => {
  const v = formData.get(name);
  return typeof v === "string" ? v.slice(0, 10_000) : "";
};

/** An operation's refusal in the reader's words, beside the field it concerns when there is one. */
function refusalOf(error: AppError, t: Messages): { formError: string | null; fieldErrors: Record<string, string> } {
  const e = t.inbox.errors;
  if (error.code === "CONFLICT") return { formError: e.conflict, fieldErrors: {} };
  if (error.code === "NOT_FOUND") return { formError: e.notFound, fieldErrors: {} };
  if (error.code === "FORBIDDEN" || error.code === "UNAUTHORIZED") return { formError: e.forbidden, fieldErrors: {} };
  if (error.message === INVALID_NEW_DATE) return { formError: null, fieldErrors: { newDueDate: e["newDueDate.invalid"] } };
  if (error.message === REFUSAL_MESSAGES.MISSING_REASON) return { formError: null, fieldErrors: { reason: e["reason.required"] } };
  if (error.message === REFUSAL_MESSAGES.MISSING_DOCUMENT_LIST) return { formError: null, fieldErrors: { missingDocuments: e["missingDocuments.required"] } };
  if (error.fieldErrors?.file) return { formError: null, fieldErrors: { file: error.fieldErrors.file } };
  // Other refusals of the state machine (e.g. an apology is required first) are already written for people.
  return { formError: error.message === VERSION_CONFLICT ? e.conflict : error.message, fieldErrors: {} };
}

/**
 * One workflow action from the dossier processing page. The state machine and the agency scope
 * are applied by transitionDossier (never here); this only reads the form, validates it and
 * translates refusals. Success goes back to the page with a notice.
 */
export async function officerDossierAction(previous: DossierFormState, formData: FormData): Promise<DossierFormState> {
  const raw: Record<string, string> = Object.fromEntries(FIELDS.map((f) => [f, text(formData, f)]));
  const values: Record<string, string> = Object.fromEntries(SHOWN.filter((f) => f !== "file").map((f) => [f, raw[f] ?? ""]));
  const [{ t }, actor, h] = await Promise.all([getI18n(), getCurrentUser(), headers()]);
  const base: DossierFormState = { seq: (previous?.seq ?? 0) + 1, values, fieldErrors: {}, formError: null };

  const parsed = ZOfficerDossierAction.safeParse(raw);
  if (!parsed.success) {
    const keys = officerFormErrors(parsed.error, SHOWN);
    const fieldErrors = Object.fromEntries(Object.entries(keys).filter(([f]) => f !== "form").map(([f, key]) => [f, t.inbox.errors[key]]));
    return { ...base, fieldErrors, formError: keys.form ? t.inbox.errors[keys.form] : null };
  }
  const input = parsed.data;
  const ip = clientIpOf(h);
  const file = formData.get("file");
  const upload = input.action === "return_result" && input.resultMode === "upload";
  if (upload && (!(file instanceof File) || file.size === 0)) return { ...base, fieldErrors: { file: t.inbox.errors["file.required"] } };
  if (upload && file instanceof File && file.size > MAX_RESULT_FILE_BYTES) return { ...base, fieldErrors: { file: t.inbox.errors["file.tooLarge"] } };

  try {
    if (upload && file instanceof File) {
      await returnResultFile({ actor, dossierId: input.dossierId, expectedVersion: input.expectedVersion, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()), ip });
    } else {
      await transitionDossier({
        actor,
        dossierId: input.dossierId,
        action: input.action,
        expectedVersion: input.expectedVersion,
        reason: input.reason || undefined,
        missingDocuments: input.missingDocuments,
        // An appointment falls at the end of the working day (17:00 Vietnam time).
        newDueAt: input.newDueDate ? vnInstant(input.newDueDate, END_OF_WORKING_DAY_HOUR) : undefined,
        generateResult: input.action === "return_result" && input.resultMode === "generate",
        ip,
      });
    }
  } catch (error) {
    // Unexpected errors go to the error page (logged with an event id).
    if (!isAppError(error)) throw error;
    return { ...base, ...refusalOf(error, t) };
  }
  redirect(`/officer/dossiers/${input.dossierId}?notice=${input.action}`);
}
