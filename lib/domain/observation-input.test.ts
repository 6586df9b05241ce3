import { describe, expect, it } from "vitest";
import {
  canonicalDecimal,
  formatPeriod,
  parseObservationNote,
  parseObservationPeriod,
  parseObservationValue,
  periodInputOf,
  reportingPeriodOf,
  validateObservationBatch,
  type IndicatorRef,
} from "./observation-input";

// 27/11/2026 10:00 in Vietnam.
const NOW = new Date("2026-11-27T03:00:00Z");
const iso = (d: Date) => d.toISOString().slice(0, 10);

function period(text: unknown, p: "MONTH" | "QUARTER" | "YEAR", now = NOW) {
  const r = parseObservationPeriod(text, p, now);
  return r.ok ? iso(r.value) : `ERR ${r.error}`;
}

describe("parseObservationPeriod", () => {
  it.each([
    ["2026-10", "MONTH", "2026-10-01"],
    ["10/2026", "MONTH", "2026-10-01"],
    ["2026-1", "MONTH", "2026-01-01"],
    ["1/2026", "MONTH", "2026-01-01"],
    [" 2026-11 ", "MONTH", "2026-11-01"],
    ["2026-Q3", "QUARTER", "2026-07-01"],
    ["2026-q1", "QUARTER", "2026-01-01"],
    ["Q3/2026", "QUARTER", "2026-07-01"],
    ["Q4/2026", "QUARTER", "2026-10-01"],
    ["2025", "YEAR", "2025-01-01"],
    ["2026", "YEAR", "2026-01-01"],
  ] as const)("%s (%s) → %s", (text, p, expected) => {
    expect(period(text, p)).toBe(expected);
  });

  it.each([
    ["2026-12", "MONTH", "chưa đến"],
    ["12/2026", "MONTH", "chưa đến"],
    ["2027-Q1", "QUARTER", "chưa đến"],
    ["2027", "YEAR", "chưa đến"],
    ["2026-13", "MONTH", "Tháng phải từ 1 đến 12"],
    ["0/2026", "MONTH", "Tháng phải từ 1 đến 12"],
    ["2026-Q5", "QUARTER", "Quý phải từ Q1 đến Q4"],
    ["1999-05", "MONTH", "từ 2000"],
    ["2026-Q3", "MONTH", "là kỳ quý"],
    ["2026", "MONTH", "là kỳ năm"],
    ["2026-10", "QUARTER", "là kỳ tháng"],
    ["2026-10", "YEAR", "là kỳ tháng"],
    ["2026/10", "MONTH", "không đúng dạng"],
    ["10-2026", "MONTH", "không đúng dạng"],
    ["2026-10-01", "MONTH", "không đúng dạng"],
    ["'; DROP TABLE x;--", "MONTH", "không đúng dạng"],
    ["", "MONTH", "Nhập kỳ báo cáo"],
    [202610, "MONTH", "Nhập kỳ báo cáo"],
    [null, "YEAR", "Nhập kỳ báo cáo"],
  ] as const)("refuses %s (%s)", (text, p, message) => {
    expect(period(text, p)).toMatch(new RegExp(`^ERR .*${message}`));
  });

  it("uses the Vietnam date: 1 December 00:30 in Vietnam is already December", () => {
    const justAfterMidnight = new Date("2026-11-30T17:30:00Z");
    expect(period("2026-12", "MONTH", justAfterMidnight)).toBe("2026-12-01");
    expect(period("2026-12", "MONTH", new Date("2026-11-30T16:30:00Z"))).toMatch(/^ERR/);
  });
});

describe("reporting period and labels", () => {
  it("is the last complete period", () => {
    expect(iso(reportingPeriodOf(NOW, "MONTH"))).toBe("2026-10-01");
    expect(iso(reportingPeriodOf(NOW, "QUARTER"))).toBe("2026-07-01");
    expect(iso(reportingPeriodOf(NOW, "YEAR"))).toBe("2025-01-01");
    expect(iso(reportingPeriodOf(new Date("2027-01-10T03:00:00Z"), "MONTH"))).toBe("2026-12-01");
  });

  it("formats and writes periods back", () => {
    const oct = new Date(Date.UTC(2026, 9, 1));
    expect(formatPeriod(oct, "MONTH")).toBe("10/2026");
    expect(formatPeriod(oct, "QUARTER")).toBe("Q4/2026");
    expect(formatPeriod(oct, "YEAR")).toBe("2026");
    expect(periodInputOf(oct, "MONTH")).toBe("2026-10");
    expect(periodInputOf(oct, "QUARTER")).toBe("2026-Q4");
  });
});

