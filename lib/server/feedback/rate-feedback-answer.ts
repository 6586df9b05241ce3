import "server-only";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { feedbackFieldErrors, ZFeedbackRating, type TFeedbackError } from "@/lib/validation/feedback";
import { assertUsableKey } from "@/lib/domain/safe-input";

/** Refusal messages (AppError CONFLICT), exported so callers can tell them apart. */
export const RATE_REFUSALS = {
  alreadyRated: "Bạn đã đánh giá câu trả lời này.",
  notAnswered: "Phản ánh, kiến nghị chưa được trả lời nên chưa thể đánh giá.",
} as const;

export type RateFeedbackResult = { ok: true } | { ok: false; fieldErrors: Partial<Record<"satisfied", TFeedbackError>> };

/**
 * The author says whether the answer satisfied them — once, and only after it was answered.
 * The conditional update (owner, ANSWERED, not rated yet) makes "once" hold under concurrency.
 */
export async function rateFeedbackAnswer(options: { actor: CurrentUser | null; code: string; input: unknown; ip?: string | null }): Promise<RateFeedbackResult> {
  const { actor } = options;
  assertCan(actor, "feedback.create");
  const parsed = ZFeedbackRating.safeParse(options.input);
  if (!parsed.success) return { ok: false, fieldErrors: { satisfied: feedbackFieldErrors(parsed.error).satisfied ?? "satisfied.required" } };
  // A code that cannot be one is not found, as an unknown one (the form answers both the same way).
  assertUsableKey(options.code, "Không tìm thấy phản ánh, kiến nghị.", "NOT_FOUND");
  const code = options.code.trim().toUpperCase().slice(0, 40);

  await db.$transaction(async (tx) => {
    const updated = await tx.feedback.updateMany({
      where: { code, authorId: actor.id, status: "ANSWERED", citizenSatisfied: null },
      data: { citizenSatisfied: parsed.data.satisfied },
    });
    if (updated.count !== 1) {
      const own = await tx.feedback.findFirst({ where: { code, authorId: actor.id }, select: { status: true, citizenSatisfied: true } });
      if (!own) throw new AppError("NOT_FOUND", "Không tìm thấy phản ánh, kiến nghị.");
      if (own.citizenSatisfied !== null) throw new AppError("CONFLICT", RATE_REFUSALS.alreadyRated);
      throw new AppError("CONFLICT", RATE_REFUSALS.notAnswered);
    }
    const row = await tx.feedback.findFirstOrThrow({ where: { code, authorId: actor.id }, select: { id: true } });
    await writeAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      ip: options.ip,
      action: "feedback.rate",
      targetType: "Feedback",
      targetId: row.id,
      before: { citizenSatisfied: null },
      after: { citizenSatisfied: parsed.data.satisfied },
    });
  });
  return { ok: true };
}
