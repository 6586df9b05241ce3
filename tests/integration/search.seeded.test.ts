// The catalogue search on the seeded catalogue: accent/case/word-order/typo matching, ranking,
// filters and their combinations, pagination, and query strings that are not what we expect.
// Expected sets are computed here independently, in JavaScript, from the procedures' names.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { normalizeForSearch } from "@/lib/domain/text";
import { listProcedures } from "@/lib/server/procedures/list-procedures";
import { FUZZY_BELOW, searchProcedures, type ProcedureListItem, type ProcedureSearch } from "@/lib/server/procedures/search-procedures";
import { ZProcedureListQuery } from "@/lib/validation/procedures";

type Published = { code: string; name: string; level: string; scope: string; sector: string; agency: string | null };
let published: Published[] = [];
let birth: Published;

const query = (over: Partial<ProcedureSearch>): ProcedureSearch => ({ q: undefined, page: 1, pageSize: 100, ...over });

/** Every result, page after page. */
async function all(over: Partial<ProcedureSearch>): Promise<ProcedureListItem[]> {
  const items: ProcedureListItem[] = [];
  for (let page = 1; ; page++) {
    const r = await searchProcedures(db, query({ ...over, page }));
    items.push(...r.items);
    if (page >= r.pages) return items;
  }
}

const codes = (items: { code: string }[]) => items.map((i) => i.code).sort();

/** The rule of tiers 0–2, written again: every word starts a word of "code name" (or, with a digit, occurs anywhere). */
function containsAllWords(p: { code: string; name: string }, q: string): boolean {
  const hay = ` ${normalizeForSearch(`${p.code} ${p.name}`)}`;
  return normalizeForSearch(q).split(" ").every((w) => (/[0-9]/.test(w) ? hay.includes(w) : hay.includes(` ${w}`)));
}

// Four procedures of our own whose expected ranking is known: phrase, phrase in a longer name,
// the same words in another order, and only a similar name.
const BEES = [
  { code: "9.990001", name: "Cấp giấy chứng nhận cơ sở nuôi ong mật đạt chuẩn" },
  { code: "9.990002", name: "Đăng ký nuôi ong mật" },
  { code: "9.990003", name: "Hỗ trợ phát triển ong mật và nuôi trồng dược liệu" },
  { code: "9.990004", name: "Đăng ký nuôi ong mạch" },
];

beforeAll(async () => {
  const sector = await db.sector.findUniqueOrThrow({ where: { code: "NN" } });
  const agency = await db.agency.findUniqueOrThrow({ where: { code: "SNNMT" } });
  await db.procedure.createMany({
    data: BEES.map((b) => ({
      code: b.code, name: b.name, searchText: normalizeForSearch(`${b.code} ${b.name}`), sectorId: sector.id, agencyId: agency.id,
      scope: "PROVINCE" as const, level: "FULL_ONLINE" as const, processingDays: 5, requiredDocuments: [], steps: [], formSchema: {},
      legalBasis: "Thử nghiệm", resultDescription: "Thử nghiệm",
    })),
  });
  // An unpublished procedure must never be found, even by its exact code.
  await db.procedure.update({ where: { code: "1.000894" }, data: { isPublished: false } });

  const rows = await db.procedure.findMany({
    where: { isPublished: true },
    select: { code: true, name: true, level: true, scope: true, sector: { select: { code: true } }, agency: { select: { code: true } } },
  });
  published = rows.map((r) => ({ code: r.code, name: r.name, level: r.level, scope: r.scope, sector: r.sector.code, agency: r.agency?.code ?? null }));
  birth = published.find((p) => p.name === "Đăng ký khai sinh")!;
  expect(birth).toBeDefined();
});

