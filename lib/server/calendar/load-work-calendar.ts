import "server-only";
import { db } from "@/lib/db";
import { buildCalendar, type WorkCalendar } from "@/lib/domain/working-days";

/**
 * The holiday calendar for working-day deadlines, read from the Holiday table on every call.
 * It is a few dozen rows (one indexed scan), and reading it each time means every app instance
 * sees an administrator's change at once: no per-instance cache that could disagree.
 */
export async function loadWorkCalendar(): Promise<WorkCalendar> {
  const days = await db.holiday.findMany({ select: { date: true, kind: true } });
  return buildCalendar(days);
}

/** Kept for callers written when the calendar was cached: there is nothing to forget any more. */
export function forgetWorkCalendar(): void {}
