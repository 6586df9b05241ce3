import "server-only";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { parseDossierCode } from "@/lib/domain/dossier-code";
import { CLOCK_RUNNING_STATUSES } from "@/lib/domain/dossier-workflow";
import {
  inboxConditions,
  INBOX_PAGE_SIZE,
  INBOX_STATUSES,
  likeEscape,
  tabCounts,
  type InboxConditions,
  type InboxQuery,
  type InboxTab,
} from "@/lib/domain/inbox-filters";
import { deadlineState, type DeadlineState } from "@/lib/domain/timeline";
import { addWorkingDays } from "@/lib/domain/working-days";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DossierChannel, DossierStatus, FinishTiming } from "@/lib/generated/prisma/enums";
import { loadWorkCalendar } from "@/lib/server/calendar/load-work-calendar";

type Row = {
  id: string;
  code: string | null;
  status: DossierStatus;
  channel: DossierChannel;
  applicantName: string;
  submittedAt: Date | null;
  receivedAt: Date | null;
  dueAt: Date | null;
  finishTiming: FinishTiming | null;
  procedureName: string;
};

export type InboxRow = Omit<Row, "finishTiming"> & { deadline: DeadlineState };

export type OfficerInbox = {
  agencyName: string;
  query: InboxQuery;
  counts: Record<InboxTab, number>;
  rows: InboxRow[];
  hasNextPage: boolean;
  /** Procedures the agency handles, for the filter. */
  procedures: { id: string; name: string }[];
};

const statusList = (statuses: readonly DossierStatus[]) => Prisma.join(statuses.map((s) => Prisma.sql`CAST(${s} AS "DossierStatus")`));

/**
 * The SQL of one inbox page (exported so the integration test can EXPLAIN exactly this).
 * Always `"agencyId" = … AND "status" IN (…)` first: the index [agencyId, status, dueAt] answers
 * it, so the query never reads another agency's rows. One row more than a page tells whether a
 * next page exists without counting.
 */
export function buildInboxSql(agencyId: string, c: InboxConditions, sort: InboxQuery["sort"], page: number): Prisma.Sql {
  const where: Prisma.Sql[] = [Prisma.sql`d."agencyId" = ${agencyId}`, Prisma.sql`d."status" IN (${statusList(c.statuses)})`];
  if (c.dueBefore) where.push(Prisma.sql`d."dueAt" < ${c.dueBefore}`);
  if (c.dueFrom) where.push(Prisma.sql`d."dueAt" >= ${c.dueFrom}`);
  if (c.dueTo) where.push(Prisma.sql`d."dueAt" <= ${c.dueTo}`);
  if (c.procedureId) where.push(Prisma.sql`d."procedureId" = ${c.procedureId}`);
  if (c.channel) where.push(Prisma.sql`d."channel" = CAST(${c.channel} AS "DossierChannel")`);
  if (c.code) where.push(Prisma.sql`d."code" = ${c.code}`);
  if (c.text) {
    const pattern = `%${likeEscape(c.text)}%`;
    where.push(Prisma.sql`(d."applicantName" ILIKE ${pattern} OR d."code" ILIKE ${`${likeEscape(c.text)}%`})`);
  }
  const order =
    sort === "submitted"
      ? Prisma.sql`d."submittedAt" DESC NULLS LAST, d."id"`
      : Prisma.sql`d."dueAt" ASC NULLS LAST, d."submittedAt" ASC NULLS LAST, d."id"`;
  return Prisma.sql`
    SELECT d."id", d."code", d."status", d."channel", d."applicantName", d."submittedAt", d."receivedAt", d."dueAt", d."finishTiming",
           p."name" AS "procedureName"
    FROM "Dossier" d
    JOIN "Procedure" p ON p."id" = d."procedureId"
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY ${order}
    LIMIT ${INBOX_PAGE_SIZE + 1} OFFSET ${(page - 1) * INBOX_PAGE_SIZE}`;
}

/** "2 working days from now", the same window as the officer's home page. */
export async function inboxWindow(now: Date) {
  const calendar = await loadWorkCalendar();
  return { calendar, soonAt: addWorkingDays(now, 2, calendar) };
}

export function conditionsOf(query: InboxQuery, now: Date, soonAt: Date): InboxConditions {
  return inboxConditions(query, now, soonAt, (q) => parseDossierCode(q) !== null);
}

/**
 * The officer's inbox: dossiers of their own agency only (the agency comes from the session,
 * never from the request). Counts per tab are counts per status of that agency (an index-only
 * scan of its part of [agencyId, status, dueAt]) and the overdue count (a range of it).
 */
export async function listOfficerInbox(options: { actor: CurrentUser | null; query: InboxQuery; now?: Date }): Promise<OfficerInbox> {
  const { actor, query } = options;
  assertCan(actor, "dossier.readAgency");
  if (!actor.agencyId) throw new AppError("FORBIDDEN", "Tài khoản chưa được gán cơ quan.");
  const agencyId = actor.agencyId;
  const now = options.now ?? new Date();
  const { calendar, soonAt } = await inboxWindow(now);
  const conditions = conditionsOf(query, now, soonAt);

  // Three statements instead of five: every database round trip costs the server CPU (query
  // building, the socket write, result mapping), more than these small results themselves.
  const [[agency], byStatus, rows] = await Promise.all([
    // The agency's name and the procedures it handles, for the filter: a department its own
    // procedures, a commune every commune-scope one.
    db.$queryRaw<{ name: string; procedures: { id: string; name: string }[] }[]>`
      SELECT a."name",
             COALESCE((SELECT json_agg(json_build_object('id', p."id", 'name', p."name") ORDER BY p."name")
                       FROM "Procedure" p
                       WHERE p."agencyId" = a."id" OR (a."kind" = 'COMMUNE' AND p."scope" = 'COMMUNE')), '[]'::json) AS "procedures"
      FROM "Agency" a WHERE a."id" = ${agencyId}`,
    // Counts per status and, in the same index-only scan of [agencyId, status, dueAt], the overdue ones.
    db.$queryRaw<{ status: DossierStatus; n: number; overdue: number }[]>`
      SELECT d."status"::text AS "status", COUNT(*)::int AS "n",
             (COUNT(*) FILTER (WHERE d."status" IN (${statusList(CLOCK_RUNNING_STATUSES)}) AND d."dueAt" < ${now}))::int AS "overdue"
      FROM "Dossier" d
      WHERE d."agencyId" = ${agencyId} AND d."status" IN (${statusList(INBOX_STATUSES)})
      GROUP BY d."status"`,
    conditions.statuses.length === 0 ? Promise.resolve([] as Row[]) : db.$queryRaw<Row[]>(buildInboxSql(agencyId, conditions, query.sort, query.page)),
  ]);
  if (!agency) throw new AppError("FORBIDDEN", "Tài khoản chưa được gán cơ quan.");
  const procedures = agency.procedures;
  const overdue = byStatus.reduce((n, g) => n + g.overdue, 0);

  const counts = tabCounts(Object.fromEntries(byStatus.map((g) => [g.status, g.n])), overdue);
  return {
    agencyName: agency.name,
    query,
    counts,
    rows: rows.slice(0, INBOX_PAGE_SIZE).map(({ finishTiming, ...row }) => ({
      ...row,
      deadline: deadlineState({ status: row.status, dueAt: row.dueAt, finishTiming }, now, calendar),
    })),
    hasNextPage: rows.length > INBOX_PAGE_SIZE,
    procedures,
  };
}
