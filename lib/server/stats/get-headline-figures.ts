import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { readReplica } from "@/lib/db";
import { vnDateKey } from "@/lib/domain/working-days";

export type HeadlineFigures = {
  procedures: number;
  fullOnlineProcedures: number;
  year: number;
  receivedThisYear: number;
  /** Shares over the last 12 months, null when there is nothing to divide by. */
  onTimeShare: number | null;
  onlineShare: number | null;
  satisfiedShare: number | null;
  computedAt: Date;
};

function firstOfMonth(key: string, monthsBack: number): Date {
  const [y, m] = key.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1 - monthsBack, 1));
}

type Row = {
  procedures: number;
  fullOnlineProcedures: number;
  receivedThisYear: number;
  received: number;
  finished: number;
  finishedEarly: number;
  finishedOnTime: number;
  ratedSatisfied: number;
  ratedNeutral: number;
  ratedDissatisfied: number;
  onlineReceived: number;
};

const dateKey = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Public headline figures, read from the agency-level monthly rollup (never a scan of all
 * dossiers), in one statement: the home page's figures were five round trips.
 */
export async function getHeadlineFigures(now = new Date()): Promise<HeadlineFigures> {
  const today = vnDateKey(now);
  const year = Number(today.slice(0, 4));
  const yearStart = dateKey(new Date(Date.UTC(year, 0, 1)));
  const since = dateKey(firstOfMonth(today, 11));
  const from = yearStart < since ? yearStart : since;
  const last12 = (column: string) => Prisma.raw(`coalesce(sum("${column}") FILTER (WHERE "month" >= '${since}'::date), 0)::int`);
  const [s] = await readReplica().$queryRaw<Row[]>`
    SELECT p."procedures", p."fullOnlineProcedures", f.*
    FROM (SELECT count(*)::int AS "procedures", (count(*) FILTER (WHERE "level" = 'FULL_ONLINE'))::int AS "fullOnlineProcedures"
          FROM "Procedure" WHERE "isPublished") p,
         (SELECT coalesce(sum("received") FILTER (WHERE "month" >= ${yearStart}::date), 0)::int AS "receivedThisYear",
                 ${last12("received")} AS "received", ${last12("finished")} AS "finished",
                 ${last12("finishedEarly")} AS "finishedEarly", ${last12("finishedOnTime")} AS "finishedOnTime",
                 ${last12("ratedSatisfied")} AS "ratedSatisfied", ${last12("ratedNeutral")} AS "ratedNeutral",
                 ${last12("ratedDissatisfied")} AS "ratedDissatisfied",
                 coalesce(sum("received") FILTER (WHERE "month" >= ${since}::date AND "channel" IN ('ONLINE', 'NATIONAL_PORTAL')), 0)::int AS "onlineReceived"
          FROM "DossierStatAgencyMonthly" WHERE "month" >= ${from}::date) f`;

  const ratio = (a: number, b: number) => (b ? a / b : null);
  const rated = s.ratedSatisfied + s.ratedNeutral + s.ratedDissatisfied;
  return {
    procedures: s.procedures,
    fullOnlineProcedures: s.fullOnlineProcedures,
    year,
    receivedThisYear: s.receivedThisYear,
    onTimeShare: ratio(s.finishedEarly + s.finishedOnTime, s.finished),
    onlineShare: ratio(s.onlineReceived, s.received),
    satisfiedShare: ratio(s.ratedSatisfied, rated),
    computedAt: now,
  };
}
