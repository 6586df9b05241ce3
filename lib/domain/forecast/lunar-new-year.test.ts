import { describe, expect, it } from "vitest";
import { addMonths, LUNAR_NEW_YEAR, monthsBetween, tetShare } from "./lunar-new-year";

describe("tetShare", () => {
  it.each([
    ["2024-02", 1], // mùng 1 on 10/02/2024: window 06/02–20/02
    ["2024-01", 0],
    ["2025-01", 7 / 15], // mùng 1 on 29/01/2025: window 25/01–08/02
    ["2025-02", 8 / 15],
    ["2026-02", 1], // 17/02/2026
    ["2026-01", 0],
    ["2027-02", 1], // 06/02/2027: window 02/02–16/02
    ["2028-01", 10 / 15], // 26/01/2028: window 22/01–05/02
    ["2028-02", 5 / 15],
    ["2026-07", 0],
  ])("%s → %d", (month, share) => {
    expect(tetShare(month)).toBeCloseTo(share, 12);
  });

  it("spreads exactly one whole break over each year", () => {
    for (const year of Object.keys(LUNAR_NEW_YEAR).map(Number)) {
      const total = Array.from({ length: 12 }, (_, i) => tetShare(`${year}-${String(i + 1).padStart(2, "0")}`)).reduce((a, b) => a + b, 0);
      expect(total).toBeCloseTo(1, 12);
    }
  });

  it("refuses a year missing from the table instead of ignoring Tết", () => {
    expect(() => tetShare("2040-02")).toThrow(RangeError);
    expect(tetShare("2040-06")).toBe(0);
  });
});

describe("month arithmetic", () => {
  it("adds and counts months across years", () => {
    expect(addMonths("2026-11", 3)).toBe("2027-02");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(monthsBetween("2025-12", "2030-12")).toBe(60);
    expect(monthsBetween("2026-03", "2026-01")).toBe(-2);
  });
});
