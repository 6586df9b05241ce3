// The catalogue search itself, taking its PrismaClient as an argument. Deliberately without
// `import "server-only"`: the benchmark (scripts/bench-catalogue.ts) runs this exact code
// outside Next.js. The app reaches it only through list-procedures.ts, which is server-only.
//
// Matching runs on Procedure.searchText = normalizeForSearch(`${code} ${name}`) (lower case, no
// diacritics), which has a GIN trigram index for LIKE '%…%'. Ranking tiers: 0 exact code, 1 the
// whole phrase in the name/code, 2 every word somewhere (any order), 3 only similar (a typo:
// "dang ki khai sinh"; looked for only when tiers 0–2 find fewer than FUZZY_BELOW procedures
// and no exact code). Similar names come from correcting each typed word against the small
// table of known words (SearchWord, kept by a trigger) by edit distance, then matching the
// corrected words like tier 2 — never by comparing the text with every name, which cost
// ≈ 250 ms at 10,000 procedures (see npm run bench:catalogue).
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { normalizeForSearch } from "@/lib/domain/text";
import type { TProcedureListQuery } from "@/lib/validation/procedures";

export type ProcedureSearch = Pick<TProcedureListQuery, "q" | "sector" | "agency" | "level" | "page" | "pageSize">;

export type ProcedureListItem = {
  code: string;
  name: string;
  level: "FULL_ONLINE" | "PARTIAL";
  scope: "PROVINCE" | "COMMUNE";
  processingDays: number;
  feeAmount: number;
  sector: { code: string; name: string; nameEn: string };
  /** The implementing department; null for commune-scope procedures (any commune). */
  agency: { code: string; name: string } | null;
  /** 0 exact code, 1 phrase, 2 all words, 3 similar only; null when there is no search text. */
  tier: number | null;
};

export type ProcedureListPage = {
  items: ProcedureListItem[];
  total: number;
  page: number;
  pages: number;
  pageSize: number;
  /** Whether names that are only similar (tier 3) were looked for. */
  similar: boolean;
};

type Row = {
  code: string;
  name: string;
  level: "FULL_ONLINE" | "PARTIAL";
  scope: "PROVINCE" | "COMMUNE";
  processingDays: number;
  feeAmount: number;
  sectorCode: string;
  sectorName: string;
  sectorNameEn: string;
  agencyCode: string | null;
  agencyName: string | null;
  tier: number | null;
  /** Window count of all matches (text searches only). */
  total: number | null;
};

/** Most words a search uses; more only repeats LIKE conditions without narrowing much. */
const MAX_WORDS = 12;

/**
 * When the words themselves find fewer procedures than this, names that are only similar (a
 * typo) are added below them. Similarity is the costly part of a search (trigrams of every
 * candidate), and with many real matches a typo's neighbours would only sit on later pages.
 */
export const FUZZY_BELOW = 10;

/** The normalised search text and its distinct words ("" and [] when there is nothing to search). */
export function searchTerms(q: string | undefined): { text: string; words: string[] } {
  const text = normalizeForSearch(q ?? "");
  return { text, words: [...new Set(text.split(" ").filter(Boolean))].slice(0, MAX_WORDS) };
}

// normalizeForSearch keeps only [a-z0-9 .-], so the patterns carry no LIKE wildcard of the user.
const contains = (s: string) => `%${s}%`;

/**
 * `term` occurs in searchText at the start of a word: "hon" finds "kết hôn" but not "không",
 * and a half-typed "khai si" still finds "khai sinh". The plain LIKE is what the trigram index
 * answers; the word-start check then only filters its candidates. Terms with a digit are parts
 * of codes and may start anywhere ("001193" finds 1.001193).
 */
function matches(term: string, alias: "p" | "q" = "p"): Prisma.Sql {
  const column = Prisma.raw(`${alias}."searchText"`);
  const indexed = Prisma.sql`${column} LIKE ${contains(term)}`;
  if (/[0-9]/.test(term)) return indexed;
  return Prisma.sql`(${indexed} AND (' ' || ${column}) LIKE ${contains(` ${term}`)})`;
}

