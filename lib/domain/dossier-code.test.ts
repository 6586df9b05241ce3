import { describe, it, expect } from "vitest";
import { formatDossierCode, parseDossierCode } from "./dossier-code";

describe("formatDossierCode", () => {
  it("uses the agency code, the Vietnam date and a 4-digit sequence", () => {
    // 27/11/2026 09:00 in Vietnam = 02:00 UTC.
    expect(formatDossierCode({ agencyCode: "STP", date: new Date("2026-11-27T02:00:00Z"), sequence: 42 })).toBe("STP-261127-0042");
  });

  it("takes the date in Vietnam time, not UTC", () => {
    // 26/11/2026 18:30 UTC is already 27/11 01:30 in Vietnam.
    expect(formatDossierCode({ agencyCode: "PDP", date: new Date("2026-11-26T18:30:00Z"), sequence: 1 })).toBe("PDP-261127-0001");
    // 27/11/2026 16:59 UTC = 23:59 in Vietnam, still the 27th.
    expect(formatDossierCode({ agencyCode: "PDP", date: new Date("2026-11-27T16:59:00Z"), sequence: 1 })).toBe("PDP-261127-0001");
  });

  it("grows past four digits", () => {
    expect(formatDossierCode({ agencyCode: "SNNMT", date: new Date("2025-01-02T03:00:00Z"), sequence: 12345 })).toBe("SNNMT-250102-12345");
  });

  it("rejects bad input", () => {
    const date = new Date("2026-11-27T02:00:00Z");
    expect(() => formatDossierCode({ agencyCode: "stp", date, sequence: 1 })).toThrow(RangeError);
    expect(() => formatDossierCode({ agencyCode: "S-TP", date, sequence: 1 })).toThrow(RangeError);
    expect(() => formatDossierCode({ agencyCode: "STP", date, sequence: 0 })).toThrow(RangeError);
    expect(() => formatDossierCode({ agencyCode: "STP", date, sequence: 1.5 })).toThrow(RangeError);
    expect(() => formatDossierCode({ agencyCode: "STP", date: new Date("x"), sequence: 1 })).toThrow(RangeError);
  });
});

describe("parseDossierCode", () => {
  it("parses what formatDossierCode produces", () => {
    const code = formatDossierCode({ agencyCode: "SYT", date: new Date("2025-02-03T04:00:00Z"), sequence: 7 });
    expect(parseDossierCode(code)).toEqual({ agencyCode: "SYT", dateKey: "2025-02-03", sequence: 7 });
  });

  it("accepts lower case and spaces around", () => {
    expect(parseDossierCode("  stp-261127-0042 ")).toEqual({ agencyCode: "STP", dateKey: "2026-11-27", sequence: 42 });
  });

  it("returns null for things that are not dossier codes", () => {
    expect(parseDossierCode("")).toBeNull();
    expect(parseDossierCode("STP-261127-042")).toBeNull();
    expect(parseDossierCode("STP-263127-0042")).toBeNull(); // month 31
    expect(parseDossierCode("STP-260230-0042")).toBeNull(); // 30 February
    expect(parseDossierCode("STP-261127-0000")).toBeNull();
    expect(parseDossierCode("1STP-261127-0001")).toBeNull();
    expect(parseDossierCode("STP 261127 0001")).toBeNull();
  });
});
