// Legal deadlines count working days: no Saturdays or Sundays, no public holidays, except the
// weekend days the government declares as make-up working days (làm bù). Calendar days are
// those of Vietnam (UTC+7, no daylight saving). Pure functions; the calendar comes from the
// Holiday table through lib/server.

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** A working day ends at 17:00 Vietnam time: deadlines fall at that moment. */
export const END_OF_WORKING_DAY_HOUR = 17;

export type WorkCalendar = {
  /** yyyy-mm-dd of public holidays (Vietnam dates). */
  holidays: ReadonlySet<string>;
  /** yyyy-mm-dd of weekend days declared working days. */
  workingWeekends: ReadonlySet<string>;
};

export const EMPTY_CALENDAR: WorkCalendar = { holidays: new Set(), workingWeekends: new Set() };

export function buildCalendar(days: { date: Date | string; kind: "HOLIDAY" | "WORKING_DAY" }[]): WorkCalendar {
  const holidays = new Set<string>();
  const workingWeekends = new Set<string>();
  for (const d of days) {
    const key = typeof d.date === "string" ? d.date.slice(0, 10) : d.date.toISOString().slice(0, 10);
    (d.kind === "HOLIDAY" ? holidays : workingWeekends).add(key);
  }
  return { holidays, workingWeekends };
}

/** Vietnam calendar date (yyyy-mm-dd) of an instant. */
export function vnDateKey(instant: Date): string {
  return new Date(instant.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant at `hour`:00 Vietnam time on the Vietnam date `key`. */
export function vnInstant(key: string, hour = 0): Date {
  return new Date(Date.parse(`${key}T00:00:00Z`) - VN_OFFSET_MS + hour * 60 * 60 * 1000);
}

function shiftKey(key: string, days: number): string {
  return new Date(Date.parse(`${key}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function isWorkingDayKey(key: string, cal: WorkCalendar): boolean {
  if (cal.holidays.has(key)) return false;
  if (cal.workingWeekends.has(key)) return true;
  const dow = new Date(`${key}T00:00:00Z`).getUTCDay();
  return dow !== 0 && dow !== 6;
}

export function isWorkingDay(instant: Date, cal: WorkCalendar): boolean {
  return isWorkingDayKey(vnDateKey(instant), cal);
}

/**
 * The Vietnam date on which something received at `instant` counts as received: the same
 * day when it arrives on a working day before 17:00, otherwise the next working day (a
 * dossier submitted online on Saturday, or at 20:00, is received the next working morning).
 */
export function effectiveReceiptKey(instant: Date, cal: WorkCalendar): string {
  let key = vnDateKey(instant);
  const hour = new Date(instant.getTime() + VN_OFFSET_MS).getUTCHours();
  if (isWorkingDayKey(key, cal) && hour < END_OF_WORKING_DAY_HOUR) return key;
  do key = shiftKey(key, 1);
  while (!isWorkingDayKey(key, cal));
  return key;
}

/**
 * The deadline of something received at `start` that takes `days` working days: 17:00 on the
 * `days`-th working day after the day it counts as received (see effectiveReceiptKey; that
 * day itself is not counted). `days` = 0 means 17:00 of that receipt day.
 */
export function addWorkingDays(start: Date, days: number, cal: WorkCalendar): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a whole number ≥ 0, got ${days}`);
  let key = effectiveReceiptKey(start, cal);
  let left = days;
  while (left > 0) {
    key = shiftKey(key, 1);
    if (isWorkingDayKey(key, cal)) left -= 1;
  }
  return vnInstant(key, END_OF_WORKING_DAY_HOUR);
}

/**
 * Working days from the day after `from` up to and including the day of `to` (Vietnam dates).
 * When `to` is before `from`, minus the working days from the day after `to` up to and
 * including the day of `from`, so that swapping the ends flips the sign. Used for "time left"
 * and lateness.
 */
export function workingDaysBetween(from: Date, to: Date, cal: WorkCalendar): number {
  const a = vnDateKey(from);
  const b = vnDateKey(to);
  if (a === b) return 0;
  if (b < a) return 0 - workingDaysBetween(to, from, cal); // 0 - 0 is +0, never -0
  let key = a;
  let count = 0;
  while (key !== b) {
    key = shiftKey(key, 1);
    if (isWorkingDayKey(key, cal)) count += 1;
  }
  return count;
}

/**
 * The working-day thresholds after `from`: element k - 1 is the first instant (00:00 Vietnam
 * time) of the k-th working day after from's date, for k = 1..count. For any `to` ≥ from,
 * workingDaysBetween(from, to, cal) < k exactly when to < thresholds[k - 1]; a query can thus
 * compare timestamps with "fewer than k working days from now" without a calendar table.
 */
export function workingDayThresholds(from: Date, count: number, cal: WorkCalendar): Date[] {
  const out: Date[] = [];
  let key = vnDateKey(from);
  while (out.length < count) {
    key = shiftKey(key, 1);
    if (isWorkingDayKey(key, cal)) out.push(vnInstant(key));
  }
  return out;
}

/**
 * workingDaysBetween for many pairs of instants on few distinct dates (e.g. thousands of open
 * dossiers against today): each pair of Vietnam dates is counted once.
 */
export function memoizedWorkingDaysBetween(cal: WorkCalendar): (from: Date, to: Date) => number {
  const memo = new Map<string, number>();
  return (from, to) => {
    const key = `${vnDateKey(from)}|${vnDateKey(to)}`;
    let n = memo.get(key);
    if (n === undefined) memo.set(key, (n = workingDaysBetween(from, to, cal)));
    return n;
  };
}
