import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { readDb, readReplica } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { LIKELY_LATE_STATUSES, lateRisk, type TypicalTime } from "@/lib/domain/likely-late";
import { memoizedWorkingDaysBetween } from "@/lib/domain/working-days";
import { loadWorkCalendar } from "@/lib/server/calendar/load-work-calendar";
import { pairKey, readProcessingTimes } from "@/lib/server/rollups/processing-time";

/** Open dossiers examined, soonest appointment first (bounded: the list is about the next days). */
export const CANDIDATE_LIMIT = 2000;
export const LIST_LIMIT = 100;

export type LikelyLateRow = {
  id: string;
  code: string;
  status: "RECEIVED" | "PROCESSING";
  agency: { code: string; shortName: string };
  procedure: { code: string; name: string };
  receivedAt: Date;
  dueAt: Date;
  daysLeft: number;
  elapsed: number;
  stillNeeded: number;
  typical: TypicalTime;
};

export type LikelyLateList = {
  rows: LikelyLateRow[];
  /** All flagged (rows holds at most LIST_LIMIT of them). */
  flagged: number;
  /** Open dossiers with a running clock, not yet due, that were examined. */
  examined: number;
  computedAt: Date;
};

type Candidate = { id: string; code: string; status: "RECEIVED" | "PROCESSING"; agencyId: string; procedureId: string; receivedAt: Date; dueAt: Date; pausedWorkingDays: number };

/**
 * Open dossiers (received or processing, not yet due) whose working days left are fewer than
 * what the same procedure usually still needs at the same agency (lib/domain/likely-late.ts).
 * Bounded queries: the candidates through the [status, dueAt] / [agencyId, status, dueAt]
 * indexes (soonest CANDIDATE_LIMIT), and for each agency × procedure among them one row of the
 * ProcessingTimeStat rollup (lib/server/rollups/processing-time.ts).
 * Most urgent first: the largest shortfall of days, then the nearest appointment (dashboard.read).
 */
export async function listLikelyLate(options: { actor: CurrentUser | null; agencyCode?: string; now?: Date }): Promise<LikelyLateList> {
  assertCan(options.actor, "dashboard.read");
  const now = options.now ?? new Date();
  const agency = options.agencyCode ? await readDb.agency.findUnique({ where: { code: options.agencyCode }, select: { id: true } }) : null;
  if (options.agencyCode && !agency) return { rows: [], flagged: 0, examined: 0, computedAt: now };

  // Statuses as literals (constants of this code) so the partial covering index of open dossiers
  // answers it without reading the table (migration open_dossier_index).
  const open = Prisma.raw(LIKELY_LATE_STATUSES.map((s) => `'${s}'::"DossierStatus"`).join(", "));
  const rows = await readReplica().$queryRaw<{ id: string; code: string | null; status: string; agencyId: string; procedureId: string; receivedAt: Date | null; dueAt: Date | null; pausedWorkingDays: number }[]>`
    SELECT d."id", d."code", d."status"::text AS "status", d."agencyId", d."procedureId", d."receivedAt", d."dueAt", d."pausedWorkingDays"
    FROM "Dossier" d
    WHERE d."status" IN (${open}) AND d."dueAt" >= (${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')
      AND d."receivedAt" IS NOT NULL AND d."code" IS NOT NULL ${agency ? Prisma.sql`AND d."agencyId" = ${agency.id}` : Prisma.empty}
    ORDER BY d."dueAt", d."id"
    LIMIT ${CANDIDATE_LIMIT}`;
  // The where clause guarantees these; narrowing keeps the types honest without a cast.
  const candidates = rows.flatMap(({ code, receivedAt, dueAt, status, ...rest }): Candidate[] =>
    code && receivedAt && dueAt && (status === "RECEIVED" || status === "PROCESSING") ? [{ ...rest, code, receivedAt, dueAt, status }] : []);
  if (candidates.length === 0) return { rows: [], flagged: 0, examined: 0, computedAt: now };

  const pairs = [...new Map(candidates.map((c) => [pairKey(c), { agencyId: c.agencyId, procedureId: c.procedureId }])).values()];
  const [typicalByPair, calendar, agencies, procedures] = await Promise.all([
    // The usual times come from their rollup (kept by the transaction deciding each dossier).
    readProcessingTimes(readReplica(), pairs),
    loadWorkCalendar(),
    readDb.agency.findMany({ where: { id: { in: [...new Set(candidates.map((c) => c.agencyId))] } }, select: { id: true, code: true, shortName: true } }),
    readDb.procedure.findMany({ where: { id: { in: [...new Set(candidates.map((c) => c.procedureId))] } }, select: { id: true, code: true, name: true } }),
  ]);

  const agencyById = new Map(agencies.map((a) => [a.id, { code: a.code, shortName: a.shortName }]));
  const procedureById = new Map(procedures.map((p) => [p.id, { code: p.code, name: p.name }]));

  // Thousands of candidates share a few dates: each pair of dates is counted once.
  const between = memoizedWorkingDaysBetween(calendar);
  const flagged = candidates.flatMap((c): LikelyLateRow[] => {
    const typical = typicalByPair.get(pairKey(c)) ?? null;
    const risk = lateRisk(c, typical, now, calendar, between);
    if (!risk.likelyLate || !typical) return [];
    return [{
      id: c.id, code: c.code, status: c.status, agency: agencyById.get(c.agencyId)!, procedure: procedureById.get(c.procedureId)!,
      receivedAt: c.receivedAt, dueAt: c.dueAt, daysLeft: risk.daysLeft, elapsed: risk.elapsed, stillNeeded: risk.stillNeeded, typical,
    }];
  });
  flagged.sort((a, b) => (b.stillNeeded - b.daysLeft) - (a.stillNeeded - a.daysLeft) || a.dueAt.getTime() - b.dueAt.getTime() || a.code.localeCompare(b.code));
  return { rows: flagged.slice(0, LIST_LIMIT), flagged: flagged.length, examined: candidates.length, computedAt: now };
}
