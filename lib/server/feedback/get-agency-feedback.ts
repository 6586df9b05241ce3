import "server-only";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { isUsableKey } from "@/lib/domain/safe-input";

/**
 * One feedback of the officer's own agency by its code; null when there is none — including
 * when the code belongs to another agency (the agency condition is in the query). Of the
 * author, only the name: the officer answers through the portal, not by contacting them.
 */
export async function getAgencyFeedback(options: { actor: CurrentUser | null; code: string }) {
  const { actor } = options;
  assertCan(actor, "feedback.answer");
  if (!actor.agencyId) throw new AppError("FORBIDDEN", "Tài khoản chưa được gán cơ quan.");
  if (!isUsableKey(options.code, 40)) return null;
  const code = options.code.trim().toUpperCase();
  if (code.length === 0 || code.length > 40) return null;
  return db.feedback.findFirst({
    where: { code, agencyId: actor.agencyId },
    select: {
      id: true,
      code: true,
      subject: true,
      body: true,
      status: true,
      createdAt: true,
      dueAt: true,
      answer: true,
      answeredAt: true,
      citizenSatisfied: true,
      author: { select: { fullName: true } },
      answeredBy: { select: { fullName: true } },
      dossier: { select: { code: true } },
      procedure: { select: { code: true, name: true } },
    },
  });
}

export type AgencyFeedbackDetail = NonNullable<Awaited<ReturnType<typeof getAgencyFeedback>>>;
