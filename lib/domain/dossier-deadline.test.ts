import { describe, expect, it } from "vitest";
import { finishTimingOf, isValidNewDueDate, resumeAfterSupplement } from "./dossier-deadline";
import { EMPTY_CALENDAR, buildCalendar } from "./working-days";

// Vietnam is UTC+7: 17:00 in Vietnam = 10:00 UTC; 00:00 in Vietnam = 17:00 UTC the day before.
// Weekdays (checked by hand): 2026-02-10 Tue, 02-11 Wed, 02-12 Thu, 02-13 Fri, 02-14 Sat,
// 02-22 Sun, 02-23 Mon, 02-24 Tue, 02-25 Wed, 02-26 Thu, 02-27 Fri, 03-02 Mon, 03-04 Wed,
// 03-05 Thu, 03-06 Fri, 03-07 Sat, 03-08 Sun, 03-09 Mon, 03-10 Tue.

/** Tết Bính Ngọ 2026: 14/02/2026 (Sat) – 22/02/2026 (Sun), as the Holiday table stores it. */
const TET_2026 = buildCalendar(
  ["2026-02-14", "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-21", "2026-02-22"].map(
    (date) => ({ date, kind: "HOLIDAY" as const }),
  ),
);

const at = (iso: string) => new Date(iso);

describe("finishTimingOf", () => {
  const DUE = at("2026-03-06T10:00:00Z"); // Friday 06/03/2026 17:00 in Vietnam

  it.each([
    ["an apology was issued, even when decided early", "2026-03-02T03:00:00Z", DUE, true, "LATE"],
    ["an apology was issued, no deadline", "2026-03-02T03:00:00Z", null, true, "LATE"],
    ["one millisecond after the deadline", "2026-03-06T10:00:00.001Z", DUE, false, "LATE"],
    ["the next morning", "2026-03-09T02:00:00Z", DUE, false, "LATE"],
    ["exactly at the deadline", "2026-03-06T10:00:00Z", DUE, false, "ON_TIME"],
    ["on the deadline's day at 09:00", "2026-03-06T02:00:00Z", DUE, false, "ON_TIME"],
    ["on the deadline's day at 00:00 Vietnam (still 05/03 in UTC)", "2026-03-05T17:00:00Z", DUE, false, "ON_TIME"],
    ["the day before at 23:59:59 Vietnam", "2026-03-05T16:59:59Z", DUE, false, "EARLY"],
    ["four days before", "2026-03-02T03:00:00Z", DUE, false, "EARLY"],
    ["no deadline", "2026-03-02T03:00:00Z", null, false, "ON_TIME"],
  ] as const)("%s → %s", (_case, finishedAt, dueAt, apology, expected) => {
    expect(finishTimingOf(at(finishedAt), dueAt, apology)).toBe(expected);
  });

  it("compares instants, not only days, when the deadline is not at 17:00", () => {
    const noon = at("2026-03-06T05:00:00Z"); // 12:00 in Vietnam
    expect(finishTimingOf(at("2026-03-06T08:00:00Z"), noon, false)).toBe("LATE"); // 15:00 the same day
    expect(finishTimingOf(at("2026-03-06T04:00:00Z"), noon, false)).toBe("ON_TIME"); // 11:00 the same day
  });
});

