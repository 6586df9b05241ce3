import { describe, it, expect } from "vitest";
import {
  EMPTY_CALENDAR,
  END_OF_WORKING_DAY_HOUR,
  addWorkingDays,
  effectiveReceiptKey,
  buildCalendar,
  isWorkingDay,
  isWorkingDayKey,
  vnDateKey,
  vnInstant,
  memoizedWorkingDaysBetween,
  workingDaysBetween,
  workingDayThresholds,
  type WorkCalendar,
} from "./working-days";

// Vietnam is UTC+7 all year: 17:00 in Vietnam = 10:00 UTC, 00:00 in Vietnam = 17:00 UTC of the day before.
// Weekdays used below (checked by hand): 2026-01-01 Thu, 2026-01-09 Fri, 2026-01-10 Sat,
// 2026-02-13 Fri, 2026-02-14 Sat, 2026-02-22 Sun, 2026-02-23 Mon, 2026-03-02 Mon, 2026-03-06 Fri,
// 2026-03-07 Sat, 2026-12-31 Thu, 2027-01-01 Fri, 2025-12-31 Wed.

/** Tết Bính Ngọ 2026: 14/02/2026 (Sat) – 22/02/2026 (Sun), as the Holiday table stores it. */
const TET_2026 = buildCalendar(
  ["2026-02-14", "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-21", "2026-02-22"].map(
    (date) => ({ date, kind: "HOLIDAY" as const }),
  ),
);

/** New Year's Day 2026 and 2027 as holidays; Prisma returns @db.Date columns as UTC midnight Dates. */
const NEW_YEAR = buildCalendar([
  { date: new Date("2026-01-01T00:00:00Z"), kind: "HOLIDAY" },
  { date: new Date("2027-01-01T00:00:00Z"), kind: "HOLIDAY" },
]);

/** Saturday 10/01/2026 declared a make-up working day (làm bù). */
const MAKE_UP_SATURDAY = buildCalendar([{ date: "2026-01-10", kind: "WORKING_DAY" }]);

describe("buildCalendar", () => {
  it("sorts days by kind and keys them by yyyy-mm-dd, from strings or UTC-midnight Dates", () => {
    const cal = buildCalendar([
      { date: "2026-09-02", kind: "HOLIDAY" },
      { date: "2026-04-30T00:00:00.000Z", kind: "HOLIDAY" },
      { date: new Date("2026-05-01T00:00:00Z"), kind: "HOLIDAY" },
      { date: new Date("2026-05-09T00:00:00Z"), kind: "WORKING_DAY" },
    ]);
    expect([...cal.holidays].sort()).toEqual(["2026-04-30", "2026-05-01", "2026-09-02"]);
    expect([...cal.workingWeekends]).toEqual(["2026-05-09"]);
  });

  it("builds an empty calendar from no days", () => {
    const cal = buildCalendar([]);
    expect(cal.holidays.size).toBe(0);
    expect(cal.workingWeekends.size).toBe(0);
  });
});

describe("vnDateKey / vnInstant", () => {
  it.each([
    // instant (UTC)              Vietnam date
    ["2026-03-04T03:00:00Z", "2026-03-04"], // 10:00 in Vietnam
    ["2026-03-04T16:59:59.999Z", "2026-03-04"], // 23:59:59.999 in Vietnam
    ["2026-03-04T17:00:00Z", "2026-03-05"], // midnight in Vietnam
    ["2026-03-04T23:30:00Z", "2026-03-05"], // 06:30 next day in Vietnam
    ["2026-12-31T17:00:00Z", "2027-01-01"], // new year starts 7 hours earlier in Vietnam
    ["2025-12-31T16:59:00Z", "2025-12-31"],
  ])("vnDateKey(%s) = %s", (iso, key) => {
    expect(vnDateKey(new Date(iso))).toBe(key);
  });

  it.each([
    ["2026-03-04", 0, "2026-03-03T17:00:00.000Z"],
    ["2026-03-04", 17, "2026-03-04T10:00:00.000Z"],
    ["2026-03-04", 8, "2026-03-04T01:00:00.000Z"],
    ["2027-01-01", 0, "2026-12-31T17:00:00.000Z"],
  ] as const)("vnInstant(%s, %i) = %s", (key, hour, iso) => {
    expect(vnInstant(key, hour).toISOString()).toBe(iso);
  });

  it("vnInstant defaults to midnight", () => {
    expect(vnInstant("2026-02-24").toISOString()).toBe("2026-02-23T17:00:00.000Z");
  });

  it("round-trips a date key through every hour of the Vietnam day", () => {
    for (const key of ["2026-01-01", "2026-02-28", "2026-12-31", "2028-02-29"]) {
      for (let hour = 0; hour < 24; hour++) expect(vnDateKey(vnInstant(key, hour))).toBe(key);
    }
  });

  it("deadlines end at 17:00", () => {
    expect(END_OF_WORKING_DAY_HOUR).toBe(17);
  });
});

