import { describe, expect, it } from "vitest";
import { auditFilterQuery, parseAuditFilter, readableJson } from "./audit-filter";

describe("parseAuditFilter", () => {
  it("reads the filters and turns the date range into Vietnam-day bounds", () => {
    const { filter, errors } = parseAuditFilter({ actor: " Quản trị ", action: "user.", targetType: "User", targetId: "abc", from: "01/11/2026", to: "27/11/2026", before: "1234" });
    expect(errors).toEqual([]);
    expect(filter.actor).toBe("Quản trị");
    expect(filter.action).toBe("user.");
    expect(filter.since?.toISOString()).toBe("2026-10-31T17:00:00.000Z");
    expect(filter.until?.toISOString()).toBe("2026-11-27T17:00:00.000Z");
    expect(filter.before).toBe(1234n);
  });

  it("reports bad dates and a reversed range, and ignores a bad cursor", () => {
    expect(parseAuditFilter({ from: "31/02/2026" }).errors).toEqual(["from.invalid"]);
    expect(parseAuditFilter({ to: "hôm qua" }).errors).toEqual(["to.invalid"]);
    expect(parseAuditFilter({ from: "02/01/2026", to: "01/01/2026" }).errors).toEqual(["range.invalid"]);
    expect(parseAuditFilter({ before: "-5" }).filter.before).toBeNull();
    expect(parseAuditFilter({ before: ["1", "2"] }).filter.before).toBeNull();
    expect(parseAuditFilter({}).filter).toMatchObject({ actor: null, action: null, since: null, until: null });
  });

  it("builds links without empty fields", () => {
    const { input } = parseAuditFilter({ action: "user.invite", from: "01/11/2026" });
    expect(auditFilterQuery(input)).toBe("?action=user.invite&from=01%2F11%2F2026");
    expect(auditFilterQuery(parseAuditFilter({}).input)).toBe("");
    expect(auditFilterQuery(input, { before: "9" })).toContain("before=9");
  });

  it("shows JSON readably", () => {
    expect(readableJson({ a: 1 })).toBe('{\n  "a": 1\n}');
    expect(readableJson(null)).toBe("—");
  });
});