function filterConditions(query: ProcedureSearch): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [Prisma.sql`p."isPublished"`];
  if (query.sector) conditions.push(Prisma.sql`p."sectorId" = (SELECT s."id" FROM "Sector" s WHERE s."code" = ${query.sector})`);
  if (query.agency) {
    // A commune handles every commune-scope procedure; a department handles its own.
    conditions.push(Prisma.sql`(
      (p."scope" = 'COMMUNE' AND EXISTS (SELECT 1 FROM "Agency" a WHERE a."code" = ${query.agency} AND a."kind" = 'COMMUNE'))
      OR p."agencyId" = (SELECT a."id" FROM "Agency" a WHERE a."code" = ${query.agency} AND a."kind" <> 'COMMUNE')
    )`);
  }
  if (query.level) conditions.push(Prisma.sql`p."level" = CAST(${query.level} AS "ProcedureLevel")`);
  return conditions;
}

/**
 * What each typed word may stand for among the known words: distance 0 for the word itself or a
 * word it begins (a half-typed "si" → "sinh"), 1 or 2 for a correction by edit distance.
 */
export type Corrections = Map<string, { word: string; distance: number }[]>;

/** Most known words a typed word may begin, and most corrections kept per typed word. */
const MAX_COMPLETIONS = 20;
const MAX_CORRECTIONS = 8;

/**
 * Completions and corrections of the typed words, from the small table of known words. A
 * correction is at most one edit away for words of one or two letters ("ki" → "ky"), two for
 * longer ones ("sihn" → "sinh", "mat" → "mach"), and keeps the first letter: typos there are
 * rare, and it keeps the candidates few (a range of the primary key).
 */
export function buildCorrectionsSql(words: string[]): Prisma.Sql {
  const typed = words.filter((w) => !/[0-9]/.test(w));
  return Prisma.sql`
    WITH t AS (SELECT "typed", CASE WHEN length("typed") <= 2 THEN 1 ELSE 2 END AS "edits" FROM unnest(${typed}::text[]) AS u("typed"))
    SELECT t."typed", c."word", 0 AS "distance"
    FROM t CROSS JOIN LATERAL (
      SELECT w."word" FROM "SearchWord" w
      WHERE w."word" >= t."typed" AND w."word" < t."typed" || chr(127)
      ORDER BY length(w."word"), w."word" LIMIT ${MAX_COMPLETIONS}
    ) c
    UNION ALL
    SELECT t."typed", c."word", c."distance"
    FROM t CROSS JOIN LATERAL (
      SELECT w."word", levenshtein_less_equal(t."typed", w."word", 2) AS "distance" FROM "SearchWord" w
      WHERE w."word" >= left(t."typed", 1) AND w."word" < left(t."typed", 1) || chr(127)
        AND NOT starts_with(w."word", t."typed") AND w."word" !~ '[0-9]'
        AND abs(length(w."word") - length(t."typed")) <= t."edits"
        AND levenshtein_less_equal(t."typed", w."word", 2) <= t."edits"
      ORDER BY 2, length(w."word"), w."word" LIMIT ${MAX_CORRECTIONS}
    ) c`;
}

/** The completions and corrections of each typed word that has any (words with a digit are parts of codes). */
export async function findCorrections(client: PrismaClient, words: string[]): Promise<Corrections> {
  const rows = await client.$queryRaw<{ typed: string; word: string; distance: number }[]>(buildCorrectionsSql(words));
  const corrections: Corrections = new Map();
  for (const r of rows) corrections.set(r.typed, [...(corrections.get(r.typed) ?? []), { word: r.word, distance: Number(r.distance) }]);
  return corrections;
}

/**
 * One typed word with what it may stand for: the condition (one of those words is a word of the
 * name — the GIN index on "searchWords" answers it) and the distance of the closest one present.
 * A word with a digit (part of a code) or with nothing known keeps its plain match.
 */
