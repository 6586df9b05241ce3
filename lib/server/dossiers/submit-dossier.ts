import "server-only";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { planTransition, REFUSAL_MESSAGES } from "@/lib/domain/dossier-workflow";
import { addWorkingDays } from "@/lib/domain/working-days";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { RATE_LIMITS } from "@/lib/domain/rate-limit";
import { enforceRateLimit, waitInWords } from "@/lib/server/rate-limit/enforce-rate-limit";
import { loadWorkCalendar } from "@/lib/server/calendar/load-work-calendar";
import { enqueueDossierNotification } from "@/lib/server/notifications/enqueue-notification";
import { applyDossierStatDelta, DOSSIER_STATS_SELECT, toStatsShape } from "@/lib/server/rollups/apply-dossier-stat-delta";
import { missingDocuments, validateApplication, type FormValues } from "@/lib/validation/application";
import { ZFormSchema } from "@/lib/validation/form-schema";
import { issueDossierCode } from "./issue-dossier-code";
import { assertUsableKey } from "@/lib/domain/safe-input";

export type SubmittedDossier = { id: string; code: string; dueAt: Date | null; submittedAt: Date; alreadySubmitted: boolean };

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{16,100}$/;

async function findSubmitted(where: { id?: string; idempotencyKey?: string }, applicantId: string): Promise<SubmittedDossier | null> {
  const d = await db.dossier.findFirst({
    where: { ...where, applicantId, status: { not: "DRAFT" } },
    select: { id: true, code: true, dueAt: true, submittedAt: true },
  });
  return d && d.code && d.submittedAt ? { id: d.id, code: d.code, dueAt: d.dueAt, submittedAt: d.submittedAt, alreadySubmitted: true } : null;
}

/**
 * Sends a completed draft to the one-stop desk. Exactly once: a repeated request with the same
 * idempotency key, a double click or a second tab all get the same dossier back; the draft
 * moves DRAFT → SUBMITTED under its version, with its code from the per-agency daily counter,
 * the provisional appointment date in working days, an event, an audit entry, a notification
 * and the rollup — all in one transaction.
 */