describe("resumeAfterSupplement", () => {
  it.each([
    [
      "Thursday → Monday across a weekend: Fri + Mon = 2 days",
      EMPTY_CALENDAR,
      "2026-03-06T10:00:00Z", // due Fri 06/03 17:00
      "2026-03-05T03:00:00Z", // paused Thu 05/03 10:00
      "2026-03-09T03:00:00Z", // resumed Mon 09/03 10:00
      "2026-03-10T10:00:00Z", // Fri 06/03 + 2 working days = Tue 10/03 17:00
      2,
    ],
    [
      "Friday → Monday: only Monday counts",
      EMPTY_CALENDAR,
      "2026-03-06T10:00:00Z",
      "2026-03-06T03:00:00Z",
      "2026-03-09T03:00:00Z",
      "2026-03-09T10:00:00Z", // Fri 06/03 + 1 = Mon 09/03 17:00
      1,
    ],
    [
      "an answer at 20:00 still counts its day",
      EMPTY_CALENDAR,
      "2026-03-06T10:00:00Z",
      "2026-03-05T03:00:00Z", // Thu 05/03 10:00
      "2026-03-06T13:00:00Z", // Fri 06/03 20:00
      "2026-03-09T10:00:00Z", // Fri 06/03 + 1 = Mon 09/03 17:00
      1,
    ],
    [
      "across Tết: Thu 12, Fri 13, Mon 23 = 3 days; the deadline after Tết moves by 3",
      TET_2026,
      "2026-02-25T10:00:00Z", // due Wed 25/02 17:00
      "2026-02-11T08:00:00Z", // paused Wed 11/02 15:00
      "2026-02-23T03:00:00Z", // resumed Mon 23/02 10:00
      "2026-03-02T10:00:00Z", // Wed 25/02 + 3 = Thu 26, Fri 27, Mon 02/03 17:00
      3,
    ],
    [
      "the moved deadline jumps over Tết",
      TET_2026,
      "2026-02-12T10:00:00Z", // due Thu 12/02 17:00
      "2026-02-10T02:00:00Z", // paused Tue 10/02 09:00
      "2026-02-12T02:00:00Z", // resumed Thu 12/02 09:00: Wed 11 + Thu 12 = 2 days
      "2026-02-23T10:00:00Z", // Thu 12/02 + 2 = Fri 13, (Tết), Mon 23/02 17:00
      2,
    ],
    [
      "the same dates without the holidays count Tết as working days",
      EMPTY_CALENDAR,
      "2026-02-25T10:00:00Z",
      "2026-02-11T08:00:00Z",
      "2026-02-23T03:00:00Z", // Thu 12, Fri 13, Mon 16 … Fri 20, Mon 23 = 8 days
      "2026-03-09T10:00:00Z", // Wed 25/02 + 8 = Thu 26, Fri 27, Mon 2 … Fri 6, Mon 09/03
      8,
    ],
  ])("%s", (_case, cal, due, paused, resumed, expectedDue, expectedDays) => {
    expect(resumeAfterSupplement(at(due), at(paused), at(resumed), cal)).toEqual({ dueAt: at(expectedDue), pausedWorkingDays: expectedDays });
  });

  it.each([
    ["paused and resumed the same day", EMPTY_CALENDAR, "2026-03-04T02:00:00Z", "2026-03-04T09:00:00Z"],
    ["paused on Friday evening, resumed on Sunday", EMPTY_CALENDAR, "2026-03-06T12:00:00Z", "2026-03-08T03:00:00Z"],
    ["the whole wait inside Tết", TET_2026, "2026-02-13T09:00:00Z", "2026-02-22T03:00:00Z"],
    ["resumed before paused (clock skew)", EMPTY_CALENDAR, "2026-03-09T03:00:00Z", "2026-03-05T03:00:00Z"],
  ])("keeps the deadline when no working day was waited: %s", (_case, cal, paused, resumed) => {
    const due = at("2026-03-13T10:00:00Z");
    const result = resumeAfterSupplement(due, at(paused), at(resumed), cal);
    expect(result).toEqual({ dueAt: at("2026-03-13T10:00:00Z"), pausedWorkingDays: 0 });
    expect(Object.is(result.pausedWorkingDays, 0)).toBe(true);
  });

  it("counts the wait but has no deadline to move when there is none", () => {
    expect(resumeAfterSupplement(null, at("2026-03-05T03:00:00Z"), at("2026-03-09T03:00:00Z"), EMPTY_CALENDAR)).toEqual({
      dueAt: null,
      pausedWorkingDays: 2,
    });
  });
});

describe("isValidNewDueDate", () => {
  const NOW = at("2026-03-04T03:00:00Z"); // Wednesday 04/03/2026 10:00 in Vietnam

  it.each([
    ["yesterday 17:00", "2026-03-03T10:00:00Z", false],
    ["earlier today (08:00)", "2026-03-04T01:00:00Z", false],
    ["exactly now", "2026-03-04T03:00:00Z", false],
    ["later today (17:00)", "2026-03-04T10:00:00Z", true],
    ["tomorrow, Thursday", "2026-03-05T10:00:00Z", true],
    ["Saturday", "2026-03-07T10:00:00Z", false],
    ["Sunday", "2026-03-08T10:00:00Z", false],
    ["Saturday 01:00 in Vietnam (still Friday in UTC)", "2026-03-06T18:00:00Z", false],
    ["Monday 00:00 in Vietnam (still Sunday in UTC)", "2026-03-08T17:00:00Z", true],
    ["Monday next week", "2026-03-09T10:00:00Z", true],
    ["Tuesday next week at 09:00", "2026-03-10T02:00:00Z", true],
  ])("%s → %s", (_case, candidate, expected) => {
    expect(isValidNewDueDate(at(candidate), NOW, EMPTY_CALENDAR)).toBe(expected);
  });

  it.each([
    ["Friday before Tết", "2026-02-13T10:00:00Z", true],
    ["a Tết weekday (Tue 17/02)", "2026-02-17T10:00:00Z", false],
    ["the last Tết day, a Sunday (22/02)", "2026-02-22T10:00:00Z", false],
    ["the first working day after Tết (Mon 23/02)", "2026-02-23T10:00:00Z", true],
  ])("with the Tết calendar: %s → %s", (_case, candidate, expected) => {
    expect(isValidNewDueDate(at(candidate), at("2026-02-10T03:00:00Z"), TET_2026)).toBe(expected);
  });

  it("accepts a weekend day declared a make-up working day", () => {
    const makeUp = buildCalendar([{ date: "2026-03-07", kind: "WORKING_DAY" }]);
    expect(isValidNewDueDate(at("2026-03-07T10:00:00Z"), NOW, makeUp)).toBe(true);
    expect(isValidNewDueDate(at("2026-03-07T10:00:00Z"), NOW, EMPTY_CALENDAR)).toBe(false);
  });
});
