// Pure arithmetic of the public statistics: periods in Vietnam time, sums of rollup rows,
// shares and the agency ranking. No I/O (unit-tested beside); it sits here rather than in
// lib/domain only because this feature's files are confined to lib/server/stats.
import { vnDateKey } from "@/lib/domain/working-days";

export type StatPeriodKind = "month" | "year";

/** Counts of one agency (or the province) over a period, as summed from DossierStatMonthly. */
export type StatCounts = {
  received: number;
  finished: number;
  finishedEarly: number;
  finishedOnTime: number;
  finishedLate: number;
  /** Received through ONLINE or NATIONAL_PORTAL. */
  online: number;
  feeBearing: number;
  paidOnline: number;
  rated: number;
  ratedSatisfied: number;
};

/** Shares in [0, 1]; null when there is nothing to divide by (no finished, no fee-bearing …). */
export type StatShares = { onTime: number | null; online: number | null; onlinePayment: number | null; satisfaction: number | null };

export const ZERO_COUNTS: StatCounts = {
  received: 0, finished: 0, finishedEarly: 0, finishedOnTime: 0, finishedLate: 0, online: 0, feeBearing: 0, paidOnline: 0, rated: 0, ratedSatisfied: 0,
};

export const ONLINE_CHANNELS = ["ONLINE", "NATIONAL_PORTAL"] as const;

export function isOnlineChannel(channel: string): boolean {
  return (ONLINE_CHANNELS as readonly string[]).includes(channel);
}

/** One rollup group (summed per agency × channel, say) with Prisma's nullable sums. */
export type RollupSums = {
  received?: number | null;
  finished?: number | null;
  finishedEarly?: number | null;
  finishedOnTime?: number | null;
  finishedLate?: number | null;
  feeBearing?: number | null;
  paidOnline?: number | null;
  ratedSatisfied?: number | null;
  ratedNeutral?: number | null;
  ratedDissatisfied?: number | null;
};

/** The counts of one channel's rollup sums. */
export function countsOf(channel: string, s: RollupSums): StatCounts {
  const received = s.received ?? 0;
  return {
    received,
    finished: s.finished ?? 0,
    finishedEarly: s.finishedEarly ?? 0,
    finishedOnTime: s.finishedOnTime ?? 0,
    finishedLate: s.finishedLate ?? 0,
    online: isOnlineChannel(channel) ? received : 0,
    feeBearing: s.feeBearing ?? 0,
    paidOnline: s.paidOnline ?? 0,
    rated: (s.ratedSatisfied ?? 0) + (s.ratedNeutral ?? 0) + (s.ratedDissatisfied ?? 0),
    ratedSatisfied: s.ratedSatisfied ?? 0,
  };
}

export function addCounts(a: StatCounts, b: StatCounts): StatCounts {
  const sum = { ...a };
  for (const k of Object.keys(sum) as (keyof StatCounts)[]) sum[k] += b[k];
  return sum;
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

export function sharesOf(c: StatCounts): StatShares {
  return {
    // Finished early counts as on time (766 timeliness: "early or on time").
    onTime: ratio(c.finishedEarly + c.finishedOnTime, c.finished),
    online: ratio(c.online, c.received),
    onlinePayment: ratio(c.paidOnline, c.feeBearing),
    satisfaction: ratio(c.ratedSatisfied, c.rated),
  };
}

/** "2026-11" → the rollup's month value (first day of that month, a DATE column read as UTC). */
export function monthDate(key: string): Date {
  const [y, m] = key.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, 1));
}

/** The Vietnam month of `now` and the n − 1 before it, oldest first, as "yyyy-mm". */
export function lastMonthKeys(now: Date, n: number): string[] {
  const [y, m] = vnDateKey(now).split("-").map(Number);
  return Array.from({ length: n }, (_, i) => new Date(Date.UTC(y, m - 1 - (n - 1 - i), 1)).toISOString().slice(0, 7));
}

export type StatPeriod = {
  kind: StatPeriodKind;
  year: number;
  /** 1–12: the month of a "month" period, the current month of a "year" period. */
  month: number;
  /** Rollup months from (inclusive) to (exclusive). */
  from: Date;
  to: Date;
};

/** This month or this year (so far), in Vietnam time. */
export function periodOf(kind: StatPeriodKind, now: Date): StatPeriod {
  const [year, month] = vnDateKey(now).split("-").map(Number);
  return kind === "month"
    ? { kind, year, month, from: new Date(Date.UTC(year, month - 1, 1)), to: new Date(Date.UTC(year, month, 1)) }
    : { kind, year, month, from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year + 1, 0, 1)) };
}

/**
 * Agencies ranked by on-time share, then satisfaction, then volume; agencies that finished
 * nothing in the period come last (no share to compare). Equal figures share a rank.
 */
export function rankAgencies<T extends { name: string; counts: StatCounts; shares: StatShares }>(rows: T[]): (T & { rank: number })[] {
  const key = (r: T) => [r.shares.onTime ?? -1, r.shares.satisfaction ?? -1, r.counts.received] as const;
  const collator = new Intl.Collator("vi");
  const sorted = [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return kb[0] - ka[0] || kb[1] - ka[1] || kb[2] - ka[2] || collator.compare(a.name, b.name);
  });
  let rank = 0;
  return sorted.map((r, i) => {
    const prev = sorted[i - 1];
    const tie = prev && key(prev).every((v, j) => v === key(r)[j]);
    if (!tie) rank = i + 1;
    return { ...r, rank };
  });
}
