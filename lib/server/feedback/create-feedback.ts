import "server-only";
import { db, type Tx } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { feedbackCodeDayPrefix, feedbackDueAt, formatFeedbackCode, nextFeedbackSequence, parseFeedbackTarget } from "@/lib/domain/feedback";
import { RATE_LIMITS, rateLimitKey } from "@/lib/domain/rate-limit";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { loadWorkCalendar } from "@/lib/server/calendar/load-work-calendar";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { feedbackFieldErrors, ZFeedbackCreate, type TFeedbackError, type TFeedbackField } from "@/lib/validation/feedback";

export type CreateFeedbackResult =
  | { ok: true; code: string; dueAt: Date }
  | { ok: false; fieldErrors: Partial<Record<TFeedbackField, TFeedbackError>> };

type Resolved = { agencyId: string; dossierId: string | null; procedureId: string | null };

async function resolveTarget(actor: CurrentUser, about: string, communeCode: string | undefined): Promise<Resolved | Partial<Record<TFeedbackField, TFeedbackError>>> {
  const target = parseFeedbackTarget(about);
  if (!target) return { about: "about.invalid" };
  if (target.kind === "dossier") {
    // Only the citizen's own dossiers: the owner condition is part of the query.
    const dossier = await db.dossier.findFirst({
      where: { code: target.code, applicantId: actor.id, status: { not: "DRAFT" } },
      select: { id: true, agencyId: true, procedureId: true },
    });
    if (!dossier) return { about: "about.notFound" };
    return { agencyId: dossier.agencyId, dossierId: dossier.id, procedureId: dossier.procedureId };
  }
  const procedure = await db.procedure.findFirst({ where: { code: target.code, isPublished: true }, select: { id: true, scope: true, agencyId: true } });
  if (!procedure) return { about: "about.notFound" };
  if (procedure.scope === "COMMUNE") {
    if (!communeCode) return { communeCode: "communeCode.required" };
    const commune = await db.agency.findFirst({ where: { code: communeCode, kind: "COMMUNE", isActive: true }, select: { id: true } });
    if (!commune) return { communeCode: "communeCode.invalid" };
    return { agencyId: commune.id, dossierId: null, procedureId: procedure.id };
  }
  if (!procedure.agencyId) return { about: "about.noAgency" };
  return { agencyId: procedure.agencyId, dossierId: null, procedureId: procedure.id };
}

/** The next PAKN-yymmdd-NNNN code, serialised per day by an advisory lock held until commit. */
async function nextCode(tx: Tx, now: Date): Promise<string> {
  const prefix = feedbackCodeDayPrefix(now);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`feedback-code:${prefix}`}))`;
  const last = await tx.$queryRaw<{ code: string }[]>`
    SELECT "code" FROM "Feedback" WHERE "code" LIKE ${`${prefix}%`} ORDER BY length("code") DESC, "code" DESC LIMIT 1`;
  return formatFeedbackCode({ date: now, sequence: nextFeedbackSequence(last[0]?.code ?? null) });
}

/**
 * A citizen sends feedback (phản ánh, kiến nghị) about one of their own dossiers or about a
 * procedure. It goes to the dossier's agency, the procedure's agency, or — for a commune-level
 * procedure without a dossier — the commune the citizen chose; it gets a code and a deadline of
 * 15 working days. Invalid input comes back as field errors (catalogue keys).
 */
export async function createFeedback(options: { actor: CurrentUser | null; input: unknown; ip?: string | null; now?: Date }): Promise<CreateFeedbackResult> {
  const { actor } = options;
  assertCan(actor, "feedback.create");
  const parsed = ZFeedbackCreate.safeParse(options.input);
  if (!parsed.success) return { ok: false, fieldErrors: feedbackFieldErrors(parsed.error) };
  const { about, communeCode, subject, body } = parsed.data;

  const resolved = await resolveTarget(actor, about, communeCode);
  if (!("agencyId" in resolved)) return { ok: false, fieldErrors: resolved };

  const limit = await consumeRateLimit({ key: rateLimitKey("feedback:user", actor.id), ...RATE_LIMITS.feedbackPerUser });
  if (!limit.allowed) throw new AppError("RATE_LIMITED", "Bạn đã gửi nhiều phản ánh, kiến nghị trong thời gian ngắn. Vui lòng thử lại sau.");

  const now = options.now ?? new Date();
  const dueAt = feedbackDueAt(now, await loadWorkCalendar());
  const created = await db.$transaction(async (tx) => {
    const code = await nextCode(tx, now);
    const feedback = await tx.feedback.create({
      data: { code, authorId: actor.id, ...resolved, subject, body, status: "OPEN", dueAt, createdAt: now },
      select: { id: true, code: true, dueAt: true },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      ip: options.ip,
      action: "feedback.create",
      targetType: "Feedback",
      targetId: feedback.id,
      after: { code, ...resolved, status: "OPEN", dueAt: dueAt.toISOString() },
    });
    return feedback;
  });
  return { ok: true, code: created.code, dueAt: created.dueAt };
}
