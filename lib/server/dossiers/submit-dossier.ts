import "server-only";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { planTransition, REFUSAL_MESSAGES } from "@/lib/domain/dossier-workflow";
import type { DossierForStats } from "@/lib/domain/dossier-stats";
import { addWorkingDays, buildCalendar } from "@/lib/domain/working-days";
import { AppError } from "@/lib/errors";
import type { CalendarDayKind } from "@/lib/generated/prisma/enums";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { RATE_LIMITS } from "@/lib/domain/rate-limit";
import { enforceRateLimit, RateLimitedError, waitInWords } from "@/lib/server/rate-limit/enforce-rate-limit";
import { enqueueDossierNotificationOf } from "@/lib/server/notifications/enqueue-notification";
import { applyDossierStatDelta, DOSSIER_STATS_SELECT } from "@/lib/server/rollups/apply-dossier-stat-delta";
import { missingDocuments, validateApplication, type FormValues } from "@/lib/validation/application";
import { ZFormSchema } from "@/lib/validation/form-schema";
import { issueDossierCode } from "./issue-dossier-code";
import { assertUsableKey } from "@/lib/domain/safe-input";

export type SubmittedDossier = { id: string; code: string; dueAt: Date | null; submittedAt: Date; alreadySubmitted: boolean };

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{16,100}$/;

// The stats columns of the dossier row itself (the rating is another table: read beforehand).
const { rating: ratingColumn, ...STATS_COLUMNS } = DOSSIER_STATS_SELECT;
void ratingColumn;

/** Whether the dossier row as written has the stats columns the rollup was given. */
function sameStats(row: Omit<DossierForStats, "rating">, expected: DossierForStats): boolean {
  return (Object.keys(STATS_COLUMNS) as (keyof typeof STATS_COLUMNS)[]).every((k) => {
    const a = row[k];
    const b = expected[k];
    return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
  });
}

async function findSubmitted(where: { id?: string; idempotencyKey?: string }, applicantId: string): Promise<SubmittedDossier | null> {
  const d = await db.dossier.findFirst({
    where: { ...where, applicantId, status: { not: "DRAFT" } },
    select: { id: true, code: true, dueAt: true, submittedAt: true },
  });
  return d && d.code && d.submittedAt ? { id: d.id, code: d.code, dueAt: d.dueAt, submittedAt: d.submittedAt, alreadySubmitted: true } : null;
}

/** Everything a submission reads before its transaction, in one statement (see loadSubmission). */
type Loaded = {
  replayId: string | null;
  replayCode: string | null;
  replayDueAt: Date | null;
  replaySubmittedAt: Date | null;
  id: string | null;
  version: number;
  status: DossierForStats["status"];
  code: string | null;
  formData: unknown;
  receivedAt: Date | null;
  dueAt: Date | null;
  submittedAt: Date | null;
  feeAmount: number;
  paidOnline: boolean;
  agencyId: string;
  procedureId: string;
  channel: DossierForStats["channel"];
  finishTiming: DossierForStats["finishTiming"];
  electronicResult: boolean;
  digitized: boolean;
  syncedNationalAt: Date | null;
  applicantName: string;
  applicantEmail: string | null;
  agencyCode: string;
  agencyName: string;
  processingDays: number;
  formSchema: unknown;
  procedureName: string;
  accountEmail: string | null;
  accountFullName: string | null;
  rating: DossierForStats["rating"];
  documents: string[];
  holidays: { date: string; kind: CalendarDayKind }[] | null;
};

/**
 * One round trip for every read of a submission: the dossier already sent under this idempotency
 * key (a replay), the citizen's draft with its agency and procedure (form schema, working days,
 * names for the receipt notification), the names of its attached documents, its rating (stats),
 * the account's e-mail and name, and the holiday calendar (read on every call, as
 * loadWorkCalendar does, so every instance sees an administrator's change at once). The draft is
 * scoped to its owner: another citizen's draft reads as missing.
 */