describe("matching ignores diacritics, case and word order, and forgives a typo", () => {
  it.each([
    "dang ky khai sinh",
    "ĐĂNG KÝ KHAI SINH",
    "Đăng ký khai sinh",
    "khai sinh",
    "Khai Sinh",
    "khai sinh dang ky",
    "  dang   ky, khai sinh. ",
    "dang ki khai sinh",
    "đăng kí khai sihn",
  ])("%j finds “Đăng ký khai sinh”", async (q) => {
    const r = await searchProcedures(db, query({ q }));
    expect(r.items.map((i) => i.code)).toContain(birth.code);
  });

  it("among similar-only names, the closest words come first, then the shortest name", async () => {
    // "sih" is closer to "sinh" than to "tử": "Đăng ký khai sinh" leads "Đăng ký khai tử".
    const r = await searchProcedures(db, query({ q: "dang ky khai sih" }));
    const names = r.items.map((i) => i.name);
    expect(names[0]).toBe("Đăng ký khai sinh");
    expect(r.items.every((i) => i.tier === 3)).toBe(true);
    // "sih" is corrected to close words only: "tử" is not one of them.
    expect(names).not.toContain("Đăng ký khai tử");
  });

  it("a procedure's new words are known at once: a typo of a word added today is corrected", async () => {
    const sector = await db.sector.findUniqueOrThrow({ where: { code: "NN" } });
    const name = "Cấp phép khai thác thủy điện nhỏ xylophon";
    await db.procedure.create({
      data: {
        code: "9.990010", name, searchText: normalizeForSearch(`9.990010 ${name}`), sectorId: sector.id, scope: "PROVINCE",
        level: "FULL_ONLINE", processingDays: 5, requiredDocuments: [], steps: [], formSchema: {}, legalBasis: "Thử nghiệm", resultDescription: "Thử nghiệm",
      },
    });
    try {
      const typo = await searchProcedures(db, query({ q: "xylophom" }));
      expect(typo.items.map((i) => [i.code, i.tier])).toEqual([["9.990010", 3]]);
      // A renamed procedure: the new word is known too.
      const renamed = "Cấp phép khai thác thủy điện nhỏ marimbaa";
      await db.procedure.update({ where: { code: "9.990010" }, data: { name: renamed, searchText: normalizeForSearch(`9.990010 ${renamed}`) } });
      expect((await searchProcedures(db, query({ q: "marimba" }))).items.map((i) => i.code)).toEqual(["9.990010"]);
      expect((await searchProcedures(db, query({ q: "marimbo" }))).items.map((i) => i.code)).toEqual(["9.990010"]);
    } finally {
      await db.procedure.delete({ where: { code: "9.990010" } });
    }
  });

  it("an exact code is not followed by look-alike codes or names", async () => {
    const r = await searchProcedures(db, query({ q: birth.code }));
    expect(r.items.map((i) => [i.code, i.tier])).toEqual([[birth.code, 0]]);
    expect(r.similar).toBe(false);
  });

  it("a typo is found only through similarity (tier 3), an exact phrase in tier 1", async () => {
    const typo = await searchProcedures(db, query({ q: "dang ki khai sinh" }));
    expect(typo.items.find((i) => i.code === birth.code)?.tier).toBe(3);
    const exact = await searchProcedures(db, query({ q: "dang ky khai sinh" }));
    expect(exact.items.find((i) => i.code === birth.code)?.tier).toBe(1);
  });

  it.each(["giay phep", "chung thuc", "ho kinh doanh", "ly lich tu phap", "cap giay", "dang ky thanh lap"])(
    "%j returns, in tiers 0–2, exactly the procedures that contain all its words",
    async (q) => {
      const items = await all({ q });
      const expected = published.filter((p) => containsAllWords(p, q));
      expect(expected.length).toBeGreaterThan(0);
      expect(codes(items.filter((i) => i.tier !== null && i.tier <= 2))).toEqual(codes(expected));
    },
  );

  it("adds similar-only names when the words find few procedures, and only then", async () => {
    const few = await searchProcedures(db, query({ q: "dang ky khai sinh" }));
    expect(few.similar).toBe(true);
    expect(few.items.some((i) => i.tier === 3)).toBe(true);
    const many = await all({ q: "giay phep" });
    expect(many.length).toBeGreaterThanOrEqual(FUZZY_BELOW);
    expect(many.filter((i) => i.tier === 3)).toEqual([]);
    expect((await searchProcedures(db, query({ q: "giay phep" }))).similar).toBe(false);
  });

  it("matches words at their start: “ket hon” finds “kết hôn”, not “không”", async () => {
    await db.procedure.update({ where: { code: "1.000894" }, data: { isPublished: true } });
    try {
      const items = await all({ q: "ket hon" });
      const strong = items.filter((i) => i.tier !== null && i.tier <= 2).map((i) => i.name);
      expect(strong).toContain("Đăng ký kết hôn");
      expect(strong.filter((n) => normalizeForSearch(n).includes("khong"))).toEqual([]);
    } finally {
      await db.procedure.update({ where: { code: "1.000894" }, data: { isPublished: false } });
    }
  });

  it("finds a procedure by a part of its code", async () => {
    const r = await searchProcedures(db, query({ q: birth.code.slice(2) }));
    expect(r.items.map((i) => i.code)).toContain(birth.code);
  });

  it("never shows an unpublished procedure, even by its exact code or name", async () => {
    for (const q of ["1.000894", "dang ky ket hon"]) {
      const items = await all({ q });
      expect(items.map((i) => i.code)).not.toContain("1.000894");
    }
  });

  it("finds nothing for words that are in no procedure", async () => {
    const r = await searchProcedures(db, query({ q: "xyzw qqqq" }));
    expect(r).toMatchObject({ items: [], total: 0, page: 1, pages: 1 });
  });
});

