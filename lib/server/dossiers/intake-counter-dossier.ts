import "server-only";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { checkCounterIntake } from "@/lib/domain/counter-intake";
import { planTransition, REFUSAL_MESSAGES } from "@/lib/domain/dossier-workflow";
import { addWorkingDays } from "@/lib/domain/working-days";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { loadWorkCalendar } from "@/lib/server/calendar/load-work-calendar";
import { enqueueDossierNotification } from "@/lib/server/notifications/enqueue-notification";
import { applyDossierStatDelta, DOSSIER_STATS_SELECT, toStatsShape } from "@/lib/server/rollups/apply-dossier-stat-delta";
import { issueDossierCode } from "./issue-dossier-code";
import { isUniqueViolation, loadIntakeProcedure } from "./intake-shared";

export type CounterIntakeResult = { id: string; code: string; dueAt: Date; replay: boolean };

/** The key the form carries from the moment it was opened (see getCounterIntakeForm). */
export const INTAKE_KEY_PATTERN = /^[A-Za-z0-9_-]{16,100}$/;

async function findByKey(idempotencyKey: string, agencyId: string): Promise<CounterIntakeResult | null> {
  const d = await db.dossier.findFirst({
    where: { idempotencyKey, agencyId, channel: "COUNTER" },
    select: { id: true, code: true, dueAt: true },
  });
  return d && d.code && d.dueAt ? { id: d.id, code: d.code, dueAt: d.dueAt, replay: true } : null;
}

/**
 * Records a dossier a person brought to the one-stop desk: checked by the same rules as the
 * online form, with the paper documents ticked as received. The desk receives it at once, so
 * in one transaction the dossier is created RECEIVED (channel COUNTER) with its code from the
 * per-agency daily counter, the appointment date in working days, the officer as handler, the
 * submit and receive events, the audit entry, the notification and the rollup. Exactly once:
 * the same idempotency key (double click, resent form, parallel requests) returns the same
 * dossier. Officers take in only the procedures their own agency handles.
 */
export async function intakeCounterDossier(options: {
  actor: CurrentUser | null;
  procedureCode: string;
  idempotencyKey: string;
  values: Record<string, unknown>;
  /** Names of the ticked document boxes (doc_0, doc_1 …). */
  documents: readonly string[];
  ip?: string | null;
  now?: Date;
}): Promise<CounterIntakeResult> {
  const { actor } = options;
  assertCan(actor, "dossier.intake");
  if (!actor.agencyId) throw new AppError("FORBIDDEN", "Tài khoản chưa được gán cơ quan.");
  if (!INTAKE_KEY_PATTERN.test(options.idempotencyKey)) throw new AppError("BAD_REQUEST", "Yêu cầu không hợp lệ: thiếu khóa chống gửi trùng. Vui lòng mở lại biểu mẫu.");
  const agencyId = actor.agencyId;
  const now = options.now ?? new Date();

  const replay = await findByKey(options.idempotencyKey, agencyId);
  if (replay) return replay;

  const procedure = await loadIntakeProcedure(options.procedureCode, agencyId);
  const checked = checkCounterIntake(procedure.schema, procedure.documents, { values: options.values, documents: options.documents }, now);
  if (Object.keys(checked.errors).length > 0) {
    throw new AppError("BAD_REQUEST", "Tờ khai chưa đầy đủ. Vui lòng kiểm tra các mục được đánh dấu.", checked.errors);
  }
  // The desk both submits and receives: the state machine must allow the receipt.
  const plan = planTransition({ action: "receive", actor: "officer", dossier: { status: "SUBMITTED", dueAt: null, receivedAt: null, feeAmount: procedure.feeAmount, paid: false }, now });
  if (!plan.ok) throw new AppError("CONFLICT", REFUSAL_MESSAGES[plan.refusal]);

  const calendar = await loadWorkCalendar();
  const dueAt = addWorkingDays(now, procedure.processingDays, calendar);
  try {
    return await db.$transaction(async (tx) => {
      const code = await issueDossierCode(tx, procedure.agency, now);
      const created = await tx.dossier.create({
        data: {
          code,
          procedureId: procedure.id,
          agencyId,
          channel: "COUNTER",
          status: plan.to,
          applicantName: checked.applicant.fullName,
          applicantNationalId: checked.applicant.nationalId,
          applicantPhone: checked.applicant.phone,
          applicantEmail: checked.applicant.email,
          applicantAddress: checked.applicant.address,
          formData: checked.formData,
          handlerId: actor.id,
          submittedAt: now,
          receivedAt: now,
          dueAt,
          feeAmount: procedure.feeAmount,
          digitized: false, // documents received on paper
          idempotencyKey: options.idempotencyKey,
        },
        select: { id: true, version: true, ...DOSSIER_STATS_SELECT },
      });
      // Two events of one moment: the receipt is stamped 1 ms later so timelines keep the order.
      await tx.dossierEvent.createMany({
        data: [
          { dossierId: created.id, action: "submit", fromStatus: null, toStatus: "SUBMITTED", actorId: actor.id, data: { channel: "COUNTER" }, createdAt: now },
          {
            dossierId: created.id,
            action: "receive",
            fromStatus: "SUBMITTED",
            toStatus: plan.to,
            actorId: actor.id,
            data: { documentsReceived: checked.documentsReceived },
            createdAt: new Date(now.getTime() + 1),
          },
        ],
      });
      await writeAudit(tx, {
        actorId: actor.id,
        actorRole: actor.role,
        ip: options.ip,
        action: "dossier.intake.counter",
        targetType: "Dossier",
        targetId: created.id,
        after: { status: plan.to, code, channel: "COUNTER", procedureCode: procedure.code, dueAt: dueAt.toISOString(), documentsReceived: checked.documentsReceived },
      });
      await enqueueDossierNotification(tx, { dossierId: created.id, template: "dossier.received" });
      await applyDossierStatDelta(tx, null, toStatsShape(created));
      return { id: created.id, code, dueAt, replay: false };
    });
  } catch (error) {
    // A parallel request with the same key won the unique index: answer with its dossier.
    if (isUniqueViolation(error)) {
      const winner = await findByKey(options.idempotencyKey, agencyId);
      if (winner) return winner;
      throw new AppError("CONFLICT", "Biểu mẫu này đã được dùng. Vui lòng mở lại biểu mẫu tiếp nhận.");
    }
    throw error;
  }
}
