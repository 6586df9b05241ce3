// What one dossier contributes to the monthly rollup (DossierStatMonthly). The same definition
// as the from-scratch rebuild (prisma/seed/rebuild-stats.ts); lib/server applies the
// difference between a dossier's contribution before and after each change, in the same
// transaction, so dashboards never scan the dossier table.
import type { DossierChannel, DossierStatus, FinishTiming, Satisfaction } from "@/lib/generated/prisma/enums";
import { vnDateKey } from "./working-days";

export const STAT_COUNTERS = [
  "received",
  "finished",
  "finishedEarly",
  "finishedOnTime",
  "finishedLate",
  "rejected",
  "withdrawn",
  "feeBearing",
  "paidOnline",
  "electronicResult",
  "digitized",
  "syncedNational",
  "ratedSatisfied",
  "ratedNeutral",
  "ratedDissatisfied",
] as const;
export type StatCounter = (typeof STAT_COUNTERS)[number];
export type StatCounts = Record<StatCounter, number>;

export type StatKey = { month: string; agencyId: string; procedureId: string; channel: DossierChannel };

export type DossierForStats = {
  submittedAt: Date | null;
  agencyId: string;
  procedureId: string;
  channel: DossierChannel;
  status: DossierStatus;
  finishTiming: FinishTiming | null;
  feeAmount: number;
  paidOnline: boolean;
  electronicResult: boolean;
  digitized: boolean;
  syncedNationalAt: Date | null;
  rating: Satisfaction | null;
};

export type Contribution = { key: StatKey; counts: StatCounts };

/** yyyy-mm-01 of the Vietnam month of an instant. */
export function statMonth(instant: Date): string {
  return `${vnDateKey(instant).slice(0, 7)}-01`;
}

export function zeroCounts(): StatCounts {
  return Object.fromEntries(STAT_COUNTERS.map((c) => [c, 0])) as StatCounts;
}

/** A draft (never submitted) contributes nothing. */
export function contributionOf(d: DossierForStats): Contribution | null {
  if (!d.submittedAt) return null;
  const counts: StatCounts = {
    received: 1,
    finished: d.finishTiming ? 1 : 0,
    finishedEarly: d.finishTiming === "EARLY" ? 1 : 0,
    finishedOnTime: d.finishTiming === "ON_TIME" ? 1 : 0,
    finishedLate: d.finishTiming === "LATE" ? 1 : 0,
    rejected: d.status === "REJECTED" ? 1 : 0,
    withdrawn: d.status === "WITHDRAWN" ? 1 : 0,
    feeBearing: d.feeAmount > 0 ? 1 : 0,
    paidOnline: d.paidOnline ? 1 : 0,
    electronicResult: d.electronicResult ? 1 : 0,
    digitized: d.digitized ? 1 : 0,
    syncedNational: d.syncedNationalAt ? 1 : 0,
    ratedSatisfied: d.rating === "SATISFIED" ? 1 : 0,
    ratedNeutral: d.rating === "NEUTRAL" ? 1 : 0,
    ratedDissatisfied: d.rating === "DISSATISFIED" ? 1 : 0,
  };
  return { key: { month: statMonth(d.submittedAt), agencyId: d.agencyId, procedureId: d.procedureId, channel: d.channel }, counts };
}

function sameKey(a: StatKey, b: StatKey): boolean {
  return a.month === b.month && a.agencyId === b.agencyId && a.procedureId === b.procedureId && a.channel === b.channel;
}

/**
 * The increments that turn the rollup from `before` to `after` (either may be null: created,
 * first submitted, deleted). Rows whose every increment is zero are left out.
 */
export function statDelta(before: DossierForStats | null, after: DossierForStats | null): Contribution[] {
  const b = before ? contributionOf(before) : null;
  const a = after ? contributionOf(after) : null;
  const out: Contribution[] = [];
  const push = (key: StatKey, counts: StatCounts) => {
    if (STAT_COUNTERS.some((c) => counts[c] !== 0)) out.push({ key, counts });
  };
  if (a && b && sameKey(a.key, b.key)) {
    const counts = zeroCounts();
    for (const c of STAT_COUNTERS) counts[c] = a.counts[c] - b.counts[c];
    push(a.key, counts);
    return out;
  }
  if (b) {
    const counts = zeroCounts();
    for (const c of STAT_COUNTERS) counts[c] = 0 - b.counts[c]; // 0 - 0 is +0, never -0
    push(b.key, counts);
  }
  if (a) push(a.key, a.counts);
  return out;
}