describe("ranking", () => {
  it("an exact code comes first (tier 0), before procedures that merely contain it", async () => {
    const r = await searchProcedures(db, query({ q: "9.990003" }));
    expect(r.items[0]).toMatchObject({ code: "9.990003", tier: 0 });
  });

  it("orders phrase matches, then all words in another order, then similar names", async () => {
    const r = await searchProcedures(db, query({ q: "nuôi ong mật" }));
    const bees = r.items.filter((i) => i.code.startsWith("9.99"));
    expect(bees.map((i) => [i.code, i.tier])).toEqual([
      ["9.990002", 1], // the whole phrase, shortest name first
      ["9.990001", 1],
      ["9.990003", 2], // every word, not as a phrase
      ["9.990004", 3], // only similar ("mạch")
    ]);
  });

  it("tiers never go down a result list, and the closest name leads", async () => {
    for (const q of ["dang ky khai sinh", "giay phep xay dung", "cap phieu ly lich tu phap", "khai sinh dang ky"]) {
      const items = await all({ q });
      const tiers = items.map((i) => i.tier ?? 99);
      expect(tiers, q).toEqual([...tiers].sort((a, b) => a - b));
    }
    const r = await searchProcedures(db, query({ q: "đăng ký khai sinh" }));
    expect(r.items[0].name).toBe("Đăng ký khai sinh");
  });

  it("without a text, lists by name ignoring diacritics (Đ among the D's)", async () => {
    const items = await all({});
    expect(items).toHaveLength(published.length);
    const keys = items.map((i) => normalizeForSearch(i.name));
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(items.every((i) => i.tier === null)).toBe(true);
  });
});

describe("filters", () => {
  it("by sector", async () => {
    for (const sector of ["HT", "DN", "GD"]) {
      const items = await all({ sector });
      expect(codes(items), sector).toEqual(codes(published.filter((p) => p.sector === sector)));
    }
  });

  it("by a department: its own procedures", async () => {
    const items = await all({ agency: "STP" });
    expect(items.length).toBeGreaterThan(0);
    expect(codes(items)).toEqual(codes(published.filter((p) => p.agency === "STP")));
  });

  it("by a commune: every commune-scope procedure", async () => {
    const pdp = await all({ agency: "PDP" });
    const expected = published.filter((p) => p.scope === "COMMUNE");
    expect(expected.length).toBeGreaterThan(0);
    expect(codes(pdp)).toEqual(codes(expected));
    expect(codes(await all({ agency: "XDT" }))).toEqual(codes(expected));
  });

  it("by level", async () => {
    for (const level of ["FULL_ONLINE", "PARTIAL"] as const) {
      expect(codes(await all({ level })), level).toEqual(codes(published.filter((p) => p.level === level)));
    }
  });

  it("combined with each other and with a text", async () => {
    const cases: [Partial<ProcedureSearch>, (p: Published) => boolean][] = [
      [{ sector: "HT", level: "PARTIAL" }, (p) => p.sector === "HT" && p.level === "PARTIAL"],
      [{ agency: "PDP", level: "FULL_ONLINE" }, (p) => p.scope === "COMMUNE" && p.level === "FULL_ONLINE"],
      [{ agency: "SXD", sector: "DB" }, (p) => p.agency === "SXD" && p.sector === "DB"],
      [{ agency: "SXD", sector: "HT" }, () => false],
      [{ q: "cap giay", agency: "SNNMT", level: "FULL_ONLINE" }, (p) => p.agency === "SNNMT" && p.level === "FULL_ONLINE" && containsAllWords(p, "cap giay")],
      [{ q: "chung thuc", agency: "PGS" }, (p) => p.scope === "COMMUNE" && containsAllWords(p, "chung thuc")],
    ];
    for (const [filters, keep] of cases) {
      const items = await all(filters);
      const strong = filters.q ? items.filter((i) => i.tier !== null && i.tier <= 2) : items;
      expect(codes(strong), JSON.stringify(filters)).toEqual(codes(published.filter(keep)));
      // Similar-only matches obey the filters too.
      for (const i of items) {
        const p = published.find((x) => x.code === i.code)!;
        if (filters.sector) expect(p.sector).toBe(filters.sector);
        if (filters.level) expect(p.level).toBe(filters.level);
      }
    }
  });

  it("the operation drops a well-formed but unknown sector or agency instead of showing nothing", async () => {
    const catalogue = await listProcedures(ZProcedureListQuery.parse({ sector: "KHONGCO", agency: "XYZ", level: "PARTIAL" }));
    expect(catalogue.query).toMatchObject({ sector: undefined, agency: undefined, level: "PARTIAL" });
    expect(catalogue.result.total).toBe(published.filter((p) => p.level === "PARTIAL").length);
  });

  it("offers the sectors and agencies of the database as filter choices", async () => {
    const { filters } = await listProcedures(ZProcedureListQuery.parse({}));
    expect(filters.sectors.map((s) => s.code).sort()).toEqual([...new Set(published.map((p) => p.sector))].sort());
    const departments = filters.agencies.filter((a) => a.kind !== "COMMUNE").map((a) => a.code).sort();
    expect(departments).toEqual([...new Set(published.flatMap((p) => (p.agency ? [p.agency] : [])))].sort());
    const communes = await db.agency.count({ where: { kind: "COMMUNE", isActive: true } });
    expect(filters.agencies.filter((a) => a.kind === "COMMUNE")).toHaveLength(communes);
  });
});

