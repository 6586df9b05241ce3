import { describe, expect, it } from "vitest";
import { HISTORY_DAYS, HISTORY_PER_PAIR, lateRisk, processingWorkingDays, typicalFromSamples, typicalTime } from "./likely-late";
import { EMPTY_CALENDAR, buildCalendar, vnInstant } from "./working-days";

// November 2026: Mon 02, Mon 09, Mon 16, Fri 20, Mon 23, Tue 24, Wed 25.
const at = (day: string, hour: number) => vnInstant(`2026-11-${day}`, hour);

describe("processingWorkingDays", () => {
  it("counts working days from receipt to decision, minus the supplement pause", () => {
    const s = { receivedAt: at("02", 9), finishedAt: at("09", 15), pausedWorkingDays: 0 };
    expect(processingWorkingDays(s, EMPTY_CALENDAR)).toBe(5); // Tue–Fri + Mon
    expect(processingWorkingDays({ ...s, pausedWorkingDays: 2 }, EMPTY_CALENDAR)).toBe(3);
    expect(processingWorkingDays({ ...s, pausedWorkingDays: 9 }, EMPTY_CALENDAR)).toBe(0); // never negative
  });
});

describe("typicalTime", () => {
  it("needs at least 5 samples", () => {
    expect(typicalTime([1, 2, 3, 4])).toBeNull();
  });

  it("median and 75th percentile, whatever the input order", () => {
    // sorted 2 4 4 5 6 8 10 12, linear interpolation between ranks: median at rank 3.5 of 0…7
    // → (5 + 6)/2; p75 at rank 0.75 × 7 = 5.25 → 8 + 0.25 × (10 − 8)
    expect(typicalTime([12, 4, 2, 10, 5, 8, 4, 6])).toEqual({ median: 5.5, p75: 8.5, samples: 8 });
  });
});

describe("typicalFromSamples", () => {
  // Dossier i took i + 1 working days (received Mon 02/11 09:00, decided i + 1 working days later).
  const decided = (i: number, submittedAt: Date) => ({ submittedAt, receivedAt: at("02", 9), finishedAt: new Date(at("02", 9).getTime() + (i + 1) * 86_400_000 + (i >= 4 ? 2 * 86_400_000 : 0)), pausedWorkingDays: 0 });

  it("uses the newest HISTORY_PER_PAIR samples only", () => {
    const newestFirst = Array.from({ length: HISTORY_PER_PAIR + 40 }, (_, i) => decided(i % 4, new Date(at("20", 9).getTime() - i * 3_600_000)));
    const r = typicalFromSamples(newestFirst, EMPTY_CALENDAR);
    expect(r.samples).toBe(HISTORY_PER_PAIR);
    expect(r.newestSubmittedAt).toEqual(at("20", 9));
    expect(r.typical).toEqual(typicalTime(newestFirst.slice(0, HISTORY_PER_PAIR).map((s) => processingWorkingDays(s, EMPTY_CALENDAR))));
  });

  it("drops samples submitted more than HISTORY_DAYS before the newest, whatever today is", () => {
    const newest = at("20", 9);
    const old = new Date(newest.getTime() - (HISTORY_DAYS + 1) * 86_400_000);
    const newestFirst = [0, 1, 2, 3].map((i) => decided(i, newest)).concat([decided(3, old), decided(3, old)]);
    const r = typicalFromSamples(newestFirst, EMPTY_CALENDAR);
    expect(r.samples).toBe(4);
    expect(r.typical).toBeNull(); // 4 < MIN_SAMPLES once the old ones are dropped
    expect(typicalFromSamples([...newestFirst.slice(0, 4), decided(1, newest), ...newestFirst.slice(4)], EMPTY_CALENDAR).typical).toEqual({ median: 2, p75: 3, samples: 5 });
  });

  it("knows nothing without samples", () => {
    expect(typicalFromSamples([], EMPTY_CALENDAR)).toEqual({ typical: null, samples: 0, newestSubmittedAt: null });
  });
});

describe("lateRisk", () => {
  const typical = (p75: number) => ({ median: p75, p75, samples: 10 });
  // Received Mon 16, now Mon 23 10:00 (5 working days elapsed), due Wed 25 17:00 (2 left).
  const d = { receivedAt: at("16", 8), dueAt: at("25", 17), pausedWorkingDays: 0 };
  const now = at("23", 10);

  it("flags a dossier whose days left are fewer than the typical days still needed", () => {
    expect(lateRisk(d, typical(9), now, EMPTY_CALENDAR)).toEqual({ daysLeft: 2, elapsed: 5, stillNeeded: 4, likelyLate: true });
  });

  it("the supplement pause does not count as elapsed", () => {
    expect(lateRisk({ ...d, pausedWorkingDays: 3 }, typical(6), now, EMPTY_CALENDAR)).toMatchObject({ elapsed: 2, stillNeeded: 4, likelyLate: true });
  });

  it("enough days left, or exactly enough: not flagged", () => {
    expect(lateRisk(d, typical(6), now, EMPTY_CALENDAR)).toMatchObject({ stillNeeded: 1, likelyLate: false });
    expect(lateRisk(d, typical(7), now, EMPTY_CALENDAR)).toMatchObject({ stillNeeded: 2, likelyLate: false });
    expect(lateRisk(d, typical(6.2), now, EMPTY_CALENDAR)).toMatchObject({ stillNeeded: 2, likelyLate: false }); // rounded up
  });

  it("no trusted history: never flagged", () => {
    expect(lateRisk(d, null, now, EMPTY_CALENDAR).likelyLate).toBe(false);
  });

  it("a holiday shortens the days left", () => {
    const cal = buildCalendar([{ date: "2026-11-24", kind: "HOLIDAY" }]);
    expect(lateRisk(d, typical(7), now, cal)).toMatchObject({ daysLeft: 1, likelyLate: true });
  });

  it("already past due (even later on the due day): late, not likely late", () => {
    expect(lateRisk({ ...d, dueAt: at("20", 17) }, typical(20), now, EMPTY_CALENDAR)).toMatchObject({ likelyLate: false });
    const r = lateRisk({ ...d, dueAt: at("23", 9) }, typical(20), now, EMPTY_CALENDAR);
    expect(r.daysLeft).toBe(-1);
    expect(r.likelyLate).toBe(false);
  });

  it("due later today: 0 days left, flagged when anything is still needed", () => {
    expect(lateRisk({ ...d, dueAt: at("23", 17) }, typical(7), now, EMPTY_CALENDAR)).toMatchObject({ daysLeft: 0, stillNeeded: 2, likelyLate: true });
  });
});
