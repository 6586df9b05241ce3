import "server-only";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";

/**
 * One of the signed-in citizen's own feedback by its code; null when there is none — including
 * when the code belongs to someone else (the owner condition is in the query).
 */
export async function getMyFeedback(options: { actor: CurrentUser | null; code: string }) {
  const { actor } = options;
  assertCan(actor, "feedback.create");
  const code = options.code.trim().toUpperCase();
  if (code.length === 0 || code.length > 40) return null;
  return db.feedback.findFirst({
    where: { code, authorId: actor.id },
    select: {
      code: true,
      subject: true,
      body: true,
      status: true,
      createdAt: true,
      dueAt: true,
      answer: true,
      answeredAt: true,
      citizenSatisfied: true,
      agency: { select: { name: true } },
      dossier: { select: { code: true } },
      procedure: { select: { name: true } },
    },
  });
}

export type MyFeedbackDetail = NonNullable<Awaited<ReturnType<typeof getMyFeedback>>>;
