import "server-only";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";

/** The signed-in citizen's own feedback, newest first (the owner condition is in the query). */
export async function listMyFeedback(options: { actor: CurrentUser | null; take?: number }) {
  const { actor } = options;
  assertCan(actor, "feedback.create");
  return db.feedback.findMany({
    where: { authorId: actor.id },
    orderBy: { createdAt: "desc" },
    take: Math.min(options.take ?? 100, 500),
    select: {
      code: true,
      subject: true,
      status: true,
      createdAt: true,
      dueAt: true,
      answeredAt: true,
      agency: { select: { name: true } },
    },
  });
}

export type MyFeedbackItem = Awaited<ReturnType<typeof listMyFeedback>>[number];
