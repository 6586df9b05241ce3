import "server-only";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";

export type AgencyFeedbackTab = "open" | "answered";

/**
 * The feedback sent to the officer's own agency (the agency comes from the session and is in
 * every query): one tab — open ones by nearest deadline, or answered ones by latest deadline —
 * and the counts of both tabs and of the overdue open ones.
 */
export async function listAgencyFeedback(options: { actor: CurrentUser | null; tab?: AgencyFeedbackTab; now?: Date; take?: number }) {
  const { actor } = options;
  assertCan(actor, "feedback.answer");
  if (!actor.agencyId) throw new AppError("FORBIDDEN", "Tài khoản chưa được gán cơ quan.");
  const agencyId = actor.agencyId;
  const tab = options.tab ?? "open";
  const now = options.now ?? new Date();
  const take = Math.min(options.take ?? 200, 500);
  const [agency, items, open, overdue, answered] = await Promise.all([
    db.agency.findUniqueOrThrow({ where: { id: agencyId }, select: { name: true } }),
    db.feedback.findMany({
      where: tab === "open" ? { agencyId, status: "OPEN" } : { agencyId, status: { in: ["ANSWERED", "CLOSED"] } },
      orderBy: tab === "open" ? [{ dueAt: "asc" }, { code: "asc" }] : [{ dueAt: "desc" }, { code: "desc" }],
      take,
      select: { code: true, subject: true, status: true, createdAt: true, dueAt: true, answeredAt: true, citizenSatisfied: true },
    }),
    db.feedback.count({ where: { agencyId, status: "OPEN" } }),
    db.feedback.count({ where: { agencyId, status: "OPEN", dueAt: { lt: now } } }),
    db.feedback.count({ where: { agencyId, status: { in: ["ANSWERED", "CLOSED"] } } }),
  ]);
  return { agencyName: agency.name, tab, items, counts: { open, overdue, answered } };
}

export type AgencyFeedbackList = Awaited<ReturnType<typeof listAgencyFeedback>>;
export type AgencyFeedbackItem = AgencyFeedbackList["items"][number];
