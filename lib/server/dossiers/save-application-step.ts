import "server-only";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { applicationStepSchema, rawValueError, type FormValues } from "@/lib/validation/application";
import { ZFormSchema } from "@/lib/validation/form-schema";
import { lockedFieldNames } from "./get-application";
import { assertUsableKey } from "@/lib/domain/safe-input";

export type SaveStepResult = { ok: true; nextStep: number; lastStep: number } | { ok: false; errors: Record<string, string> };

/**
 * Saves one step of a draft after validating it with the same rules the browser used.
 * Invalid input is not saved (the page shows it back with the errors). Values that came from
 * the national identity cannot be overwritten. `draft: true` saves what is valid and leaves.
 */
export async function saveApplicationStep(options: {
  actor: CurrentUser | null;
  dossierId: string;
  step: number;
  values: Record<string, unknown>;
  draft?: boolean;
  ip?: string | null;
}): Promise<SaveStepResult> {
  const { actor } = options;
  assertCan(actor, "dossier.create");
  assertUsableKey(options.dossierId, "Mã hồ sơ không hợp lệ.");
  const dossier = await db.dossier.findFirst({
    where: { id: options.dossierId, applicantId: actor.id },
    select: { id: true, status: true, version: true, draftStep: true, formData: true, procedure: { select: { formSchema: true } }, applicant: { select: { identityVerifiedAt: true } } },
  });
  if (!dossier) throw new AppError("NOT_FOUND", "Không tìm thấy hồ sơ.");
  if (dossier.status !== "DRAFT") throw new AppError("CONFLICT", "Hồ sơ đã được gửi, không thể sửa tờ khai.");
  const schema = ZFormSchema.parse(dossier.procedure.formSchema);
  const lastStep = schema.steps.length - 1;
  if (!Number.isInteger(options.step) || options.step < 0 || options.step > lastStep) throw new AppError("BAD_REQUEST", "Bước không tồn tại.");

  const current = (dossier.formData ?? {}) as FormValues;
  const locked = new Set(lockedFieldNames(schema, Boolean(dossier.applicant?.identityVerifiedAt)));
  const submitted: Record<string, string> = {};
  for (const [k, v] of Object.entries(options.values)) if (typeof v === "string") submitted[k] = v;
  // Validation first: a value no field takes (too long, control characters) refuses the whole
  // step — even for a field of another step or one kept from the national identity, which are
  // otherwise ignored — before anything is saved.
  const unusable: Record<string, string> = {};
  for (const field of schema.fields) {
    if (field.type === "file" || submitted[field.name] === undefined) continue;
    const error = rawValueError(field, submitted[field.name]);
    if (error) unusable[field.name] = error;
  }
  if (Object.keys(unusable).length) return { ok: false, errors: unusable };
  for (const name of locked) if (current[name] !== undefined) submitted[name] = current[name];

  const parsed = applicationStepSchema(schema, options.step).safeParse({ ...current, ...submitted });
  const errors: Record<string, string> = {};
  if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;

  const stepFields = schema.fields.filter((f) => f.step === options.step && f.type !== "file").map((f) => f.name);
  // A draft save keeps the valid fields of the step; a "continue" saves only a valid step.
  const toSave = options.draft ? stepFields.filter((n) => !errors[n]) : Object.keys(errors).length ? [] : stepFields;
  if (toSave.length) {
    const next: FormValues = { ...current };
    for (const name of toSave) next[name] = (submitted[name] ?? "").trim();
    await db.$transaction(async (tx) => {
      const updated = await tx.dossier.updateMany({
        where: { id: dossier.id, version: dossier.version, status: "DRAFT" },
        data: {
          formData: next,
          draftStep: Object.keys(errors).length ? dossier.draftStep : Math.max(dossier.draftStep, Math.min(options.step + 1, lastStep)),
          version: { increment: 1 },
        },
      });
      if (updated.count !== 1) throw new AppError("CONFLICT", "Tờ khai vừa được lưu ở một cửa sổ khác. Vui lòng tải lại trang.");
      await writeAudit(tx, { actorId: actor.id, actorRole: actor.role, ip: options.ip, action: "dossier.draft.save", targetType: "Dossier", targetId: dossier.id, after: { step: options.step, fields: toSave } });
    });
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, nextStep: Math.min(options.step + 1, lastStep), lastStep };
}
