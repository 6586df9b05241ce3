import { describe, expect, it } from "vitest";
import { dateKeyOf, formatDateKey, parseVnDateInput } from "./vn-date-input";

describe("parseVnDateInput", () => {
  it("reads day/month/year in the Vietnamese order", () => {
    expect(parseVnDateInput("05/02/2026")).toBe("2026-02-05");
    expect(parseVnDateInput(" 5/2/2026 ")).toBe("2026-02-05");
    expect(parseVnDateInput("31-12-2027")).toBe("2027-12-31");
    expect(parseVnDateInput("29/02/2028")).toBe("2028-02-29");
  });

  it("refuses impossible or malformed dates", () => {
    for (const bad of ["", "2026-02-05", "31/02/2026", "29/02/2027", "00/01/2026", "12/13/2026", "1/1/26", "abc", "01/01/1800"]) {
      expect(parseVnDateInput(bad), bad).toBeNull();
    }
  });

  it("formats keys back and reads date columns", () => {
    expect(formatDateKey("2026-02-05")).toBe("05/02/2026");
    expect(dateKeyOf(new Date("2026-02-05T00:00:00Z"))).toBe("2026-02-05");
  });
});
