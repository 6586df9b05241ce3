import { describe, expect, it } from "vitest";
import {
  canAnswer,
  canRateAnswer,
  FEEDBACK_ANSWER_WORKING_DAYS,
  feedbackCodeDayPrefix,
  feedbackDueAt,
  feedbackTargetValue,
  formatFeedbackCode,
  isFeedbackOverdue,
  nextFeedbackSequence,
  parseFeedbackCode,
  parseFeedbackTarget,
} from "./feedback";
import { buildCalendar, EMPTY_CALENDAR } from "./working-days";

describe("feedback codes", () => {
  it("uses the Vietnam date: 23:30 UTC on 26/11 is already 27/11 in Vietnam", () => {
    expect(formatFeedbackCode({ date: new Date("2026-11-26T23:30:00Z"), sequence: 7 })).toBe("PAKN-261127-0007");
    expect(formatFeedbackCode({ date: new Date("2026-11-26T16:59:00Z"), sequence: 7 })).toBe("PAKN-261126-0007");
    expect(feedbackCodeDayPrefix(new Date("2026-01-05T02:00:00Z"))).toBe("PAKN-260105-");
  });

  it("grows past four digits", () => {
    expect(formatFeedbackCode({ date: new Date("2026-11-27T03:00:00Z"), sequence: 12345 })).toBe("PAKN-261127-12345");
  });

  it.each([0, -1, 1.5, Number.NaN])("refuses sequence %s", (sequence) => {
    expect(() => formatFeedbackCode({ date: new Date(), sequence })).toThrow(RangeError);
  });

  it("round-trips through parse", () => {
    expect(parseFeedbackCode(" pakn-261127-0007 ")).toEqual({ dateKey: "2026-11-27", sequence: 7 });
    expect(parseFeedbackCode("PAKN-261127-12345")).toEqual({ dateKey: "2026-11-27", sequence: 12345 });
  });

  it.each(["", "PAKN-DEMO-0001", "PAKN-260231-0001", "PAKN-261127-007", "PAKN-261127-0000", "STP-261127-0007", "PAKN-261127-0007x"])(
    "parse refuses %j",
    (code) => expect(parseFeedbackCode(code)).toBeNull(),
  );

  it("continues after the highest code of the day", () => {
    expect(nextFeedbackSequence(null)).toBe(1);
    expect(nextFeedbackSequence("PAKN-261127-0041")).toBe(42);
    expect(nextFeedbackSequence("PAKN-261127-9999")).toBe(10000);
    expect(() => nextFeedbackSequence("PAKN-DEMO-0001")).toThrow(RangeError);
  });
});

describe("feedbackDueAt", () => {
  it(`is 17:00 on the ${FEEDBACK_ANSWER_WORKING_DAYS}th working day after, skipping weekends`, () => {
    // Friday 27/11/2026, 10:00 Vietnam → 15 working days later: Friday 18/12/2026 17:00 (10:00Z).
    expect(feedbackDueAt(new Date("2026-11-27T03:00:00Z"), EMPTY_CALENDAR).toISOString()).toBe("2026-12-18T10:00:00.000Z");
  });

  it("skips holidays and counts a Saturday sent as the next Monday", () => {
    const cal = buildCalendar([{ date: "2026-12-01", kind: "HOLIDAY" }]);
    // Saturday 28/11 counts as received Monday 30/11; 15 working days with 01/12 off → Tuesday 22/12.
    expect(feedbackDueAt(new Date("2026-11-28T03:00:00Z"), cal).toISOString()).toBe("2026-12-22T10:00:00.000Z");
  });
});

describe("parseFeedbackTarget", () => {
  it.each([
    ["dossier:STP-261127-0042", { kind: "dossier", code: "STP-261127-0042" }],
    ["dossier: stp-261127-0042 ", { kind: "dossier", code: "STP-261127-0042" }],
    ["procedure:1.001193", { kind: "procedure", code: "1.001193" }],
    ["procedure:2.000488", { kind: "procedure", code: "2.000488" }],
  ])("%j", (value, expected) => {
    expect(parseFeedbackTarget(value)).toEqual(expected);
    expect(parseFeedbackTarget(feedbackTargetValue(expected as never))).toEqual(expected);
  });

  it.each(["", "dossier", "dossier:", "dossier:STP-261131-0001", "procedure:", "procedure:a b", "procedure:" + "1".repeat(65), "agency:STP", ":STP"])(
    "refuses %j",
    (value) => expect(parseFeedbackTarget(value)).toBeNull(),
  );
});

describe("what can still be done", () => {
  it.each([
    ["OPEN", null, false, true],
    ["ANSWERED", null, true, false],
    ["ANSWERED", true, false, false],
    ["ANSWERED", false, false, false],
    ["CLOSED", null, false, false],
  ] as const)("%s, satisfied=%s → rate %s, answer %s", (status, citizenSatisfied, rate, answer) => {
    expect(canRateAnswer({ status, citizenSatisfied })).toBe(rate);
    expect(canAnswer({ status })).toBe(answer);
  });

  it("is overdue only while open and after the deadline", () => {
    const dueAt = new Date("2026-12-18T10:00:00Z");
    expect(isFeedbackOverdue({ status: "OPEN", dueAt }, new Date("2026-12-18T10:00:00Z"))).toBe(false);
    expect(isFeedbackOverdue({ status: "OPEN", dueAt }, new Date("2026-12-18T10:00:01Z"))).toBe(true);
    expect(isFeedbackOverdue({ status: "ANSWERED", dueAt }, new Date("2027-01-01T00:00:00Z"))).toBe(false);
  });
});
