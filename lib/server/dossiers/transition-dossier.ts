import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { finishTimingOf, isValidNewDueDate, resumeAfterSupplement } from "@/lib/domain/dossier-deadline";
import { planTransition, REFUSAL_MESSAGES, type ActorKind, type DossierAction } from "@/lib/domain/dossier-workflow";
import { addWorkingDays, vnDateKey } from "@/lib/domain/working-days";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { loadWorkCalendar } from "@/lib/server/calendar/load-work-calendar";
import { enqueueDossierNotification, type DossierNotificationTemplate } from "@/lib/server/notifications/enqueue-notification";
import { applyDossierStatDelta, DOSSIER_STATS_SELECT, toStatsShape } from "@/lib/server/rollups/apply-dossier-stat-delta";
import { refreshProcessingTime } from "@/lib/server/rollups/processing-time";
import { assertUsableKey } from "@/lib/domain/safe-input";
import { isSafeText } from "@/lib/domain/safe-input";
import { MISSING_DOCUMENT_MAX, MISSING_DOCUMENTS_MAX_ITEMS, OFFICER_REASON_MAX } from "@/lib/validation/officer-dossier-actions";

export type TransitionOptions = {
  actor: CurrentUser | null;
  dossierId: string;
  action: DossierAction;
  /** The version the actor saw; a different current version means someone acted first. */
  expectedVersion?: number;
  reason?: string;
  missingDocuments?: string[];
  newDueAt?: Date;
  note?: string;
  /** For return_result: the result attachment (uploaded PDF) or a generated e-result. */
  resultAttachmentId?: string;
  generateResult?: boolean;
  ip?: string | null;
  now?: Date;
};

const NOTIFY: Partial<Record<DossierAction, DossierNotificationTemplate>> = {
  receive: "dossier.received",
  reject: "dossier.rejected",
  request_supplement: "dossier.supplement_requested",
  approve: "dossier.result_ready",
  deny: "dossier.denied",
  return_result: "dossier.returned",
  issue_apology: "dossier.apology",
};

function actorKindOf(actor: CurrentUser, action: DossierAction): ActorKind {
  return action === "withdraw" || action === "supplement" || action === "submit" ? "owner" : "officer";
}

/**
 * Applies one workflow action to a dossier: permission table, then the owner/agency scope in
 * the query, then the state machine, then — in one transaction — the update guarded by the
 * version (optimistic locking), its event, its audit entry, its notification and the rollup.
 * Submission has its own operation (submit-dossier.ts) because it also assigns the code.
 */