describe("pagination", () => {
  it("pages cover every result once, with the same total on each page", async () => {
    const pageSize = 7;
    const first = await searchProcedures(db, query({ pageSize }));
    expect(first.total).toBe(published.length);
    expect(first.pages).toBe(Math.ceil(published.length / pageSize));
    const seen: string[] = [];
    for (let page = 1; page <= first.pages; page++) {
      const r = await searchProcedures(db, query({ pageSize, page }));
      expect(r.total).toBe(first.total);
      expect(r.page).toBe(page);
      expect(r.items.length).toBe(page < first.pages ? pageSize : first.total - pageSize * (first.pages - 1));
      seen.push(...r.items.map((i) => i.code));
    }
    expect(new Set(seen).size).toBe(published.length);
  });

  it("keeps the filters on every page of a filtered search", async () => {
    const filtered = published.filter((p) => p.scope === "COMMUNE" && p.level === "FULL_ONLINE");
    const r2 = await searchProcedures(db, query({ agency: "PDP", level: "FULL_ONLINE", pageSize: 5, page: 2 }));
    expect(r2.total).toBe(filtered.length);
    for (const i of r2.items) expect([i.scope, i.level]).toEqual(["COMMUNE", "FULL_ONLINE"]);
  });

  it("a page past the end shows the last page", async () => {
    const r = await searchProcedures(db, query({ sector: "HT", pageSize: 5, page: 999 }));
    const total = published.filter((p) => p.sector === "HT").length;
    expect(r).toMatchObject({ total, page: Math.ceil(total / 5), pages: Math.ceil(total / 5) });
    expect(r.items.length).toBe(total - 5 * (r.pages - 1));
  });
});

describe("query strings that are not what we expect", () => {
  it.each([
    [{ page: "abc", pageSize: "-4", level: "LEVEL4", sector: "'; DROP TABLE", agency: "<script>" }, { page: 1, pageSize: 20 }],
    [{ page: ["3", "4"], sector: ["ht", "dd"], level: "partial" }, { page: 3, sector: "HT", level: "PARTIAL" }],
    [{ page: "1e9", q: "   " }, { page: 1, q: undefined }],
    [{ q: "x".repeat(500) }, { q: "x".repeat(200) }],
  ])("%j is read as %j", (raw, expected) => {
    expect(ZProcedureListQuery.parse(raw)).toMatchObject(expected);
  });

  it.each(["'; DROP TABLE \"Procedure\"; --", "%", "_", "\\", "100%_", "!!!", "'", "🙂", "a".repeat(200), "dang ky ".repeat(25)])(
    "searching %j answers without an error",
    async (q) => {
      const catalogue = await listProcedures(ZProcedureListQuery.parse({ q }));
      expect(catalogue.result.total).toBeGreaterThanOrEqual(0);
      expect(await db.procedure.count()).toBeGreaterThan(0);
    },
  );

  it("punctuation only is no search at all: the whole catalogue", async () => {
    for (const q of ["%", "!!!", "_"]) {
      const r = await searchProcedures(db, query({ q }));
      expect(r.total, q).toBe(published.length);
    }
  });
});
