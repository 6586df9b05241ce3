// "Likely to be late": an open dossier whose legal clock is running and whose remaining working
// days are fewer than what the same procedure usually still needs at the same agency.
//
// The rule, in plain words (shown on the flows page):
//   typical = the 75th percentile of the processing time (working days from receipt to the
//             decision, minus the days the clock stood still waiting for the citizen) of the
//             procedure's dossiers decided at that agency recently (at least MIN_SAMPLES);
//   elapsed = working days since receipt, minus the days the clock stood still;
//   still needed = max(0, typical − elapsed);
//   likely late  ⇔ days left until the appointment < still needed.
// Dossiers already past their appointment are late, not "likely late"; they are counted apart.
// Pure: the clock and the calendar are passed in.
import { quantileSorted } from "simple-statistics";
import { workingDaysBetween, type WorkCalendar } from "./working-days";

/** Fewer decided dossiers than this and the "usual" time is not trusted: no warning. */
export const MIN_SAMPLES = 5;
export const TYPICAL_QUANTILE = 0.75;

/**
 * Statuses whose legal clock runs and whose decision is still to come. APPROVED also has a
 * running clock (the result is still to be returned) but its decision, hence its on-time
 * status, is already fixed: it is counted in the backlog, not warned about here.
 */
export const LIKELY_LATE_STATUSES = ["RECEIVED", "PROCESSING"] as const;

export type ProcessedSample = { receivedAt: Date; finishedAt: Date; pausedWorkingDays: number };

/** Working days a decided dossier took, without the days spent waiting for the citizen. */
export function processingWorkingDays(s: ProcessedSample, cal: WorkCalendar): number {
  return Math.max(0, workingDaysBetween(s.receivedAt, s.finishedAt, cal) - s.pausedWorkingDays);
}

export type TypicalTime = { median: number; p75: number; samples: number };

/**
 * Median and 75th percentile of processing times (linear interpolation between ranks, as
 * simple-statistics computes them); null under MIN_SAMPLES samples.
 */
export function typicalTime(days: readonly number[]): TypicalTime | null {
  if (days.length < MIN_SAMPLES) return null;
  const sorted = [...days].sort((a, b) => a - b);
  return { median: quantileSorted(sorted, 0.5), p75: quantileSorted(sorted, TYPICAL_QUANTILE), samples: sorted.length };
}

/** Decided dossiers per agency × procedure that make its "usual" time: the most recent ones… */
export const HISTORY_PER_PAIR = 60;
/** …submitted within this many days before the newest of them (older practice no longer tells). */
export const HISTORY_DAYS = 365;

export type DecidedSample = ProcessedSample & { submittedAt: Date };

/**
 * The usual time of one agency × procedure from its decided dossiers, newest first as read (at
 * most HISTORY_PER_PAIR): those submitted within HISTORY_DAYS before the newest one. The window
 * hangs on the data, not on today, so the stored rollup equals a recomputation at any time.
 */
export function typicalFromSamples(newestFirst: readonly DecidedSample[], cal: WorkCalendar): { typical: TypicalTime | null; samples: number; newestSubmittedAt: Date | null } {
  const newest = newestFirst[0]?.submittedAt ?? null;
  if (!newest) return { typical: null, samples: 0, newestSubmittedAt: null };
  const since = newest.getTime() - HISTORY_DAYS * 86_400_000;
  const days = newestFirst.slice(0, HISTORY_PER_PAIR).filter((s) => s.submittedAt.getTime() >= since).map((s) => processingWorkingDays(s, cal));
  return { typical: typicalTime(days), samples: days.length, newestSubmittedAt: newest };
}

export type OpenDossierClock = { receivedAt: Date; dueAt: Date; pausedWorkingDays: number };

export type LateRisk = {
  /** Working days left until the appointment (0 on the due day itself); negative once past due. */
  daysLeft: number;
  elapsed: number;
  /** Typical working days still needed (rounded up). */
  stillNeeded: number;
  likelyLate: boolean;
};

/** `between` may be a memoised workingDaysBetween (memoizedWorkingDaysBetween) for long lists. */
export function lateRisk(
  d: OpenDossierClock,
  typical: TypicalTime | null,
  now: Date,
  cal: WorkCalendar,
  between: (from: Date, to: Date) => number = (a, b) => workingDaysBetween(a, b, cal),
): LateRisk {
  const daysLeft = d.dueAt.getTime() < now.getTime() ? Math.min(-1, between(now, d.dueAt)) : between(now, d.dueAt);
  const elapsed = Math.max(0, between(d.receivedAt, now) - d.pausedWorkingDays);
  const stillNeeded = typical ? Math.max(0, Math.ceil(typical.p75 - elapsed - 1e-9)) : 0;
  return { daysLeft, elapsed, stillNeeded, likelyLate: typical !== null && daysLeft >= 0 && daysLeft < stillNeeded };
}
