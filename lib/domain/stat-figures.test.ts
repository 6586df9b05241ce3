import { describe, expect, it } from "vitest";
import { addCounts, countsOf, lastMonthKeys, monthDate, periodOf, rankAgencies, sharesOf, ZERO_COUNTS, type StatCounts } from "./stat-figures";

const counts = (over: Partial<StatCounts>): StatCounts => ({ ...ZERO_COUNTS, ...over });

describe("countsOf", () => {
  it.each([
    ["ONLINE", 10],
    ["NATIONAL_PORTAL", 10],
    ["COUNTER", 0],
    ["POSTAL", 0],
  ])("counts %s dossiers as online: %i", (channel, online) => {
    expect(countsOf(channel, { received: 10 }).online).toBe(online);
  });

  it("adds the three ratings and treats missing sums as zero", () => {
    const c = countsOf("COUNTER", { received: 5, ratedSatisfied: 3, ratedNeutral: 1, ratedDissatisfied: 2, finished: null });
    expect(c).toEqual(counts({ received: 5, rated: 6, ratedSatisfied: 3 }));
  });
});

describe("addCounts", () => {
  it("adds every field and leaves its arguments alone", () => {
    const a = counts({ received: 1, online: 1, paidOnline: 2 });
    const b = counts({ received: 2, finishedLate: 1, paidOnline: 3 });
    expect(addCounts(a, b)).toEqual(counts({ received: 3, online: 1, finishedLate: 1, paidOnline: 5 }));
    expect(a.received).toBe(1);
  });
});

describe("sharesOf", () => {
  it("counts early and on time together, over finished dossiers", () => {
    const s = sharesOf(counts({ received: 20, finished: 10, finishedEarly: 6, finishedOnTime: 2, finishedLate: 2, online: 15, feeBearing: 4, paidOnline: 3, rated: 8, ratedSatisfied: 7 }));
    expect(s).toEqual({ onTime: 0.8, online: 0.75, onlinePayment: 0.75, satisfaction: 0.875 });
  });

  it("gives null, not 0 or NaN, when there is nothing to divide by", () => {
    expect(sharesOf(ZERO_COUNTS)).toEqual({ onTime: null, online: null, onlinePayment: null, satisfaction: null });
  });
});

describe("periods in Vietnam time", () => {
  it("a month starts on the 1st in Vietnam even when it is still the previous month in UTC", () => {
    // 31/10/2026 18:00 UTC is 01/11/2026 01:00 in Vietnam.
    const p = periodOf("month", new Date("2026-10-31T18:00:00Z"));
    expect(p).toMatchObject({ year: 2026, month: 11, from: new Date("2026-11-01T00:00:00Z"), to: new Date("2026-12-01T00:00:00Z") });
  });

  it("December's month ends with the next year; a year runs January to January", () => {
    expect(periodOf("month", new Date("2026-12-15T05:00:00Z")).to).toEqual(new Date("2027-01-01T00:00:00Z"));
    const y = periodOf("year", new Date("2026-12-31T17:30:00Z")); // 01/01/2027 00:30 in Vietnam
    expect(y).toMatchObject({ year: 2027, month: 1, from: new Date("2027-01-01T00:00:00Z"), to: new Date("2028-01-01T00:00:00Z") });
  });

  it("lists the last 12 months oldest first, across a year boundary", () => {
    const keys = lastMonthKeys(new Date("2026-03-10T03:00:00Z"), 12);
    expect(keys).toHaveLength(12);
    expect(keys[0]).toBe("2025-04");
    expect(keys[11]).toBe("2026-03");
    expect(monthDate("2026-03")).toEqual(new Date("2026-03-01T00:00:00Z"));
  });
});

describe("rankAgencies", () => {
  const row = (name: string, c: Partial<StatCounts>) => {
    const all = counts(c);
    return { name, counts: all, shares: sharesOf(all) };
  };

  it("orders by on-time share, then satisfaction, then volume; nothing finished comes last", () => {
    const ranked = rankAgencies([
      row("Nothing finished", { received: 50 }),
      row("Late", { received: 10, finished: 10, finishedOnTime: 5, finishedLate: 5 }),
      row("Best", { received: 10, finished: 10, finishedEarly: 10, rated: 2, ratedSatisfied: 1 }),
      row("Best, happier", { received: 5, finished: 5, finishedOnTime: 5, rated: 2, ratedSatisfied: 2 }),
    ]);
    expect(ranked.map((r) => [r.rank, r.name])).toEqual([
      [1, "Best, happier"],
      [2, "Best"],
      [3, "Late"],
      [4, "Nothing finished"],
    ]);
  });

  it("gives equal figures the same rank and sorts their names in Vietnamese order", () => {
    const same = { received: 4, finished: 4, finishedOnTime: 4 };
    const ranked = rankAgencies([row("Xã Đại Từ", same), row("Xã Định Hóa", same), row("Phường Bắc Kạn", { received: 4, finished: 4, finishedLate: 4 })]);
    expect(ranked.map((r) => [r.rank, r.name])).toEqual([
      [1, "Xã Đại Từ"],
      [1, "Xã Định Hóa"],
      [3, "Phường Bắc Kạn"],
    ]);
  });
});
