// Memoised working-day arithmetic over lib/domain/working-days for the dossier generator:
// a million dossiers ask the same few thousand (day, n) questions, so each is computed once
// by the library function itself (same semantics as the app's deadlines).
import { addWorkingDays, isWorkingDayKey, vnDateKey, vnInstant, type WorkCalendar } from "@/lib/domain/working-days";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export class WorkDays {
  private readonly dueCache = new Map<string, { at: number; key: string }>();
  private readonly startCache = new Map<string, number>();
  private readonly workingCache = new Map<string, boolean>();

  constructor(readonly calendar: WorkCalendar) {}

  /** 00:00 Vietnam time of the day `key`, in ms since the epoch. */
  dayStart(key: string): number {
    let v = this.startCache.get(key);
    if (v === undefined) {
      v = vnInstant(key, 0).getTime();
      this.startCache.set(key, v);
    }
    return v;
  }

  /** `hours` (fractional) after midnight of `key`, Vietnam time. */
  at(key: string, hours: number): number {
    return this.dayStart(key) + hours * HOUR_MS;
  }

  isWorking(key: string): boolean {
    let v = this.workingCache.get(key);
    if (v === undefined) {
      v = isWorkingDayKey(key, this.calendar);
      this.workingCache.set(key, v);
    }
    return v;
  }

  /** The deadline (17:00 of the n-th working day after `key`), as addWorkingDays computes it. */
  due(key: string, n: number): { at: number; key: string } {
    const k = `${key}|${n}`;
    let v = this.dueCache.get(k);
    if (v === undefined) {
      const d = addWorkingDays(vnInstant(key, 12), n, this.calendar);
      v = { at: d.getTime(), key: vnDateKey(d) };
      this.dueCache.set(k, v);
    }
    return v;
  }

  /** The n-th working day after `key` (n = 0: `key` itself if working, else the next one). */
  addKey(key: string, n: number): string {
    return this.due(key, n).key;
  }

  static shiftKey(key: string, days: number): string {
    return new Date(Date.parse(`${key}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
  }
}


/** dd/mm/yyyy from a yyyy-mm-dd key, without Intl (called millions of times). */
export function keyToVnDate(key: string): string {
  return `${key.slice(8, 10)}/${key.slice(5, 7)}/${key.slice(0, 4)}`;
}
