import { describe, it, expect } from "vitest";
import { VN_TIME_ZONE, formatDate, formatDateTime, formatNumber, formatPercent, formatVnd } from "./format";

describe("formatDate", () => {
  it.each([
    // instant (UTC)               Vietnam date
    ["2026-11-27T02:00:00Z", "27/11/2026"],
    ["2026-11-27T16:59:59Z", "27/11/2026"], // 23:59:59 in Vietnam
    ["2026-11-27T17:00:00Z", "28/11/2026"], // midnight in Vietnam
    ["2026-11-27T18:00:00Z", "28/11/2026"], // 01:00 in Vietnam
    ["2026-01-05T03:00:00Z", "05/01/2026"], // day and month padded
    ["2026-12-31T17:30:00Z", "01/01/2027"], // new year in Vietnam, still 2026 in UTC
    ["2028-02-29T05:00:00Z", "29/02/2028"],
  ])("%s → %s", (iso, expected) => {
    expect(formatDate(new Date(iso))).toBe(expected);
  });

  it("uses the Vietnam time zone", () => {
    expect(VN_TIME_ZONE).toBe("Asia/Ho_Chi_Minh");
  });
});

describe("formatDateTime", () => {
  it.each([
    ["2026-11-27T07:05:00Z", "27/11/2026 14:05"],
    ["2026-11-27T18:00:00Z", "28/11/2026 01:00"],
    ["2026-11-27T17:00:00Z", "28/11/2026 00:00"], // midnight is 00, not 24
    ["2026-11-27T16:59:00Z", "27/11/2026 23:59"],
    ["2026-01-01T02:05:00Z", "01/01/2026 09:05"],
    ["2026-02-24T10:00:00Z", "24/02/2026 17:00"],
    ["2026-02-24T10:00:59Z", "24/02/2026 17:00"], // seconds are not shown
  ])("%s → %s", (iso, expected) => {
    expect(formatDateTime(new Date(iso))).toBe(expected);
  });
});

describe("formatDate / formatDateTime agree with Intl in Asia/Ho_Chi_Minh", () => {
  const intl = new Intl.DateTimeFormat("vi-VN", { timeZone: VN_TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hour12: false });
  const viaIntl = (d: Date) => {
    const p = Object.fromEntries(intl.formatToParts(d).map((x) => [x.type, x.value]));
    return { date: `${p.day}/${p.month}/${p.year}`, dateTime: `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}` };
  };

  it("on 5,000 instants from 1950 to 2100 and around the 1975 change of offset", () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const from = Date.UTC(1950, 0, 1);
    const to = Date.UTC(2100, 0, 1);
    const instants = Array.from({ length: 5_000 }, () => new Date(from + Math.floor(random() * (to - from))));
    // Whole hours and minutes around midnight and the offset boundaries.
    for (const iso of ["1975-06-12T15:59:00Z", "1975-06-12T16:00:00Z", "1975-12-31T16:59:00Z", "1975-12-31T17:00:00Z", "1976-01-01T00:00:00Z", "2026-11-27T17:00:00Z", "9999-12-31T00:00:00Z"]) {
      instants.push(new Date(iso));
    }
    for (const d of instants) {
      const expected = viaIntl(d);
      expect(formatDate(d)).toBe(expected.date);
      expect(formatDateTime(d)).toBe(expected.dateTime);
    }
  });

  it("old dates keep their historical offset (UTC+8 in 1960)", () => {
    expect(formatDateTime(new Date("1960-05-01T16:30:00Z"))).toBe("02/05/1960 00:30");
  });

  it("an invalid date still throws", () => {
    expect(() => formatDate(new Date("x"))).toThrow(RangeError);
  });
});

describe("formatNumber", () => {
  it.each([
    [0, 0, "0"],
    [7, 0, "7"],
    [999, 0, "999"],
    [1000, 0, "1.000"],
    [12345, 0, "12.345"],
    [1500000, 0, "1.500.000"],
    [1234567890, 0, "1.234.567.890"],
    [-1500000, 0, "-1.500.000"],
    [-999, 0, "-999"],
    [1234.5678, 2, "1.234,57"],
    [0.5, 1, "0,5"],
    [1500000.25, 2, "1.500.000,25"],
    [-1234.5, 1, "-1.234,5"],
    [86.94, 1, "86,9"],
    [3, 2, "3,00"],
    [1499.6, 0, "1.500"], // rounded to the requested digits
    [-0.4, 0, "0"], // rounds to zero: no "-0"
    [-0.04, 1, "0,0"],
  ])("formatNumber(%d, %i) = %s", (n, digits, expected) => {
    expect(formatNumber(n, digits)).toBe(expected);
  });

  it("defaults to no fraction digits", () => {
    expect(formatNumber(1234.4)).toBe("1.234");
  });
});

describe("formatVnd", () => {
  it.each([
    [1500000, "1.500.000 ₫"],
    [0, "0 ₫"],
    [500, "500 ₫"],
    [25000, "25.000 ₫"],
    [1499.5, "1.500 ₫"],
    [1499.4, "1.499 ₫"],
    [-0.4, "0 ₫"],
    [-50000, "-50.000 ₫"],
  ])("formatVnd(%d) = %s", (amount, expected) => {
    expect(formatVnd(amount)).toBe(expected);
  });
});

describe("formatPercent", () => {
  it.each([
    [0.869, undefined, "86,9%"],
    [1, undefined, "100,0%"],
    [0, undefined, "0,0%"],
    [0.5, 0, "50%"],
    [0.12345, 2, "12,35%"],
    [12.5, 0, "1.250%"],
    [-0.25, 1, "-25,0%"],
    [-0.0001, 1, "0,0%"], // rounds to zero: no "-0,0%"
  ])("formatPercent(%d, %s) = %s", (ratio, digits, expected) => {
    expect(formatPercent(ratio, digits)).toBe(expected);
  });
});
