import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { readReplica } from "@/lib/db";
import { ZERO_COUNTS_766, type Counts766 } from "@/lib/domain/service-index-766";
import { monthStart, shiftMonth, type MonthKey } from "@/lib/domain/report-month";
import { vnInstant } from "@/lib/domain/working-days";

/** agencyId → month → counts. */
export type CountsByAgencyMonth = Map<string, Map<MonthKey, Counts766>>;

type RollupRow = Omit<Counts766, "feedbackDue" | "feedbackOnTime" | "feedbackPending"> & { agencyId: string; month: MonthKey };
type FeedbackRow = { agencyId: string; month: MonthKey; feedbackDue: number; feedbackOnTime: number; feedbackPending: number };

/**
 * The 766 counts per agency and month over [first, last] months, from the monthly rollup
 * (joined to Procedure for its level: a few thousand grouped rows at most, never the dossier
 * table) and from Feedback (month of creation, Vietnam time). `now` decides which feedback is
 * already due.
 */
export async function loadCounts766(options: { first: MonthKey; last: MonthKey; now: Date; agencyId?: string }): Promise<CountsByAgencyMonth> {
  const { first, last, now, agencyId } = options;
  const from = monthStart(first).toISOString().slice(0, 10);
  const to = monthStart(shiftMonth(last, 1)).toISOString().slice(0, 10);
  const agencyRollup = agencyId ? Prisma.sql`AND s."agencyId" = ${agencyId}` : Prisma.empty;
  const agencyFeedback = agencyId ? Prisma.sql`AND f."agencyId" = ${agencyId}` : Prisma.empty;
  // Timestamps are stored as UTC in `timestamp without time zone`: compare with UTC values.
  const nowUtc = Prisma.sql`(${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  const fromUtc = Prisma.sql`(${vnInstant(from).toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  const toUtc = Prisma.sql`(${vnInstant(to).toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

  const [rollup, feedback] = await Promise.all([
    readReplica().$queryRaw<RollupRow[]>`
      SELECT s."agencyId", to_char(s."month", 'YYYY-MM') AS "month",
        sum(s."received")::int AS "received", sum(s."finished")::int AS "finished",
        sum(s."finishedEarly")::int AS "finishedEarly", sum(s."finishedOnTime")::int AS "finishedOnTime",
        sum(s."finishedLate")::int AS "finishedLate", sum(s."rejected")::int AS "rejected", sum(s."withdrawn")::int AS "withdrawn",
        coalesce(sum(s."received") FILTER (WHERE p."level" = 'FULL_ONLINE'), 0)::int AS "fullOnlineReceived",
        coalesce(sum(s."received") FILTER (WHERE p."level" = 'FULL_ONLINE' AND s."channel" IN ('ONLINE', 'NATIONAL_PORTAL')), 0)::int AS "fullOnlineOnline",
        sum(s."feeBearing")::int AS "feeBearing", sum(s."paidOnline")::int AS "paidOnline",
        sum(s."electronicResult")::int AS "electronicResult", sum(s."digitized")::int AS "digitized",
        sum(s."syncedNational")::int AS "syncedNational", sum(s."ratedSatisfied")::int AS "ratedSatisfied",
        sum(s."ratedNeutral")::int AS "ratedNeutral", sum(s."ratedDissatisfied")::int AS "ratedDissatisfied"
      FROM "DossierStatMonthly" s
      JOIN "Procedure" p ON p."id" = s."procedureId"
      WHERE s."month" >= ${from}::date AND s."month" < ${to}::date ${agencyRollup}
      GROUP BY 1, 2`,
    readReplica().$queryRaw<FeedbackRow[]>`
      SELECT f."agencyId",
        to_char((f."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') AS "month",
        count(*) FILTER (WHERE f."answeredAt" IS NOT NULL OR f."dueAt" <= ${nowUtc})::int AS "feedbackDue",
        count(*) FILTER (WHERE f."answeredAt" IS NOT NULL AND f."answeredAt" <= f."dueAt")::int AS "feedbackOnTime",
        count(*) FILTER (WHERE f."answeredAt" IS NULL AND f."dueAt" > ${nowUtc})::int AS "feedbackPending"
      FROM "Feedback" f
      WHERE f."createdAt" >= ${fromUtc} AND f."createdAt" < ${toUtc} ${agencyFeedback}
      GROUP BY 1, 2`,
  ]);

  const out: CountsByAgencyMonth = new Map();
  const cell = (agency: string, month: MonthKey) => {
    let months = out.get(agency);
    if (!months) out.set(agency, (months = new Map()));
    let c = months.get(month);
    if (!c) months.set(month, (c = { ...ZERO_COUNTS_766 }));
    return c;
  };
  for (const { agencyId: a, month, ...counts } of rollup) Object.assign(cell(a, month), counts);
  for (const { agencyId: a, month, ...counts } of feedback) Object.assign(cell(a, month), counts);
  return out;
}