async function loadSubmission(actorId: string, dossierId: string, idempotencyKey: string): Promise<Loaded> {
  const rows = await db.$queryRaw<Loaded[]>`
    SELECT r."id" AS "replayId", r."code" AS "replayCode", r."dueAt" AS "replayDueAt", r."submittedAt" AS "replaySubmittedAt",
           d."id", d."version", d."status"::text AS "status", d."code", d."formData", d."receivedAt", d."dueAt", d."submittedAt",
           d."feeAmount", d."paidOnline", d."agencyId", d."procedureId", d."channel"::text AS "channel", d."finishTiming"::text AS "finishTiming",
           d."electronicResult", d."digitized", d."syncedNationalAt", d."applicantName", d."applicantEmail",
           ag."code" AS "agencyCode", ag."name" AS "agencyName",
           pr."processingDays", pr."formSchema", pr."name" AS "procedureName",
           u."email" AS "accountEmail", u."fullName" AS "accountFullName",
           ra."score"::text AS "rating",
           ARRAY(SELECT a."documentName" FROM "Attachment" a
                  WHERE a."dossierId" = d."id" AND a."kind" = 'APPLICATION' AND a."documentName" IS NOT NULL) AS "documents",
           CASE WHEN d."status" = 'DRAFT' THEN
             (SELECT coalesce(json_agg(json_build_object('date', to_char(h."date", 'YYYY-MM-DD'), 'kind', h."kind")), '[]'::json) FROM "Holiday" h)
           END AS "holidays"
      FROM (SELECT 1) AS one
      LEFT JOIN "Dossier" r ON r."idempotencyKey" = ${idempotencyKey} AND r."applicantId" = ${actorId} AND r."status" <> 'DRAFT'
      LEFT JOIN "Dossier" d ON d."id" = ${dossierId} AND d."applicantId" = ${actorId}
      LEFT JOIN "Agency" ag ON ag."id" = d."agencyId"
      LEFT JOIN "Procedure" pr ON pr."id" = d."procedureId"
      LEFT JOIN "User" u ON u."id" = d."applicantId"
      LEFT JOIN "Rating" ra ON ra."dossierId" = d."id"`;
  return rows[0];
}

/**
 * Sends a completed draft to the one-stop desk. Exactly once: a repeated request with the same
 * idempotency key, a double click or a second tab all get the same dossier back; the draft
 * moves DRAFT → SUBMITTED under its version, with its code from the per-agency daily counter,
 * the provisional appointment date in working days, an event, an audit entry, a notification
 * and the rollup — all in one transaction.
 *
 * Round trips (issue 6: every statement is one, and costs the app and the database CPU): one
 * read before the transaction, then BEGIN, the citizen's rate-limit counter, the rollup rows and
 * the agency's code counter (the hot rows), the version-checked update (status and code
 * together), the event, the audit entry, the notification rows, COMMIT — one commit (one WAL
 * flush) per submission.
 */