describe("isWorkingDay", () => {
  it.each([
    // instant (UTC)            calendar             working?
    ["2026-03-02T03:00:00Z", EMPTY_CALENDAR, true], // Mon
    ["2026-03-06T03:00:00Z", EMPTY_CALENDAR, true], // Fri
    ["2026-03-07T03:00:00Z", EMPTY_CALENDAR, false], // Sat
    ["2026-03-08T03:00:00Z", EMPTY_CALENDAR, false], // Sun
    ["2026-03-06T17:30:00Z", EMPTY_CALENDAR, false], // Fri in UTC, already Sat 00:30 in Vietnam
    ["2026-03-08T17:30:00Z", EMPTY_CALENDAR, true], // Sun in UTC, already Mon 00:30 in Vietnam
    ["2026-02-17T03:00:00Z", TET_2026, false], // Tue, Tết
    ["2026-02-17T03:00:00Z", EMPTY_CALENDAR, true], // same Tue without the calendar
    ["2026-02-13T03:00:00Z", TET_2026, true], // Fri before Tết
    ["2026-02-23T03:00:00Z", TET_2026, true], // Mon after Tết
    ["2026-01-01T03:00:00Z", NEW_YEAR, false], // Thu, New Year's Day
    ["2026-01-10T03:00:00Z", MAKE_UP_SATURDAY, true], // make-up Saturday
    ["2026-01-10T03:00:00Z", EMPTY_CALENDAR, false],
    ["2026-01-17T03:00:00Z", MAKE_UP_SATURDAY, false], // an ordinary Saturday of the same calendar
  ] as [string, WorkCalendar, boolean][])("%s → %s", (iso, cal, expected) => {
    expect(isWorkingDay(new Date(iso), cal)).toBe(expected);
  });

  it("a holiday wins over a make-up declaration of the same day", () => {
    const cal = buildCalendar([
      { date: "2026-05-02", kind: "HOLIDAY" },
      { date: "2026-05-02", kind: "WORKING_DAY" },
    ]);
    expect(isWorkingDayKey("2026-05-02", cal)).toBe(false);
  });
});