function correctedWord(typed: string, corrections: Corrections): { condition: Prisma.Sql; distance: Prisma.Sql } {
  const alternatives = corrections.get(typed) ?? [];
  if (alternatives.length === 0) return { condition: matches(typed, "q"), distance: Prisma.sql`0` };
  const within = (d: number) => alternatives.filter((a) => a.distance <= d).map((a) => a.word);
  const has = (list: string[], alias: "p" | "q") => (list.length ? Prisma.sql`${Prisma.raw(alias)}."searchWords" && ${list}::text[]` : Prisma.sql`false`);
  return {
    condition: has(within(2), "q"),
    distance: Prisma.sql`CASE WHEN ${has(within(0), "p")} THEN 0 WHEN ${has(within(1), "p")} THEN 1 ELSE 2 END`,
  };
}

// Browsing order without a text: alphabetical without diacritics ("Đăng ký …" among the D's,
// not after Z), i.e. the name part of searchText. That part is plain ASCII, so byte order
// (COLLATE "C") is the same order and sorts faster than the database's libc collation.
const BROWSE_ORDER = Prisma.sql`substring(p."searchText" from position(' ' in p."searchText") + 1) COLLATE "C", p."name", p."code"`;

/**
 * The SQL of one page of results (exported so the benchmark can EXPLAIN exactly this). With a
 * text, every match must be ranked anyway, so the total comes along as a window count; without
 * one, the page needs no window (see buildCountSql), so an index on the browse order can serve it.
 */
export function buildSearchSql(query: ProcedureSearch, options: { page?: number; corrections?: Corrections } = {}): Prisma.Sql {
  const page = options.page ?? query.page;
  const { text, words } = searchTerms(query.q);
  const conditions = filterConditions(query);
  let rank: Prisma.Sql = Prisma.sql`NULL::int`;
  let total: Prisma.Sql = Prisma.sql`NULL::int`;
  let order = BROWSE_ORDER;
  let candidates = Prisma.empty;
  if (text) {
    const allWords = Prisma.join(words.map((w) => matches(w)), " AND ");
    let closeness = Prisma.empty;
    if (options.corrections) {
      // Every typed word, or one of its corrections, is a word of the name; names needing fewer
      // and smaller corrections come first among the similar ones. The candidates come first, in
      // a materialised CTE whose only conditions are the word overlaps, so only the GIN index on
      // "searchWords" can answer them (folded into the main WHERE with the filters, the planner
      // reached every row through another index and tested each one's words).
      const corrected = words.map((w) => correctedWord(w, options.corrections!));
      candidates = Prisma.sql`WITH "candidates" AS MATERIALIZED (
        SELECT q."id" FROM "Procedure" q WHERE ${Prisma.join(corrected.map((c) => c.condition), " AND ")}
      )`;
      conditions.push(Prisma.sql`p."id" IN (SELECT "id" FROM "candidates")`);
      closeness = Prisma.sql`(${Prisma.join(corrected.map((c) => c.distance), " + ")}), `;
    } else {
      conditions.push(Prisma.sql`(${allWords})`);
    }
    rank = Prisma.sql`CASE
      WHEN lower(p."code") = ${text} THEN 0
      WHEN ${matches(text)} THEN 1
      WHEN ${allWords} THEN 2
      ELSE 3 END`;
    total = Prisma.sql`count(*) OVER ()::int`;
    // Inside a tier the shortest name is the closest to what was typed ("Đăng ký khai sinh"
    // before "Đăng ký khai sinh kết hợp …").
    order = Prisma.sql`"tier", ${closeness}length(p."name"), p."name", p."code"`;
  }
  const offset = (page - 1) * query.pageSize;
  return Prisma.sql`${candidates}
    SELECT p."code", p."name", p."level"::text AS "level", p."scope"::text AS "scope", p."processingDays", p."feeAmount",
      s."code" AS "sectorCode", s."name" AS "sectorName", s."nameEn" AS "sectorNameEn",
      a."code" AS "agencyCode", a."name" AS "agencyName",
      ${rank} AS "tier",
      ${total} AS "total"
    FROM "Procedure" p
    JOIN "Sector" s ON s."id" = p."sectorId"
    LEFT JOIN "Agency" a ON a."id" = p."agencyId"
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${order}
    LIMIT ${query.pageSize} OFFSET ${offset}`;
}

