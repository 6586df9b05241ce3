import { describe, expect, it } from "vitest";
import { ZProcedureListQuery } from "@/lib/validation/procedures";
import { catalogueHref } from "./catalogue-href";

describe("catalogueHref", () => {
  it("is the bare catalogue without a text, a filter or a page", () => {
    expect(catalogueHref({})).toBe("/procedures");
    expect(catalogueHref({}, 1)).toBe("/procedures");
  });

  it("keeps the text and every filter on the page links", () => {
    expect(catalogueHref({ q: "đăng ký khai sinh", sector: "HT", agency: "PDP", level: "FULL_ONLINE" }, 3)).toBe(
      "/procedures?q=%C4%91%C4%83ng+k%C3%BD+khai+sinh&sector=HT&agency=PDP&level=FULL_ONLINE&page=3",
    );
  });

  it("round-trips through the query schema: the shared link gives the same query", () => {
    const query = { q: "giấy phép & xây dựng", sector: "XD", level: "PARTIAL" as const };
    const url = new URL(catalogueHref(query, 2), "http://localhost");
    const parsed = ZProcedureListQuery.parse(Object.fromEntries(url.searchParams));
    expect(parsed).toEqual({ ...query, agency: undefined, page: 2, pageSize: 20 });
  });
});