describe("addWorkingDays", () => {
  type Case = [name: string, start: string, days: number, cal: WorkCalendar, deadline: string];
  const cases: Case[] = [
    // Receipt day is not counted; deadline is 17:00 Vietnam (10:00 UTC) of the N-th working day after it.
    ["Mon + 1 → Tue", "2026-03-02T03:00:00Z", 1, EMPTY_CALENDAR, "2026-03-03T10:00:00Z"],
    ["Mon + 4 → Fri, same week", "2026-03-02T03:00:00Z", 4, EMPTY_CALENDAR, "2026-03-06T10:00:00Z"],
    ["Thu + 2 → Mon, across the weekend", "2026-03-05T03:00:00Z", 2, EMPTY_CALENDAR, "2026-03-09T10:00:00Z"],
    ["Fri + 1 → Mon", "2026-03-06T03:00:00Z", 1, EMPTY_CALENDAR, "2026-03-09T10:00:00Z"],
    ["Fri + 3 → Wed", "2026-03-06T03:00:00Z", 3, EMPTY_CALENDAR, "2026-03-11T10:00:00Z"],
    ["Fri + 10 → Fri two weeks later", "2026-03-06T03:00:00Z", 10, EMPTY_CALENDAR, "2026-03-20T10:00:00Z"],
    ["Sat counts as received Mon: + 1 → Tue", "2026-03-07T03:00:00Z", 1, EMPTY_CALENDAR, "2026-03-10T10:00:00Z"],
    ["Sat counts as received Mon: + 5 → next Mon", "2026-03-07T03:00:00Z", 5, EMPTY_CALENDAR, "2026-03-16T10:00:00Z"],
    ["Sun counts as received Mon: + 1 → Tue", "2026-03-08T03:00:00Z", 1, EMPTY_CALENDAR, "2026-03-10T10:00:00Z"],
    // Tết 2026: Fri 13/02 is the last working day before, Mon 23/02 the first after.
    ["Thu 12/02 + 3 → Tue 24/02, across Tết", "2026-02-12T03:00:00Z", 3, TET_2026, "2026-02-24T10:00:00Z"],
    ["Fri 13/02 + 1 → Mon 23/02", "2026-02-13T03:00:00Z", 1, TET_2026, "2026-02-23T10:00:00Z"],
    ["Fri 13/02 + 2 → Tue 24/02", "2026-02-13T03:00:00Z", 2, TET_2026, "2026-02-24T10:00:00Z"],
    ["Tue 17/02 (Tết) counts as received Mon 23/02: + 1 → Tue 24/02", "2026-02-17T03:00:00Z", 1, TET_2026, "2026-02-24T10:00:00Z"],
    ["Thu 12/02 + 3 without the calendar → Tue 17/02", "2026-02-12T03:00:00Z", 3, EMPTY_CALENDAR, "2026-02-17T10:00:00Z"],
    // Year end.
    ["Wed 31/12/2025 + 1 → Fri 02/01/2026 (01/01 off)", "2025-12-31T03:00:00Z", 1, NEW_YEAR, "2026-01-02T10:00:00Z"],
    ["Thu 31/12/2026 + 1 → Mon 04/01/2027 (Fri 01/01 off, then weekend)", "2026-12-31T03:00:00Z", 1, NEW_YEAR, "2027-01-04T10:00:00Z"],
    ["Thu 31/12/2026 + 2 → Tue 05/01/2027", "2026-12-31T03:00:00Z", 2, NEW_YEAR, "2027-01-05T10:00:00Z"],
    // Make-up Saturday 10/01/2026 counts.
    ["Fri 09/01 + 1 → make-up Sat 10/01", "2026-01-09T03:00:00Z", 1, MAKE_UP_SATURDAY, "2026-01-10T10:00:00Z"],
    ["Fri 09/01 + 2 → Mon 12/01", "2026-01-09T03:00:00Z", 2, MAKE_UP_SATURDAY, "2026-01-12T10:00:00Z"],
    ["Fri 09/01 + 1 without it → Mon 12/01", "2026-01-09T03:00:00Z", 1, EMPTY_CALENDAR, "2026-01-12T10:00:00Z"],
    // 0 days: the end of the day of receipt, or of the next working day.
    ["Wed + 0 → same Wed", "2026-03-04T02:00:00Z", 0, EMPTY_CALENDAR, "2026-03-04T10:00:00Z"],
    ["Sat + 0 → Mon", "2026-03-07T03:00:00Z", 0, EMPTY_CALENDAR, "2026-03-09T10:00:00Z"],
    ["Tết + 0 → Mon 23/02", "2026-02-18T03:00:00Z", 0, TET_2026, "2026-02-23T10:00:00Z"],
    ["make-up Sat + 0 → same Sat", "2026-01-10T03:00:00Z", 0, MAKE_UP_SATURDAY, "2026-01-10T10:00:00Z"],
    // Vietnam day boundaries.
    ["Thu 23:30 UTC is Fri 06:30 in Vietnam: + 1 → Mon", "2026-03-05T23:30:00Z", 1, EMPTY_CALENDAR, "2026-03-09T10:00:00Z"],
    ["Thu 09:59 UTC is Thu 16:59 in Vietnam, within hours: + 1 → Fri", "2026-03-05T09:59:00Z", 1, EMPTY_CALENDAR, "2026-03-06T10:00:00Z"],
    ["Thu 10:00 UTC is Thu 17:00 in Vietnam, after hours: + 1 → Mon", "2026-03-05T10:00:00Z", 1, EMPTY_CALENDAR, "2026-03-09T10:00:00Z"],
    ["Thu 16:59 UTC is Thu 23:59 in Vietnam, after hours: + 0 → Fri", "2026-03-05T16:59:00Z", 0, EMPTY_CALENDAR, "2026-03-06T10:00:00Z"],
    ["Fri 23:30 UTC is Sat in Vietnam: + 0 → Mon", "2026-03-06T23:30:00Z", 0, EMPTY_CALENDAR, "2026-03-09T10:00:00Z"],
    ["Sun 17:00 UTC is Mon 00:00 in Vietnam: + 1 → Tue", "2026-03-08T17:00:00Z", 1, EMPTY_CALENDAR, "2026-03-10T10:00:00Z"],
  ];

  it.each(cases)("%s", (_name, start, days, cal, deadline) => {
    expect(addWorkingDays(new Date(start), days, cal)).toEqual(new Date(deadline));
  });

  it("ignores the time of day of receipt within working hours, and moves after-hours receipts to the next day", () => {
    // 00:00, 08:00 and 16:59 on Mon 02/03/2026 in Vietnam count as Monday.
    for (const iso of ["2026-03-01T17:00:00Z", "2026-03-02T01:00:00Z", "2026-03-02T09:59:00Z"]) {
      expect(addWorkingDays(new Date(iso), 1, EMPTY_CALENDAR)).toEqual(new Date("2026-03-03T10:00:00Z"));
    }
    // 17:00 and 23:59 count as Tuesday.
    for (const iso of ["2026-03-02T10:00:00Z", "2026-03-02T16:59:00Z"]) {
      expect(addWorkingDays(new Date(iso), 1, EMPTY_CALENDAR)).toEqual(new Date("2026-03-04T10:00:00Z"));
    }
  });

  it("effectiveReceiptKey: a receipt on a day off or after 17:00 counts on the next working day", () => {
    expect(effectiveReceiptKey(new Date("2026-03-04T02:00:00Z"), EMPTY_CALENDAR)).toBe("2026-03-04");
    expect(effectiveReceiptKey(new Date("2026-03-04T10:00:00Z"), EMPTY_CALENDAR)).toBe("2026-03-05");
    expect(effectiveReceiptKey(new Date("2026-03-06T12:00:00Z"), EMPTY_CALENDAR)).toBe("2026-03-09");
    expect(effectiveReceiptKey(new Date("2026-02-13T11:00:00Z"), TET_2026)).toBe("2026-02-23");
    expect(effectiveReceiptKey(new Date("2026-01-10T03:00:00Z"), MAKE_UP_SATURDAY)).toBe("2026-01-10");
  });

  it.each([-1, -10, 0.5, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("refuses %s days", (days) => {
    expect(() => addWorkingDays(new Date("2026-03-02T03:00:00Z"), days, EMPTY_CALENDAR)).toThrow(RangeError);
  });

  it("does not mutate the start instant", () => {
    const start = new Date("2026-03-02T03:00:00Z");
    addWorkingDays(start, 5, EMPTY_CALENDAR);
    expect(start.toISOString()).toBe("2026-03-02T03:00:00.000Z");
  });
});

describe("workingDaysBetween", () => {
  type Case = [name: string, from: string, to: string, cal: WorkCalendar, expected: number];
  const cases: Case[] = [
    ["same instant", "2026-03-04T03:00:00Z", "2026-03-04T03:00:00Z", EMPTY_CALENDAR, 0],
    ["same Vietnam day, different hours", "2026-03-04T01:00:00Z", "2026-03-04T16:59:00Z", EMPTY_CALENDAR, 0],
    ["same weekend day", "2026-03-07T01:00:00Z", "2026-03-07T12:00:00Z", EMPTY_CALENDAR, 0],
    ["Mon → Tue", "2026-03-02T03:00:00Z", "2026-03-03T03:00:00Z", EMPTY_CALENDAR, 1],
    ["Mon → Fri", "2026-03-02T03:00:00Z", "2026-03-06T03:00:00Z", EMPTY_CALENDAR, 4],
    ["Fri → Mon (weekend not counted)", "2026-03-06T03:00:00Z", "2026-03-09T03:00:00Z", EMPTY_CALENDAR, 1],
    ["Fri → Sun", "2026-03-06T03:00:00Z", "2026-03-08T03:00:00Z", EMPTY_CALENDAR, 0],
    ["Mon → Mon next week", "2026-03-02T03:00:00Z", "2026-03-09T03:00:00Z", EMPTY_CALENDAR, 5],
    ["Tue → Mon (backward)", "2026-03-03T03:00:00Z", "2026-03-02T03:00:00Z", EMPTY_CALENDAR, -1],
    ["Mon → Fri before (backward, across the weekend)", "2026-03-09T03:00:00Z", "2026-03-06T03:00:00Z", EMPTY_CALENDAR, -1],
    ["Mon next week → Mon (backward)", "2026-03-09T03:00:00Z", "2026-03-02T03:00:00Z", EMPTY_CALENDAR, -5],
    ["Sun → Fri before (backward, nothing but the weekend)", "2026-03-08T03:00:00Z", "2026-03-06T03:00:00Z", EMPTY_CALENDAR, 0],
    ["Fri 13/02 → Mon 23/02 across Tết", "2026-02-13T03:00:00Z", "2026-02-23T03:00:00Z", TET_2026, 1],
    ["Thu 12/02 → Tue 24/02 across Tết", "2026-02-12T03:00:00Z", "2026-02-24T03:00:00Z", TET_2026, 3],
    ["Thu 12/02 → Tue 24/02 without the calendar", "2026-02-12T03:00:00Z", "2026-02-24T03:00:00Z", EMPTY_CALENDAR, 8],
    ["Tue 24/02 → Thu 12/02 across Tết (backward)", "2026-02-24T03:00:00Z", "2026-02-12T03:00:00Z", TET_2026, -3],
    ["Wed 31/12/2025 → Fri 02/01/2026", "2025-12-31T03:00:00Z", "2026-01-02T03:00:00Z", NEW_YEAR, 1],
    ["Fri 09/01 → Mon 12/01 with a make-up Saturday", "2026-01-09T03:00:00Z", "2026-01-12T03:00:00Z", MAKE_UP_SATURDAY, 2],
    ["Vietnam dates, not UTC: Thu 23:30 UTC (Fri) → Fri", "2026-03-05T23:30:00Z", "2026-03-06T10:00:00Z", EMPTY_CALENDAR, 0],
    ["Vietnam dates, not UTC: Thu → Thu 23:30 UTC (Fri)", "2026-03-05T03:00:00Z", "2026-03-05T23:30:00Z", EMPTY_CALENDAR, 1],
  ];

  it.each(cases)("memoised: %s", (_name, from, to, cal, expected) => {
    const between = memoizedWorkingDaysBetween(cal);
    expect(between(new Date(from), new Date(to))).toBe(expected);
    expect(between(new Date(from), new Date(to))).toBe(expected); // from the memo
  });

  it.each(cases)("%s", (_name, from, to, cal, expected) => {
    expect(workingDaysBetween(new Date(from), new Date(to), cal)).toBe(expected);
  });

  it("agrees with addWorkingDays", () => {
    for (const start of ["2026-02-12T03:00:00Z", "2026-02-13T03:00:00Z", "2026-02-10T03:00:00Z"]) {
      for (let n = 0; n <= 12; n++) {
        const from = new Date(start);
        expect(workingDaysBetween(from, addWorkingDays(from, n, TET_2026), TET_2026)).toBe(n);
      }
    }
  });

  it("is antisymmetric: swapping the ends flips the sign", () => {
    // Every ordered pair of days from Thu 12/02 to Wed 25/02/2026 (Tết, weekends, working days).
    const days = Array.from({ length: 14 }, (_, i) => vnInstant(`2026-02-${String(12 + i).padStart(2, "0")}`, 9));
    for (const a of days) {
      for (const b of days) {
        expect(workingDaysBetween(b, a, TET_2026), `${a.toISOString()} ⇄ ${b.toISOString()}`).toBe(0 - workingDaysBetween(a, b, TET_2026));
      }
    }
  });
});

describe("workingDayThresholds", () => {
  it("gives the start (00:00 Vietnam time) of each following working day, across Tết", () => {
    // Friday 13/02/2026 15:00 Vietnam time; Tết runs 14–22/02, so the next working days are 23, 24, 25/02.
    const from = new Date("2026-02-13T08:00:00Z");
    const t = workingDayThresholds(from, 3, TET_2026);
    expect(t.map((d) => d.toISOString())).toEqual(["2026-02-22T17:00:00.000Z", "2026-02-23T17:00:00.000Z", "2026-02-24T17:00:00.000Z"]);
  });

  it("splits instants exactly where workingDaysBetween reaches k (every hour over 40 days)", () => {
    for (const [cal, fromIso] of [[TET_2026, "2026-02-10T11:30:00Z"], [MAKE_UP_SATURDAY, "2026-01-08T16:59:00Z"], [NEW_YEAR, "2026-12-30T02:00:00Z"]] as const) {
      const from = new Date(fromIso);
      const thresholds = workingDayThresholds(from, 30, cal);
      const wrong: string[] = [];
      let checked = 0;
      for (let h = 0; h < 40 * 24; h++) {
        const to = new Date(from.getTime() + h * 3_600_000);
        const days = workingDaysBetween(from, to, cal);
        for (let k = 1; k <= 30; k++) {
          if (to.getTime() < thresholds[k - 1].getTime() !== days < k) wrong.push(`${to.toISOString()} k=${k}`);
          checked += 1;
        }
      }
      expect(wrong).toEqual([]);
      expect(checked).toBe(40 * 24 * 30);
    }
  });
});
