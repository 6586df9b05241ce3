import { describe, expect, it } from "vitest";
import { ZFlowsQuery, ZQualityQuery } from "./leader-dashboards";

describe("leader dashboard queries", () => {
  it("flows: defaults, normalised codes, bad values fall back", () => {
    expect(ZFlowsQuery.parse({})).toEqual({ months: 12 });
    expect(ZFlowsQuery.parse({ months: "24", agency: "stp", channel: "online" })).toEqual({ months: 24, agency: "STP", channel: "ONLINE" });
    expect(ZFlowsQuery.parse({ months: "7", agency: "<x>", channel: "fax" })).toEqual({ months: 12, agency: undefined, channel: undefined });
  });

  it("quality: a yyyy-mm month, the first of repeated values", () => {
    expect(ZQualityQuery.parse({ month: ["2026-10", "x"] })).toEqual({ month: "2026-10" });
    expect(ZQualityQuery.parse({ month: "2026-13" })).toEqual({ month: undefined });
  });
});