/** How many procedures the filters leave when browsing without a text. */
export function buildCountSql(query: ProcedureSearch): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS "n" FROM "Procedure" p WHERE ${Prisma.join(filterConditions(query), " AND ")}`;
}

function toItem(r: Row): ProcedureListItem {
  return {
    code: r.code,
    name: r.name,
    level: r.level,
    scope: r.scope,
    processingDays: r.processingDays,
    feeAmount: r.feeAmount,
    sector: { code: r.sectorCode, name: r.sectorName, nameEn: r.sectorNameEn },
    agency: r.agencyCode && r.agencyName ? { code: r.agencyCode, name: r.agencyName } : null,
    tier: r.tier,
  };
}

const lastPage = (total: number, pageSize: number) => Math.max(1, Math.ceil(total / pageSize));

/** Browsing (no text): the count and the page side by side. */
async function browse(client: PrismaClient, query: ProcedureSearch): Promise<{ rows: Row[]; page: number; total: number }> {
  const [[{ n: total }], rows] = await Promise.all([
    client.$queryRaw<{ n: number }[]>(buildCountSql(query)),
    client.$queryRaw<Row[]>(buildSearchSql(query)),
  ]);
  const page = Math.min(query.page, lastPage(total, query.pageSize));
  // Past the end (an old shared link): show the last page.
  return page === query.page ? { rows, page, total } : { rows: await client.$queryRaw<Row[]>(buildSearchSql(query, { page })), page, total };
}

/**
 * Runs the corrected-words statement with sequential scans refused: array overlap (&&) is
 * estimated poorly, and on some ANALYZE samples the planner tests every procedure's words
 * (≈ 90 ms at 10,000 procedures) instead of asking the GIN index on "searchWords" (≈ 9 ms).
 */
export async function runWithWordIndex<T>(client: PrismaClient, sql: Prisma.Sql): Promise<T> {
  const [, result] = await client.$transaction([client.$executeRaw`SET LOCAL enable_seqscan = off`, client.$queryRaw<T>(sql)]);
  return result;
}

/** A text search: rows and total in one statement; past the end, page 1 tells the total. */
async function search(client: PrismaClient, query: ProcedureSearch, corrections?: Corrections): Promise<{ rows: Row[]; page: number; total: number }> {
  const rowsOf = (page: number) => (corrections ? runWithWordIndex<Row[]>(client, buildSearchSql(query, { page, corrections })) : client.$queryRaw<Row[]>(buildSearchSql(query, { page })));
  let page = query.page;
  let rows = await rowsOf(page);
  if (rows.length === 0 && page > 1) {
    rows = await rowsOf(1);
    page = lastPage(rows[0]?.total ?? 0, query.pageSize);
    if (page > 1) rows = await rowsOf(page);
  }
  return { rows, page, total: rows[0]?.total ?? 0 };
}

/**
 * One page of published procedures matching the text and filters, best matches first (or by
 * name without a text). A page past the end shows the last page. When the words find few
 * procedures and no exact code, names that are only similar are added (tier 3).
 */
export async function searchProcedures(client: PrismaClient, query: ProcedureSearch): Promise<ProcedureListPage> {
  const { text, words } = searchTerms(query.q);
  let similar = false;
  let found = text ? await search(client, query) : await browse(client, query);
  if (text && found.total < FUZZY_BELOW && !found.rows.some((r) => r.tier === 0)) {
    const corrections = await findCorrections(client, words);
    similar = true;
    // No typed word has a correction: the similar names are the ones already found.
    if (corrections.size > 0) found = await search(client, query, corrections);
  }
  return {
    items: found.rows.map(toItem),
    total: found.total,
    page: found.page,
    pageSize: query.pageSize,
    pages: lastPage(found.total, query.pageSize),
    similar,
  };
}
