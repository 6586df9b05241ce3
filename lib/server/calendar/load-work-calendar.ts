import "server-only";
import { db } from "@/lib/db";
import { buildCalendar, type WorkCalendar } from "@/lib/domain/working-days";

let cached: { calendar: WorkCalendar; at: number } | undefined;
const TTL_MS = 60_000;

/**
 * The holiday calendar for working-day deadlines. A few dozen rows, read at most once a minute
 * per instance; administrators' edits are visible within that minute.
 */
export async function loadWorkCalendar(): Promise<WorkCalendar> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.calendar;
  const days = await db.holiday.findMany({ select: { date: true, kind: true } });
  const calendar = buildCalendar(days);
  cached = { calendar, at: Date.now() };
  return calendar;
}

export function forgetWorkCalendar(): void {
  cached = undefined;
}
