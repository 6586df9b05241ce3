import { describe, expect, it } from "vitest";
import { clampMonth, monthLabel, monthOf, monthStart, monthsEndingAt, shiftMonth } from "./report-month";

describe("report months", () => {
  it("takes the Vietnam month of an instant", () => {
    expect(monthOf(new Date("2026-10-31T17:30:00Z"))).toBe("2026-11"); // 00:30 on 1 Nov in Vietnam
    expect(monthOf(new Date("2026-10-31T16:30:00Z"))).toBe("2026-10");
  });

  it("shifts across years and lists months oldest first", () => {
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect(shiftMonth("2025-12", 13)).toBe("2027-01");
    expect(monthsEndingAt("2026-02", 3)).toEqual(["2025-12", "2026-01", "2026-02"]);
    expect(monthStart("2026-02").toISOString()).toBe("2026-02-01T00:00:00.000Z");
    expect(monthLabel("2026-02")).toBe("02/2026");
  });

  it("clamps a requested month to the window ending now", () => {
    const now = new Date("2026-11-27T03:00:00Z");
    expect(clampMonth(undefined, now, 24)).toBe("2026-11");
    expect(clampMonth("2026-13", now, 24)).toBe("2026-11");
    expect(clampMonth("2026-12", now, 24)).toBe("2026-11"); // future
    expect(clampMonth("2024-11", now, 24)).toBe("2026-11"); // older than 24 months
    expect(clampMonth("2024-12", now, 24)).toBe("2024-12"); // the oldest of 24
    expect(clampMonth("2024-11", now, 25)).toBe("2024-11");
    expect(clampMonth("2025-03", now, 24)).toBe("2025-03");
  });
});
