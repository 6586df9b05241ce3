// Months of the leaders' dashboards as "yyyy-mm" keys (Vietnam calendar), and the rollup's
// DATE values they stand for. Pure; the current month comes from the clock passed in.
import { vnDateKey } from "./working-days";

export type MonthKey = string;

export const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The Vietnam month of an instant. */
export function monthOf(now: Date): MonthKey {
  return vnDateKey(now).slice(0, 7);
}

/** `key` moved by `n` months (negative: back). */
export function shiftMonth(key: MonthKey, n: number): MonthKey {
  const [y, m] = key.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1 + n, 1)).toISOString().slice(0, 7);
}

/** The `count` months ending with `last`, oldest first. */
export function monthsEndingAt(last: MonthKey, count: number): MonthKey[] {
  return Array.from({ length: count }, (_, i) => shiftMonth(last, i - (count - 1)));
}

/** The rollup's month value: the first day of the month, a DATE column read as UTC midnight. */
export function monthStart(key: MonthKey): Date {
  return new Date(`${key}-01T00:00:00Z`);
}

/** "2026-11" → "11/2026" */
export function monthLabel(key: MonthKey): string {
  return `${key.slice(5, 7)}/${key.slice(0, 4)}`;
}

/** A requested month if valid and within the `span` months ending now, else the current month. */
export function clampMonth(requested: string | undefined, now: Date, span: number): MonthKey {
  const current = monthOf(now);
  if (!requested || !MONTH_KEY.test(requested)) return current;
  const oldest = shiftMonth(current, -(span - 1));
  return requested > current || requested < oldest ? current : requested;
}
