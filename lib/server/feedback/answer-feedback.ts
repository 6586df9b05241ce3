import "server-only";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { feedbackVi } from "@/lib/i18n/messages/vi/feedback";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { enqueueFeedbackNotification } from "@/lib/server/notifications/enqueue-notification";
import { feedbackFieldErrors, ZFeedbackAnswer } from "@/lib/validation/feedback";
import { assertUsableKey } from "@/lib/domain/safe-input";

/**
 * An officer of the feedback's agency answers it (once: OPEN → ANSWERED). The agency comes from
 * the session and is part of the update's condition, so an officer of another agency finds
 * nothing. The author is notified in the same transaction.
 */
export async function answerFeedback(options: { actor: CurrentUser | null; feedbackId: string; answer: unknown; ip?: string | null; now?: Date }) {
  const { actor } = options;
  assertCan(actor, "feedback.answer");
  if (!actor.agencyId) throw new AppError("FORBIDDEN", "Tài khoản chưa được gán cơ quan.");
  const agencyId = actor.agencyId;
  assertUsableKey(options.feedbackId, "Mã phản ánh không hợp lệ.");
  const parsed = ZFeedbackAnswer.safeParse({ answer: options.answer });
  if (!parsed.success) {
    const key = feedbackFieldErrors(parsed.error).answer ?? "answer.required";
    throw new AppError("BAD_REQUEST", feedbackVi.errors[key], { answer: feedbackVi.errors[key] });
  }
  const now = options.now ?? new Date();

  return db.$transaction(async (tx) => {
    const updated = await tx.feedback.updateMany({
      where: { id: options.feedbackId, agencyId, status: "OPEN" },
      data: { status: "ANSWERED", answer: parsed.data.answer, answeredById: actor.id, answeredAt: now },
    });
    if (updated.count !== 1) {
      const exists = await tx.feedback.findFirst({ where: { id: options.feedbackId, agencyId }, select: { id: true } });
      if (!exists) throw new AppError("NOT_FOUND", "Không tìm thấy phản ánh, kiến nghị.");
      throw new AppError("CONFLICT", "Phản ánh, kiến nghị này đã được trả lời.");
    }
    const feedback = await tx.feedback.findUniqueOrThrow({ where: { id: options.feedbackId }, select: { id: true, code: true, status: true, answeredAt: true } });
    await writeAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      ip: options.ip,
      action: "feedback.answer",
      targetType: "Feedback",
      targetId: feedback.id,
      before: { status: "OPEN" },
      after: { status: "ANSWERED", answeredAt: now.toISOString() },
    });
    await enqueueFeedbackNotification(tx, { feedbackId: feedback.id, template: "feedback.answered" });
    return feedback;
  });
}
