import "server-only";
import { readDb } from "@/lib/db";
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

/** Public headline figures, read from the monthly rollup (never a scan of all dossiers). */
export async function getHeadlineFigures(now = new Date()): Promise<HeadlineFigures> {
  const today = vnDateKey(now);
  const year = Number(today.slice(0, 4));
  const yearStart = new Date(Date.UTC(year, 0, 1));
  const twelveMonthsAgo = firstOfMonth(today, 11);

  const [procedures, fullOnlineProcedures, thisYear, last12, online12] = await Promise.all([
    readDb.procedure.count({ where: { isPublished: true } }),
    readDb.procedure.count({ where: { isPublished: true, level: "FULL_ONLINE" } }),
    readDb.dossierStatMonthly.aggregate({ where: { month: { gte: yearStart } }, _sum: { received: true } }),
    readDb.dossierStatMonthly.aggregate({
      where: { month: { gte: twelveMonthsAgo } },
      _sum: { received: true, finished: true, finishedEarly: true, finishedOnTime: true, ratedSatisfied: true, ratedNeutral: true, ratedDissatisfied: true },
    }),
    readDb.dossierStatMonthly.aggregate({
      where: { month: { gte: twelveMonthsAgo }, channel: { in: ["ONLINE", "NATIONAL_PORTAL"] } },
      _sum: { received: true },
    }),
  ]);

  const s = last12._sum;
  const ratio = (a: number | null | undefined, b: number | null | undefined) => (b ? (a ?? 0) / b : null);
  const rated = (s.ratedSatisfied ?? 0) + (s.ratedNeutral ?? 0) + (s.ratedDissatisfied ?? 0);
  return {
    procedures,
    fullOnlineProcedures,
    year,
    receivedThisYear: thisYear._sum.received ?? 0,
    onTimeShare: ratio((s.finishedEarly ?? 0) + (s.finishedOnTime ?? 0), s.finished),
    onlineShare: ratio(online12._sum.received, s.received),
    satisfiedShare: ratio(s.ratedSatisfied, rated),
    computedAt: now,
  };
}