describe("parseObservationValue", () => {
  const value = (input: unknown, unit = "hồ sơ") => {
    const r = parseObservationValue(input, unit);
    return r.ok ? r.value.decimal : `ERR ${r.error}`;
  };

  it.each([
    ["96,5", "96.5000"],
    ["96.5", "96.5000"],
    [" 1234 ", "1234.0000"],
    ["0,0001", "0.0001"],
    ["-12,25", "-12.2500"],
    ["+3", "3.0000"],
    ["007", "7.0000"],
    ["-0", "0.0000"],
    [42, "42.0000"],
    [0.5, "0.5000"],
    ["99999999999999.9999", "99999999999999.9999"],
  ] as const)("%s → %s", (input, expected) => {
    expect(value(input)).toBe(expected);
  });

  it.each([
    ["abc", "không phải là số"],
    ["1.234,5", "phân cách hàng nghìn"],
    ["1,234,567", "phân cách hàng nghìn"],
    ["1e5", "không phải là số"],
    ["NaN", "không phải là số"],
    ["Infinity", "không phải là số"],
    [Number.NaN, "hữu hạn"],
    [Number.POSITIVE_INFINITY, "hữu hạn"],
    [1e21, "tối đa 14"],
    [1e-7, "tối đa 14"],
    ["123456789012345", "quá lớn"],
    ["1,23456", "tối đa 4 chữ số thập phân"],
    ["", "Nhập giá trị"],
    [null, "Nhập giá trị"],
    [true, "Nhập giá trị"],
    ["1; DROP TABLE", "không phải là số"],
    ["=1+1", "không phải là số"],
  ] as const)("refuses %s", (input, message) => {
    expect(value(input)).toMatch(new RegExp(`^ERR .*${message}`));
  });

  it("keeps percentages within 0–100", () => {
    expect(value("100", "%")).toBe("100.0000");
    expect(value("0", "%")).toBe("0.0000");
    expect(value("100,01", "%")).toMatch(/ERR .*0 đến 100/);
    expect(value("-1", "%")).toMatch(/ERR .*0 đến 100/);
    expect(value("150", "vụ/tháng")).toBe("150.0000");
  });

  it("compares with stored decimals in the same form", () => {
    expect(canonicalDecimal({ toFixed: (d: number) => (96.5).toFixed(d) })).toBe("96.5000");
    expect(canonicalDecimal("12")).toBe("12.0000");
  });
});

describe("parseObservationNote", () => {
  it("trims, empties to null, limits the length and refuses control characters", () => {
    expect(parseObservationNote(undefined)).toEqual({ ok: true, value: null });
    expect(parseObservationNote("  ")).toEqual({ ok: true, value: null });
    expect(parseObservationNote(" Số liệu ước tính ")).toEqual({ ok: true, value: "Số liệu ước tính" });
    expect(parseObservationNote("x".repeat(501)).ok).toBe(false);
    expect(parseObservationNote("a\u0000b").ok).toBe(false);
    expect(parseObservationNote(12).ok).toBe(false);
  });
});

describe("validateObservationBatch", () => {
  const indicators = new Map<string, IndicatorRef>([
    ["CQS-01", { id: "i1", code: "CQS-01", ownerAgencyId: "A", periodicity: "MONTH", unit: "%", isActive: true }],
    ["CQS-09", { id: "i9", code: "CQS-09", ownerAgencyId: "A", periodicity: "QUARTER", unit: "vụ", isActive: true }],
    ["KTS-01", { id: "k1", code: "KTS-01", ownerAgencyId: "B", periodicity: "MONTH", unit: "%", isActive: true }],
    ["OLD-01", { id: "o1", code: "OLD-01", ownerAgencyId: "A", periodicity: "MONTH", unit: "%", isActive: false }],
  ]);

  it("accepts good items (codes in any case) and returns their parsed values", () => {
    const { errors, valid } = validateObservationBatch(
      [{ code: "cqs-01", period: "10/2026", value: "88,5" }, { code: "CQS-09", period: "2026-Q3", value: 7, note: "SOC" }],
      indicators, "A", NOW,
    );
    expect(errors).toEqual([]);
    expect(valid.map((v) => [v.indicatorId, iso(v.period), v.value.decimal, v.note])).toEqual([
      ["i1", "2026-10-01", "88.5000", null],
      ["i9", "2026-07-01", "7.0000", "SOC"],
    ]);
  });

  it("reports every problem with its item and field", () => {
    const { errors, valid } = validateObservationBatch(
      [
        { code: "XXX-99", period: "2026-10", value: "1" },
        { code: "KTS-01", period: "2026-10", value: "1" },
        { code: "CQS-01", period: "2026-12", value: "101" },
        { code: "CQS-01", period: "2026-10", value: "50" },
        { code: "CQS-01", period: "10/2026", value: "51" },
        { code: "OLD-01", period: "2026-10", value: "1" },
        { code: "", period: "2026-10", value: "1" },
      ],
      indicators, "A", NOW, (i) => `dòng ${i + 2}`,
    );
    expect(valid.map((v) => v.index)).toEqual([3]);
    expect(errors.map((e) => [e.index, e.field])).toEqual([
      [0, "code"],
      [1, "code"],
      [2, "period"],
      [2, "value"],
      [4, "period"],
      [5, "code"],
      [6, "code"],
    ]);
    expect(errors[1].message).toContain("cơ quan khác");
    expect(errors[4].message).toContain("Trùng với dòng 5");
  });
});