export async function transitionDossier(options: TransitionOptions) {
  const { actor, action } = options;
  if (!actor) throw new AppError("UNAUTHORIZED");
  if (action === "submit") throw new AppError("BAD_REQUEST", "Dùng thao tác nộp hồ sơ để gửi hồ sơ.");
  const kind = actorKindOf(actor, action);
  if (!can(actor.role, kind === "owner" ? "dossier.readOwn" : "dossier.process")) throw new AppError("FORBIDDEN");
  if (kind === "officer" && !actor.agencyId) throw new AppError("FORBIDDEN", "Tài khoản chưa được gán cơ quan.");

  assertUsableKey(options.dossierId, "Mã hồ sơ không hợp lệ.");
  const now = options.now ?? new Date();
  const scope: Prisma.DossierWhereInput = kind === "owner" ? { applicantId: actor.id } : { agencyId: actor.agencyId as string };
  const dossier = await db.dossier.findFirst({
    where: { id: options.dossierId, ...scope },
    select: {
      id: true,
      code: true,
      version: true,
      dueAt: true,
      receivedAt: true,
      pausedAt: true,
      pausedWorkingDays: true,
      apologyIssuedAt: true,
      handlerId: true,
      procedure: { select: { processingDays: true } },
      ...DOSSIER_STATS_SELECT,
    },
  });
  if (!dossier) throw new AppError("NOT_FOUND", "Không tìm thấy hồ sơ.");
  if (options.expectedVersion !== undefined && options.expectedVersion !== dossier.version) {
    throw new AppError("CONFLICT", "Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại trang để xem trạng thái mới nhất.");
  }

  if (options.reason !== undefined && typeof options.reason !== "string") throw new AppError("BAD_REQUEST", "Lý do không hợp lệ.");
  const reason = options.reason?.trim();
  const missing = (Array.isArray(options.missingDocuments) ? options.missingDocuments : []).map((d) => (typeof d === "string" ? d.trim() : "")).filter(Boolean);
  // The forms check these first (lib/validation/officer-dossier-actions.ts); this is for every other caller.
  if (reason !== undefined && (reason.length > OFFICER_REASON_MAX || !isSafeText(reason))) {
    throw new AppError("BAD_REQUEST", `Lý do tối đa ${OFFICER_REASON_MAX} ký tự, không chứa ký tự điều khiển.`, { reason: `Lý do tối đa ${OFFICER_REASON_MAX} ký tự, không chứa ký tự điều khiển.` });
  }
  if (missing.length > MISSING_DOCUMENTS_MAX_ITEMS || missing.some((d) => d.length > MISSING_DOCUMENT_MAX || !isSafeText(d))) {
    throw new AppError("BAD_REQUEST", `Danh sách giấy tờ cần bổ sung tối đa ${MISSING_DOCUMENTS_MAX_ITEMS} mục, mỗi mục tối đa ${MISSING_DOCUMENT_MAX} ký tự.`);
  }
  const plan = planTransition({
    action,
    actor: kind,
    dossier: { status: dossier.status, dueAt: dossier.dueAt, receivedAt: dossier.receivedAt, feeAmount: dossier.feeAmount, paid: dossier.paidOnline },
    provided: {
      reason: Boolean(reason),
      missingDocuments: missing.length > 0,
      newDueDate: Boolean(options.newDueAt),
      result: Boolean(options.resultAttachmentId) || Boolean(options.generateResult),
    },
    now,
  });
  if (!plan.ok) {
    const code = plan.refusal === "WRONG_STATUS" ? "CONFLICT" : plan.refusal === "WRONG_ACTOR" ? "FORBIDDEN" : "BAD_REQUEST";
    throw new AppError(code, REFUSAL_MESSAGES[plan.refusal]);
  }

  const calendar = await loadWorkCalendar();
  const data: Prisma.DossierUncheckedUpdateManyInput = { status: plan.to, version: { increment: 1 } };
  let eventData: Prisma.InputJsonValue | undefined;

  switch (action) {
    case "receive":
      data.receivedAt = now;
      data.dueAt = addWorkingDays(now, dossier.procedure.processingDays, calendar);
      data.handlerId = actor.id;
      break;
    case "reject":
    case "withdraw":
      data.closedAt = now;
      break;
    case "request_supplement":
      data.pausedAt = now;
      eventData = { missingDocuments: missing };
      break;
    case "supplement": {
      const resumed = resumeAfterSupplement(dossier.dueAt, dossier.pausedAt ?? now, now, calendar);
      data.pausedAt = null;
      data.dueAt = resumed.dueAt;
      data.pausedWorkingDays = dossier.pausedWorkingDays + resumed.pausedWorkingDays;
      eventData = { waitedWorkingDays: resumed.pausedWorkingDays };
      break;
    }
    case "start_processing":
      data.handlerId = actor.id;
      break;
    case "approve":
    case "deny": {
      data.finishedAt = now;
      data.finishTiming = finishTimingOf(now, dossier.dueAt, dossier.apologyIssuedAt !== null);
      if (action === "deny") data.closedAt = now;
      if (action === "approve") {
        data.resultIssuedAt = now;
        data.resultToken = crypto.randomBytes(24).toString("base64url");
      }
      break;
    }
    case "return_result":
      data.returnedAt = now;
      data.closedAt = now;
      data.electronicResult = dossier.channel !== "COUNTER" || Boolean(options.generateResult);
      eventData = { resultAttachmentId: options.resultAttachmentId ?? null, generated: Boolean(options.generateResult) };
      break;
    case "issue_apology": {
      const newDueAt = options.newDueAt as Date;
      if (!isValidNewDueDate(newDueAt, now, calendar)) throw new AppError("BAD_REQUEST", "Ngày hẹn mới phải là một ngày làm việc sau hôm nay.");
      data.apologyIssuedAt = now;
      data.dueAt = newDueAt;
      eventData = { previousDueAt: dossier.dueAt?.toISOString() ?? null, newDueAt: newDueAt.toISOString() };
      break;
    }
  }

  return db.$transaction(async (tx) => {
    if (action === "approve") {
      // Result numbers run per agency and Vietnam year (123/2026/STP-KQ), from the same counter
      // table as dossier codes, so they are unique and gap-free.
      const year = vnDateKey(now).slice(0, 4);
      const counter = await tx.dossierCodeCounter.upsert({
        where: { agencyId_day: { agencyId: dossier.agencyId, day: `KQ${year}` } },
        create: { agencyId: dossier.agencyId, day: `KQ${year}`, value: 1 },
        update: { value: { increment: 1 } },
        select: { value: true },
      });
      data.resultNumber = `${counter.value}/${year}/${(dossier.code ?? "KQ").split("-")[0]}-KQ`;
    }
    const updated = await tx.dossier.updateMany({ where: { id: dossier.id, version: dossier.version }, data });
    if (updated.count !== 1) {
      throw new AppError("CONFLICT", "Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại trang để xem trạng thái mới nhất.");
    }
    const after = await tx.dossier.findUniqueOrThrow({ where: { id: dossier.id }, select: { id: true, version: true, dueAt: true, ...DOSSIER_STATS_SELECT } });
    await tx.dossierEvent.create({
      data: {
        dossierId: dossier.id,
        action,
        fromStatus: dossier.status,
        toStatus: plan.to,
        actorId: actor.id,
        note: [reason, options.note?.trim()].filter(Boolean).join("\n") || null,
        data: eventData,
      },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      ip: options.ip,
      action: `dossier.${action}`,
      targetType: "Dossier",
      targetId: dossier.id,
      before: { status: dossier.status, version: dossier.version, dueAt: dossier.dueAt?.toISOString() ?? null },
      after: { status: after.status, version: after.version, dueAt: after.dueAt?.toISOString() ?? null },
    });
    const template = NOTIFY[action];
    if (template) await enqueueDossierNotification(tx, { dossierId: dossier.id, template, data: { reason: reason ?? null, missingDocuments: missing } });
    await applyDossierStatDelta(tx, toStatsShape(dossier), toStatsShape(after));
    // A decision adds a sample to how long this procedure usually takes at this agency.
    if (data.finishedAt) await refreshProcessingTime(tx, { agencyId: dossier.agencyId, procedureId: dossier.procedureId }, calendar);
    return { id: after.id, status: after.status, version: after.version, dueAt: after.dueAt };
  });
}
