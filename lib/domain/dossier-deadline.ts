// Deadline rules of a dossier beyond plain working-day counting. Pure functions.
import type { FinishTiming } from "@/lib/generated/prisma/enums";
import { addWorkingDays, END_OF_WORKING_DAY_HOUR, vnDateKey, vnInstant, workingDaysBetween, type WorkCalendar } from "./working-days";

/**
 * Early / on time / late, as the national index counts it: late when decided after the
 * deadline or when an apology (with a new date) had to be issued; early when decided on a
 * day before the deadline's day.
 */
export function finishTimingOf(finishedAt: Date, dueAt: Date | null, apologyIssued: boolean): FinishTiming {
  if (apologyIssued) return "LATE";
  if (!dueAt) return "ON_TIME";
  if (finishedAt.getTime() > dueAt.getTime()) return "LATE";
  return vnDateKey(finishedAt) < vnDateKey(dueAt) ? "EARLY" : "ON_TIME";
}

/**
 * The legal clock stops while the applicant supplements documents. When they answer, the
 * deadline moves by the working days the dossier waited (counted from the day after the
 * request up to the day of the answer).
 */
export function resumeAfterSupplement(
  dueAt: Date | null,
  pausedAt: Date,
  resumedAt: Date,
  cal: WorkCalendar,
): { dueAt: Date | null; pausedWorkingDays: number } {
  const waited = Math.max(0, workingDaysBetween(pausedAt, resumedAt, cal));
  if (!dueAt || waited === 0) return { dueAt, pausedWorkingDays: waited };
  // Move from the deadline's own day, keeping the 17:00 end of day.
  const fromDay = vnInstant(vnDateKey(dueAt), 9);
  return { dueAt: addWorkingDays(fromDay, waited, cal), pausedWorkingDays: waited };
}

/** A new appointment date given in an apology must be a working day after now. */
export function isValidNewDueDate(candidate: Date, now: Date, cal: WorkCalendar): boolean {
  const key = vnDateKey(candidate);
  return candidate.getTime() > now.getTime() && addWorkingDays(vnInstant(key, 9), 0, cal).getTime() === vnInstant(key, END_OF_WORKING_DAY_HOUR).getTime();
}
