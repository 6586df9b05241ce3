import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { readDb, readReplica } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { LIKELY_LATE_STATUSES, lateRisk, type TypicalTime } from "@/lib/domain/likely-late";
import { memoizedWorkingDaysBetween, workingDayThresholds } from "@/lib/domain/working-days";
import { loadWorkCalendar } from "@/lib/server/calendar/load-work-calendar";

/**
 * Working-day thresholds handed to the query: a procedure usually needing more than this many
 * working days is treated as needing "any number" (its dossiers are all looked at in code).
 */
export const MAX_THRESHOLD_DAYS = 250;
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

type Candidate = {
  id: string; code: string; status: "RECEIVED" | "PROCESSING"; agencyId: string; procedureId: string;
  receivedAt: Date; dueAt: Date; pausedWorkingDays: number; typical: TypicalTime;
};

type Row = {
  examined: number;
  id: string | null; code: string | null; status: string | null; agencyId: string | null; procedureId: string | null;
  receivedAt: Date | null; dueAt: Date | null; pausedWorkingDays: number | null;
  median: number | null; p75: number | null; samples: number | null;
};

/**
 * Open dossiers (received or processing, not yet due) whose working days left are fewer than
 * what the same procedure usually still needs at the same agency (lib/domain/likely-late.ts),
 * with the usual times from the ProcessingTimeStat rollup (kept by the transaction deciding each
 * dossier). All open dossiers are examined, in one query: they are read from the partial covering
 * index of open dossiers (migration open_dossier_index), and only those due within the pair's
 * usual time (rounded up) in working days come back, a necessary condition of the rule
 * (days left < still needed ≤ ⌈p75⌉), compared as timestamps through workingDayThresholds.
 * The exact rule is then applied here. Most urgent first: the largest shortfall of days, then
 * the nearest appointment (dashboard.read).
 */
export async function listLikelyLate(options: { actor: CurrentUser | null; agencyCode?: string; now?: Date }): Promise<LikelyLateList> {
  assertCan(options.actor, "dashboard.read");
  const now = options.now ?? new Date();
  const [agency, calendar] = await Promise.all([
    options.agencyCode ? readDb.agency.findUnique({ where: { code: options.agencyCode }, select: { id: true } }) : null,
    loadWorkCalendar(),
  ]);
  if (options.agencyCode && !agency) return { rows: [], flagged: 0, examined: 0, computedAt: now };

  // Statuses as literals (constants of this code) so that the partial covering index of open
  // dossiers answers the scan without reading the table.
  const open = Prisma.raw(LIKELY_LATE_STATUSES.map((s) => `'${s}'::"DossierStatus"`).join(", "));
  const utc = (d: Date) => Prisma.sql`(${d.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  // thresholds[k - 1] = start of the k-th working day after today.
  const thresholds = workingDayThresholds(now, MAX_THRESHOLD_DAYS, calendar).map((d) => d.toISOString());
  const openWhere = Prisma.sql`d."status" IN (${open}) AND d."dueAt" >= ${utc(now)}
    AND d."receivedAt" IS NOT NULL AND d."code" IS NOT NULL ${agency ? Prisma.sql`AND d."agencyId" = ${agency.id}` : Prisma.empty}`;
  // The thresholds as a small table joined on k (an array subscript per row would re-read the
  // array parameter for every dossier); a pair needing more than MAX_THRESHOLD_DAYS finds no
  // threshold and keeps all its dossiers. The count of examined dossiers is a second pass over
  // the same index (a materialised CTE would hash thousands of rows twice).
  const result = await readReplica().$queryRaw<Row[]>`
    WITH threshold AS (
      SELECT t.k::int AS k, t.at AT TIME ZONE 'UTC' AS at FROM unnest(${thresholds}::timestamptz[]) WITH ORDINALITY AS t(at, k)
    ), near AS (
      SELECT d."id", d."code", d."status"::text AS "status", d."agencyId", d."procedureId", d."receivedAt", d."dueAt", d."pausedWorkingDays",
        s."median", s."p75", s."samples"
      FROM "Dossier" d
      JOIN "ProcessingTimeStat" s ON s."agencyId" = d."agencyId" AND s."procedureId" = d."procedureId"
      LEFT JOIN threshold t ON t.k = ceil(s."p75")::int
      WHERE ${openWhere} AND s."p75" IS NOT NULL AND d."dueAt" < coalesce(t.at, 'infinity'::timestamp)
    )
    SELECT (SELECT count(*) FROM "Dossier" d WHERE ${openWhere})::int AS "examined", n.*
    FROM (SELECT 1) AS one LEFT JOIN near n ON true`;
  const examined = result[0]?.examined ?? 0;
  // The where clauses guarantee these; narrowing keeps the types honest without a cast.
  const near: Candidate[] = [];
  for (const r of result) {
    const { id, code, status, agencyId, procedureId, receivedAt, dueAt, pausedWorkingDays, median, p75, samples } = r;
    if (!id || !code || !agencyId || !procedureId || !receivedAt || !dueAt || pausedWorkingDays === null || median === null || p75 === null || samples === null) continue;
    if (status !== "RECEIVED" && status !== "PROCESSING") continue;
    near.push({ id, code, status, agencyId, procedureId, receivedAt, dueAt, pausedWorkingDays, typical: { median, p75, samples } });
  }

  // Thousands of dossiers share a few dates: each pair of dates is counted once.
  const between = memoizedWorkingDaysBetween(calendar);
  const risky = near.flatMap((c) => {
    const risk = lateRisk(c, c.typical, now, calendar, between);
    return risk.likelyLate ? [{ c, risk }] : [];
  });
  if (risky.length === 0) return { rows: [], flagged: 0, examined, computedAt: now };
  risky.sort((a, b) => (b.risk.stillNeeded - b.risk.daysLeft) - (a.risk.stillNeeded - a.risk.daysLeft) || a.c.dueAt.getTime() - b.c.dueAt.getTime() || a.c.code.localeCompare(b.c.code));
  const shown = risky.slice(0, LIST_LIMIT);
  const [agencies, procedures] = await Promise.all([
    readDb.agency.findMany({ where: { id: { in: [...new Set(shown.map((r) => r.c.agencyId))] } }, select: { id: true, code: true, shortName: true } }),
    readDb.procedure.findMany({ where: { id: { in: [...new Set(shown.map((r) => r.c.procedureId))] } }, select: { id: true, code: true, name: true } }),
  ]);
  const agencyById = new Map(agencies.map((a) => [a.id, { code: a.code, shortName: a.shortName }]));
  const procedureById = new Map(procedures.map((p) => [p.id, { code: p.code, name: p.name }]));
  const rows = shown.map(({ c, risk }): LikelyLateRow => ({
    id: c.id, code: c.code, status: c.status, agency: agencyById.get(c.agencyId)!, procedure: procedureById.get(c.procedureId)!,
    receivedAt: c.receivedAt, dueAt: c.dueAt, daysLeft: risk.daysLeft, elapsed: risk.elapsed, stillNeeded: risk.stillNeeded, typical: c.typical,
  }));
  return { rows, flagged: risky.length, examined, computedAt: now };
}
