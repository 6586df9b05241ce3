import "server-only";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { taskFormErrors, ZTaskComment, type TTaskFormError } from "@/lib/validation/task-progress";
import { assertUsableKey } from "@/lib/domain/safe-input";

export type AddTaskCommentResult = { ok: true; commentId: string } | { ok: false; fieldErrors: { body: TTaskFormError } };

/**
 * A leader comments on a task (an instruction to the lead agency), with its audit entry in the
 * same transaction. The lead agency's officers are not notified by e-mail: the notification
 * outbox only knows dossier and feedback templates; they see comments on the task page.
 */
export async function addTaskComment(options: { actor: CurrentUser | null; code: string; body: unknown; ip?: string | null; now?: Date }): Promise<AddTaskCommentResult> {
  const { actor } = options;
  assertCan(actor, "task.comment");
  assertUsableKey(options.code, "Không tìm thấy nhiệm vụ.", "NOT_FOUND");
  const code = options.code.trim().toUpperCase().slice(0, 20);
  const task = await db.task.findUnique({ where: { code }, select: { id: true } });
  if (!task) throw new AppError("NOT_FOUND", "Không tìm thấy nhiệm vụ.");
  const parsed = ZTaskComment.safeParse({ body: options.body });
  if (!parsed.success) return { ok: false, fieldErrors: { body: taskFormErrors(parsed.error).body ?? "body.required" } };
  const now = options.now ?? new Date();
  const comment = await db.$transaction(async (tx) => {
    const row = await tx.taskComment.create({ data: { taskId: task.id, authorId: actor.id, body: parsed.data.body, createdAt: now }, select: { id: true } });
    await writeAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      ip: options.ip,
      action: "task.comment",
      targetType: "Task",
      targetId: task.id,
      after: { taskCommentId: row.id, length: parsed.data.body.length },
    });
    return row;
  });
  return { ok: true, commentId: comment.id };
}