export async function submitDossier(options: { actor: CurrentUser | null; dossierId: string; idempotencyKey: string; ip?: string | null; now?: Date }): Promise<SubmittedDossier> {
  const { actor } = options;
  assertCan(actor, "dossier.create");
  if (!IDEMPOTENCY_KEY.test(options.idempotencyKey)) throw new AppError("BAD_REQUEST", "Yêu cầu không hợp lệ: thiếu khóa chống gửi trùng.");
  assertUsableKey(options.dossierId, "Mã hồ sơ không hợp lệ.");
  const now = options.now ?? new Date();

  const replay = await findSubmitted({ idempotencyKey: options.idempotencyKey }, actor.id);
  if (replay) return replay;

  const dossier = await db.dossier.findFirst({
    where: { id: options.dossierId, applicantId: actor.id },
    select: {
      id: true,
      version: true,
      formData: true,
      receivedAt: true,
      dueAt: true,
      agency: { select: { code: true } },
      procedure: { select: { processingDays: true, formSchema: true } },
      attachments: { where: { kind: "APPLICATION" }, select: { documentName: true } },
      ...DOSSIER_STATS_SELECT,
    },
  });
  if (!dossier) throw new AppError("NOT_FOUND", "Không tìm thấy hồ sơ.");
  if (dossier.status !== "DRAFT") {
    const sent = await findSubmitted({ id: dossier.id }, actor.id);
    if (sent) return sent;
    throw new AppError("CONFLICT", "Hồ sơ không còn ở trạng thái nháp.");
  }

  const schema = ZFormSchema.parse(dossier.procedure.formSchema);
  const values = (dossier.formData ?? {}) as FormValues;
  const errors = validateApplication(schema, values, { now });
  for (const doc of missingDocuments(schema, dossier.attachments.flatMap((a) => (a.documentName ? [a.documentName] : [])))) {
    errors[doc.name] = `Chưa đính kèm: ${doc.label}.`;
  }
  if (Object.keys(errors).length) throw new AppError("BAD_REQUEST", "Tờ khai chưa đầy đủ. Vui lòng kiểm tra các mục được đánh dấu.", errors);

  const plan = planTransition({
    action: "submit",
    actor: "owner",
    dossier: { status: dossier.status, dueAt: dossier.dueAt, receivedAt: dossier.receivedAt, feeAmount: dossier.feeAmount, paid: dossier.paidOnline },
    now,
  });
  if (!plan.ok) throw new AppError(plan.refusal === "PAYMENT_REQUIRED" ? "BAD_REQUEST" : "CONFLICT", REFUSAL_MESSAGES[plan.refusal]);

  // Per citizen, shared by every instance; replays of a sent dossier (above) do not count.
  await enforceRateLimit({
    scope: "submit:user",
    subject: actor.id,
    policy: RATE_LIMITS.submitPerUser,
    message: (wait) => `Bạn đã gửi nhiều hồ sơ trong thời gian ngắn. Vui lòng thử lại sau ${waitInWords(wait)}.`,
  });

  const calendar = await loadWorkCalendar();
  try {
    return await db.$transaction(async (tx) => {
      const dueAt = addWorkingDays(now, dossier.procedure.processingDays, calendar);
      const updated = await tx.dossier.updateMany({
        where: { id: dossier.id, version: dossier.version, status: "DRAFT" },
        data: {
          status: "SUBMITTED",
          submittedAt: now,
          dueAt,
          idempotencyKey: options.idempotencyKey,
          applicantName: values.fullName?.trim() || undefined,
          applicantNationalId: values.nationalId?.trim() || undefined,
          applicantPhone: values.phone?.trim() || undefined,
          applicantEmail: values.email?.trim() || undefined,
          applicantAddress: values.address?.trim() || undefined,
          digitized: true,
          version: { increment: 1 },
        },
      });
      // Someone else (another tab) submitted first: undo this attempt, answer with theirs.
      if (updated.count !== 1) throw new AppError("CONFLICT", "ALREADY_SUBMITTED");
      const after = await tx.dossier.findUniqueOrThrow({ where: { id: dossier.id }, select: DOSSIER_STATS_SELECT });
      await tx.dossierEvent.create({ data: { dossierId: dossier.id, action: "submit", fromStatus: "DRAFT", toStatus: "SUBMITTED", actorId: actor.id } });
      // The rows every submission of the agency shares come last, so their locks are held only
      // until the commit: the monthly rollup row, then the agency's daily code counter (taken
      // first, the counter queued every submission of the agency behind each whole transaction).
      await applyDossierStatDelta(tx, null, toStatsShape(after));
      const code = await issueDossierCode(tx, { id: dossier.agencyId, code: dossier.agency.code }, now);
      await tx.dossier.update({ where: { id: dossier.id }, data: { code } });
      await writeAudit(tx, {
        actorId: actor.id,
        actorRole: actor.role,
        ip: options.ip,
        action: "dossier.submit",
        targetType: "Dossier",
        targetId: dossier.id,
        before: { status: "DRAFT", version: dossier.version },
        after: { status: "SUBMITTED", code, dueAt: dueAt.toISOString() },
      });
      // The receipt notification carries the code: enqueued once the code is set.
      await enqueueDossierNotification(tx, { dossierId: dossier.id, template: "dossier.submitted" });
      return { id: dossier.id, code, dueAt, submittedAt: now, alreadySubmitted: false };
    });
  } catch (error) {
    // Lost the race (version changed, or the idempotency key was used by a parallel request).
    const winner = (await findSubmitted({ idempotencyKey: options.idempotencyKey }, actor.id)) ?? (await findSubmitted({ id: dossier.id }, actor.id));
    if (winner) return winner;
    throw error;
  }
}