export async function submitDossier(options: { actor: CurrentUser | null; dossierId: string; idempotencyKey: string; ip?: string | null; now?: Date }): Promise<SubmittedDossier> {
  const { actor } = options;
  assertCan(actor, "dossier.create");
  if (!IDEMPOTENCY_KEY.test(options.idempotencyKey)) throw new AppError("BAD_REQUEST", "Yêu cầu không hợp lệ: thiếu khóa chống gửi trùng.");
  assertUsableKey(options.dossierId, "Mã hồ sơ không hợp lệ.");
  const now = options.now ?? new Date();

  const loaded = await loadSubmission(actor.id, options.dossierId, options.idempotencyKey);
  if (loaded.replayId && loaded.replayCode && loaded.replaySubmittedAt) {
    return { id: loaded.replayId, code: loaded.replayCode, dueAt: loaded.replayDueAt, submittedAt: loaded.replaySubmittedAt, alreadySubmitted: true };
  }
  if (!loaded.id) throw new AppError("NOT_FOUND", "Không tìm thấy hồ sơ.");
  const dossierId = loaded.id;
  if (loaded.status !== "DRAFT") {
    if (loaded.code && loaded.submittedAt) return { id: dossierId, code: loaded.code, dueAt: loaded.dueAt, submittedAt: loaded.submittedAt, alreadySubmitted: true };
    throw new AppError("CONFLICT", "Hồ sơ không còn ở trạng thái nháp.");
  }

  const schema = ZFormSchema.parse(loaded.formSchema);
  const values = (loaded.formData ?? {}) as FormValues;
  const errors = validateApplication(schema, values, { now });
  for (const doc of missingDocuments(schema, loaded.documents)) {
    errors[doc.name] = `Chưa đính kèm: ${doc.label}.`;
  }
  if (Object.keys(errors).length) throw new AppError("BAD_REQUEST", "Tờ khai chưa đầy đủ. Vui lòng kiểm tra các mục được đánh dấu.", errors);

  const plan = planTransition({
    action: "submit",
    actor: "owner",
    dossier: { status: loaded.status, dueAt: loaded.dueAt, receivedAt: loaded.receivedAt, feeAmount: loaded.feeAmount, paid: loaded.paidOnline },
    now,
  });
  if (!plan.ok) throw new AppError(plan.refusal === "PAYMENT_REQUIRED" ? "BAD_REQUEST" : "CONFLICT", REFUSAL_MESSAGES[plan.refusal]);

  const dueAt = addWorkingDays(now, loaded.processingDays, buildCalendar(loaded.holidays ?? []));
  // The draft's contribution to the rollup once submitted: what was read, with what the update
  // below sets. The update is version-checked and returns the row, which must match (below).
  const after: DossierForStats = {
    submittedAt: now,
    agencyId: loaded.agencyId,
    procedureId: loaded.procedureId,
    channel: loaded.channel,
    status: "SUBMITTED",
    finishTiming: loaded.finishTiming,
    feeAmount: loaded.feeAmount,
    paidOnline: loaded.paidOnline,
    electronicResult: loaded.electronicResult,
    digitized: true,
    syncedNationalAt: loaded.syncedNationalAt,
    rating: loaded.rating,
  };
  try {
    return await db.$transaction(async (tx) => {
      // Per citizen, shared by every instance, counted in this transaction: a submission that
      // commits counts, a refused or undone one does not (nor do replays, answered above). The
      // bucket row is the citizen's own: their parallel attempts wait for each other here.
      await enforceRateLimit({
        scope: "submit:user",
        subject: actor.id,
        policy: RATE_LIMITS.submitPerUser,
        message: (wait) => `Bạn đã gửi nhiều hồ sơ trong thời gian ngắn. Vui lòng thử lại sau ${waitInWords(wait)}.`,
        client: tx,
      });
      // The rows every submission of the agency shares (the monthly rollup rows, then the
      // agency's daily code counter) are taken after every read and check, and are followed by
      // the fewest statements possible: their locks are held until the commit. (Taken first,
      // the counter queued every submission of the agency behind each whole transaction.)
      await applyDossierStatDelta(tx, null, after);
      const code = await issueDossierCode(tx, { id: loaded.agencyId, code: loaded.agencyCode }, now);
      // One version-checked update writes the status and the code together (one new row version,
      // one set of index entries): the row is exactly the draft read above, or nothing is written.
      const [updated] = await tx.dossier.updateManyAndReturn({
        where: { id: dossierId, version: loaded.version, status: "DRAFT" },
        data: {
          status: "SUBMITTED",
          code,
          submittedAt: now,
          dueAt,
          idempotencyKey: options.idempotencyKey,
          applicantName: values.fullName?.trim() || undefined,
          applicantNationalId: values.nationalId?.trim() || undefined,
          applicantPhone: values.phone?.trim() || undefined,
          applicantEmail: values.email?.trim() || undefined,
          applicantAddress: values.address?.trim() || undefined,
          digitized: true,
          version: { increment: 1 },
        },
        select: { ...STATS_COLUMNS, applicantId: true, applicantName: true, applicantEmail: true, receivedAt: true, dueAt: true },
      });
      // Someone else (another tab) submitted first: undo this attempt, answer with theirs.
      if (!updated) throw new AppError("CONFLICT", "ALREADY_SUBMITTED");
      // A change that left the version alone (none is known) would make the rollup wrong: undo.
      if (!sameStats(updated, after)) throw new AppError("CONFLICT", "Hồ sơ vừa được thay đổi. Vui lòng thử lại.");
      // After the update: the event's foreign key locks the dossier row, which a parallel attempt
      // on the same draft must not hold while it waits for the rollup row this one holds.
      // (create, not createMany: Prisma caches the query plan of the one, compiles the other each time.)
      await tx.dossierEvent.create({ data: { dossierId, action: "submit", fromStatus: "DRAFT", toStatus: "SUBMITTED", actorId: actor.id }, select: { id: true } });
      await writeAudit(tx, {
        actorId: actor.id,
        actorRole: actor.role,
        ip: options.ip,
        action: "dossier.submit",
        targetType: "Dossier",
        targetId: dossierId,
        before: { status: "DRAFT", version: loaded.version },
        after: { status: "SUBMITTED", code, dueAt: dueAt.toISOString() },
      });
      // The receipt notification carries the code, from the values this transaction has just
      // written (no read back).
      await enqueueDossierNotificationOf(
        tx,
        {
          id: dossierId,
          code,
          applicantId: updated.applicantId,
          applicantName: updated.applicantName,
          applicantEmail: updated.applicantEmail,
          submittedAt: updated.submittedAt,
          receivedAt: updated.receivedAt,
          dueAt: updated.dueAt,
          procedure: { name: loaded.procedureName },
          agency: { name: loaded.agencyName },
          applicant: updated.applicantId && loaded.accountFullName !== null ? { email: loaded.accountEmail, fullName: loaded.accountFullName } : null,
        },
        { template: "dossier.submitted" },
      );
      return { id: dossierId, code, dueAt, submittedAt: now, alreadySubmitted: false };
    });
  } catch (error) {
    if (error instanceof RateLimitedError) throw error;
    // Lost the race (version changed, or the idempotency key was used by a parallel request).
    const winner = (await findSubmitted({ idempotencyKey: options.idempotencyKey }, actor.id)) ?? (await findSubmitted({ id: dossierId }, actor.id));
    if (winner) return winner;
    throw error;
  }
}
