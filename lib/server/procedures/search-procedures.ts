// The catalogue search itself, taking its PrismaClient as an argument. Deliberately without
// `import "server-only"`: the benchmark (scripts/bench-catalogue.ts) runs this exact code
// outside Next.js. The app reaches it only through list-procedures.ts, which is server-only.
//
// Matching runs on Procedure.searchText = normalizeForSearch(`${code} ${name}`) (lower case, no
// diacritics), which has a GIN trigram index: LIKE '%…%' and the word-similarity operator <%
// are both answered by that index. Ranking tiers: 0 exact code, 1 the whole phrase in the
// name/code, 2 every word somewhere (any order), 3 only similar (a typo: "dang ki khai sinh";
// looked for only when tiers 0–2 find fewer than FUZZY_BELOW procedures).
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

// What the search and its filters read of a procedure (the similar-name CTE keeps only these).
const CANDIDATE_COLUMNS = Prisma.raw(
  ["id", "code", "name", "level", "scope", "processingDays", "feeAmount", "sectorId", "agencyId", "searchText", "isPublished"].map((c) => `q."${c}"`).join(", "),
);

// Browsing order without a text: alphabetical without diacritics ("Đăng ký …" among the D's,
// not after Z), i.e. the name part of searchText. That part is plain ASCII, so byte order
// (COLLATE "C") is the same order and sorts faster than the database's libc collation.
const BROWSE_ORDER = Prisma.sql`substring(p."searchText" from position(' ' in p."searchText") + 1) COLLATE "C", p."name", p."code"`;

/**
 * The SQL of one page of results (exported so the benchmark can EXPLAIN exactly this). With a
 * text, every match must be ranked anyway, so the total comes along as a window count; without
 * one, the page needs no window (see buildCountSql), so an index on the browse order can serve it.
 */
export function buildSearchSql(query: ProcedureSearch, options: { page?: number; fuzzy?: boolean } = {}): Prisma.Sql {
  const page = options.page ?? query.page;
  const { text, words } = searchTerms(query.q);
  const conditions = filterConditions(query);
  let rank: Prisma.Sql = Prisma.sql`NULL::int`;
  let total: Prisma.Sql = Prisma.sql`NULL::int`;
  let order = BROWSE_ORDER;
  let candidates = Prisma.empty;
  let source = Prisma.sql`"Procedure" p`;
  if (text) {
    const allWords = Prisma.join(words.map((w) => matches(w)), " AND ");
    const fuzzy = options.fuzzy === true;
    if (fuzzy) {
      // Candidates first, in a materialised CTE whose similar-name branch can only be answered
      // by the trigram index (sequential scans refused, see runWithTrigramIndex). Folded into
      // the main WHERE with the filters, the planner could reach every row through another
      // index (isPublished, level …) and compute word_similarity for each of them.
      const byWords = Prisma.join(words.map((w) => matches(w, "q")), " AND ");
      candidates = Prisma.sql`WITH "candidates" AS MATERIALIZED (
        SELECT ${CANDIDATE_COLUMNS} FROM "Procedure" q WHERE ${byWords}
        UNION
        SELECT ${CANDIDATE_COLUMNS} FROM "Procedure" q WHERE ${text} <% q."searchText"
      )`;
      source = Prisma.sql`"candidates" p`;
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
    // before "Đăng ký khai sinh kết hợp …"). Similar-only names go first by word similarity,
    // computed for them alone: trigrams are the costly part of a search (adding whole-text
    // similarity ranked a little better but cost a third more on a typo at 10,000 procedures).
    const closeness = fuzzy ? Prisma.sql`CASE WHEN NOT (${allWords}) THEN word_similarity(${text}, p."searchText") END DESC NULLS LAST, ` : Prisma.empty;
    order = Prisma.sql`"tier", ${closeness}length(p."name"), p."name", p."code"`;
  }
  const offset = (page - 1) * query.pageSize;
  return Prisma.sql`${candidates}
    SELECT p."code", p."name", p."level"::text AS "level", p."scope"::text AS "scope", p."processingDays", p."feeAmount",
      s."code" AS "sectorCode", s."name" AS "sectorName", s."nameEn" AS "sectorNameEn",
      a."code" AS "agencyCode", a."name" AS "agencyName",
      ${rank} AS "tier",
      ${total} AS "total"
    FROM ${source}
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
 * Runs a statement that looks for similar names with sequential scans refused: trigram
 * functions are declared as cheap as `=`, so on some ANALYZE samples the planner prefers a
 * sequential scan that computes word_similarity for every procedure (≈ 250 ms at 10,000
 * instead of 30–50 ms through the trigram index; see npm run bench:catalogue).
 */
export async function runWithTrigramIndex<T>(client: PrismaClient, sql: Prisma.Sql): Promise<T> {
  const [, result] = await client.$transaction([client.$executeRaw`SET LOCAL enable_seqscan = off`, client.$queryRaw<T>(sql)]);
  return result;
}

function textRows(client: PrismaClient, query: ProcedureSearch, page: number, fuzzy: boolean): Promise<Row[]> {
  const sql = buildSearchSql(query, { page, fuzzy });
  return fuzzy ? runWithTrigramIndex<Row[]>(client, sql) : client.$queryRaw<Row[]>(sql);
}

/** A text search: rows and total in one statement; past the end, page 1 tells the total. */
async function search(client: PrismaClient, query: ProcedureSearch, fuzzy: boolean): Promise<{ rows: Row[]; page: number; total: number }> {
  let page = query.page;
  let rows = await textRows(client, query, page, fuzzy);
  if (rows.length === 0 && page > 1) {
    rows = await textRows(client, query, 1, fuzzy);
    page = lastPage(rows[0]?.total ?? 0, query.pageSize);
    if (page > 1) rows = await textRows(client, query, page, fuzzy);
  }
  return { rows, page, total: rows[0]?.total ?? 0 };
}

/**
 * One page of published procedures matching the text and filters, best matches first (or by
 * name without a text). A page past the end shows the last page.
 */
export async function searchProcedures(client: PrismaClient, query: ProcedureSearch): Promise<ProcedureListPage> {
  const text = searchTerms(query.q).text;
  let similar = false;
  let found = text ? await search(client, query, false) : await browse(client, query);
  if (text && found.total < FUZZY_BELOW) {
    similar = true;
    found = await search(client, query, true);
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
