// npm run bench:catalogue [-- --procedures 10000 --runs 30 --port 54360 --keep]
//
// Times the catalogue search at a realistic-but-large catalogue. On its own embedded
// PostgreSQL (port 54360, data in .data/pg-bench) it creates a throwaway database, migrates
// it, inserts N procedures (the seed's real names varied with prefixes, suffixes and
// agencies), runs ANALYZE, then calls the app's own searchProcedures(client, query) — the
// exact code behind /procedures — for ~20 representative queries, each R times, and prints
// p50/p95 wall time (Node → PostgreSQL → Node, Prisma included), PostgreSQL's own execution
// time, and the query plans showing the trigram index at work. Target: < 50 ms per search.
import pg from "pg";
import { createPrismaClient } from "../lib/db-client";
import { Rng } from "../lib/domain/random";
import { normalizeForSearch } from "../lib/domain/text";
import { Prisma, type PrismaClient } from "../lib/generated/prisma/client";
import { buildCountSql, buildSearchSql, findCorrections, runWithWordIndex, searchProcedures, searchTerms, type ProcedureSearch } from "../lib/server/procedures/search-procedures";
import { AGENCIES, DEPARTMENTS } from "../prisma/seed/agencies";
import { PROCEDURES } from "../prisma/seed/procedures";
import { SECTORS } from "../prisma/seed/sectors";
import { startEmbeddedPostgres } from "./db/embedded";
import { applyMigrations } from "./db/migrations";

const DATABASE = "catalogue_bench";
const TARGET_MS = 50;
const INDEXES = ["Procedure_searchText_trgm_idx", "Procedure_searchWords_idx"];

function parseArgs(argv: string[]) {
  const opts = { procedures: 10_000, runs: 30, port: 54360, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    const value = () => Number((inline ?? argv[++i] ?? "").replace(/[_.,]/g, ""));
    if (flag === "--procedures") opts.procedures = value();
    else if (flag === "--runs") opts.runs = value();
    else if (flag === "--port") opts.port = value();
    else if (flag === "--keep") opts.keep = true;
    else throw new Error(`Tham số không hợp lệ: ${argv[i]} (dùng --procedures N --runs N --port N --keep)`);
  }
  if (!Number.isInteger(opts.procedures) || opts.procedures < PROCEDURES.length) throw new Error(`--procedures cần ≥ ${PROCEDURES.length}`);
  if (!Number.isInteger(opts.runs) || opts.runs < 1) throw new Error("--runs cần ≥ 1");
  return opts;
}

// Real catalogues repeat a procedure in many forms: re-issue, amendment, per kind of applicant.
const PREFIXES = ["", "Cấp lại ", "Điều chỉnh nội dung ", "Gia hạn ", "Cấp đổi ", "Xác nhận ", "Sửa đổi, bổ sung ", "Thu hồi "];
const SUFFIXES = [
  "", " đối với tổ chức", " đối với cá nhân", " trong trường hợp bị mất, hư hỏng", " (thủ tục liên thông)",
  " cho doanh nghiệp nhỏ và vừa", " tại khu công nghiệp", " thuộc thẩm quyền cấp tỉnh", " có yếu tố nước ngoài",
  " lần đầu", " theo quy trình rút gọn", " cho hộ nghèo, hộ cận nghèo",
];

/** Procedure i of the synthetic catalogue: the seed's 84 first, then their variants. */
function variant(i: number, rng: Rng) {
  const base = PROCEDURES[i % PROCEDURES.length];
  const j = Math.floor(i / PROCEDURES.length);
  const prefix = PREFIXES[j % PREFIXES.length];
  const suffix = SUFFIXES[Math.floor(j / PREFIXES.length) % SUFFIXES.length];
  const name = prefix ? `${prefix}${base.name.charAt(0).toLowerCase()}${base.name.slice(1)}${suffix}` : `${base.name}${suffix}`;
  // Variant codes (x.1xxxxx) cannot collide with the seed's (x.00xxxx, x.01xxxx).
  const code = i < PROCEDURES.length ? base.code : `${1 + (i % 2)}.${100_000 + i}`;
  const agency = base.scope === "COMMUNE" ? null : i < PROCEDURES.length || rng.chance(0.7) ? base.agency! : rng.pick(DEPARTMENTS).code;
  const level = i >= PROCEDURES.length && rng.chance(0.2) ? (base.level === "FULL_ONLINE" ? "PARTIAL" : "FULL_ONLINE") : base.level;
  return { code, name, sector: base.sector, scope: base.scope, agency, level, days: base.days, fee: base.fee, result: base.result };
}

async function createDatabase(adminUrl: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${DATABASE}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${DATABASE}`;
  return url.toString();
}

async function dropDatabase(adminUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
  await admin.end();
}

async function load(client: PrismaClient, count: number): Promise<void> {
  await client.sector.createMany({ data: SECTORS.map((s) => ({ code: s.code, name: s.name, nameEn: s.nameEn })) });
  await client.agency.createMany({ data: AGENCIES.map((a) => ({ code: a.code, name: a.name, shortName: a.shortName, kind: a.kind })) });
  const sectorId = new Map((await client.sector.findMany({ select: { id: true, code: true } })).map((s) => [s.code, s.id]));
  const agencyId = new Map((await client.agency.findMany({ select: { id: true, code: true } })).map((a) => [a.code, a.id]));
  const rng = new Rng("bench-catalogue");
  for (let start = 0; start < count; start += 1000) {
    const data = Array.from({ length: Math.min(1000, count - start) }, (_, k) => {
      const v = variant(start + k, rng);
      return {
        code: v.code, name: v.name, searchText: normalizeForSearch(`${v.code} ${v.name}`),
        sectorId: sectorId.get(v.sector)!, scope: v.scope, agencyId: v.agency ? agencyId.get(v.agency)! : null, level: v.level,
        processingDays: v.days, feeAmount: v.fee, requiredDocuments: [], steps: [], formSchema: {},
        legalBasis: "", resultDescription: v.result,
      };
    });
    await client.procedure.createMany({ data });
  }
  await client.$executeRawUnsafe(`ANALYZE "Procedure", "Sector", "Agency"`);
}

const QUERIES: { label: string; query: Partial<ProcedureSearch> }[] = [
  { label: "(no text, page 1)", query: {} },
  { label: "(no text, page 50)", query: { page: 50 } },
  { label: "dang ky khai sinh", query: { q: "dang ky khai sinh" } },
  { label: "ĐĂNG KÝ KHAI SINH", query: { q: "ĐĂNG KÝ KHAI SINH" } },
  { label: "khai sinh", query: { q: "khai sinh" } },
  { label: "khai sinh dang ky", query: { q: "khai sinh dang ky" } },
  { label: "dang ki khai sinh (typo)", query: { q: "dang ki khai sinh" } },
  { label: "1.001193 (code)", query: { q: "1.001193" } },
  { label: "001193 (part of code)", query: { q: "001193" } },
  { label: "ly lich tu phap", query: { q: "ly lich tu phap" } },
  { label: "giay phep xay dung", query: { q: "giay phep xay dung" } },
  { label: "giấy phép", query: { q: "giấy phép" } },
  { label: "ho kinh doanh", query: { q: "ho kinh doanh" } },
  { label: "cap doi giay chung nhan quyen su dung dat", query: { q: "cap doi giay chung nhan quyen su dung dat" } },
  { label: "ruou", query: { q: "ruou" } },
  { label: "xyzw khong co (no match)", query: { q: "xyzw khong co" } },
  { label: "dang ky + sector HT", query: { q: "dang ky", sector: "HT" } },
  { label: "agency STP + FULL_ONLINE", query: { agency: "STP", level: "FULL_ONLINE" } },
  { label: "agency PDP (commune) + chung thuc", query: { q: "chung thuc", agency: "PDP" } },
  { label: "giay phep, page 5", query: { q: "giay phep", page: 5 } },
  { label: "chung chi hanh nghe + PARTIAL", query: { q: "chung chi hanh nghe", level: "PARTIAL" } },
  { label: "a (one letter)", query: { q: "a" } },
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms = (n: number) => n.toFixed(1).padStart(7);

/**
 * The plan of the page statement that searchProcedures ran for this query: with the corrected
 * words when the words alone found too few (that statement is then the last one; the cheaper
 * ones before it are in the timings but not in this plan).
 */
async function explain(client: PrismaClient, query: ProcedureSearch, similar: boolean, given?: Prisma.Sql): Promise<string[]> {
  type Plan = { "QUERY PLAN": string }[];
  const corrections = similar ? await findCorrections(client, searchTerms(query.q).words) : undefined;
  const sql = given ?? buildSearchSql(query, { corrections: corrections?.size ? corrections : undefined });
  // Explained exactly as it runs: the corrected-words statement with sequential scans refused.
  const statement = Prisma.sql`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`;
  const rows = corrections?.size && !given ? await runWithWordIndex<Plan>(client, statement) : await client.$queryRaw<Plan>(statement);
  return rows.map((r) => r["QUERY PLAN"]);
}

const executionMs = (plan: string[]) => Number(/Execution Time: ([\d.]+)/.exec(plan.join("\n"))?.[1] ?? NaN);

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const server = await startEmbeddedPostgres({ dir: ".data/pg-bench", port: opts.port, database: "postgres", log: console.log });
  const url = await createDatabase(server.url);
  const client = createPrismaClient(url, 4);
  try {
    await applyMigrations(url);
    const t0 = Date.now();
    await load(client, opts.procedures);
    const [{ n }] = await client.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Procedure"`;
    console.log(`\n${n.toLocaleString("vi-VN")} thủ tục đã nạp và ANALYZE trong ${((Date.now() - t0) / 1000).toFixed(1)} s.`);
    console.log(`Đo: searchProcedures(client, query) — cùng mã với trang /procedures; ${opts.runs} lần mỗi truy vấn sau 3 lần khởi động.\n`);

    const header = `${"query".padEnd(42)} ${"p50 ms".padStart(7)} ${"p95 ms".padStart(7)} ${"pg ms".padStart(7)} ${"rows".padStart(6)}  index used`;
    console.log(header);
    console.log("-".repeat(header.length));
    const allP95: number[] = [];
    for (const { label, query: partial } of QUERIES) {
      const query: ProcedureSearch = { q: undefined, page: 1, pageSize: 20, ...partial };
      for (let i = 0; i < 3; i++) await searchProcedures(client, query);
      const times: number[] = [];
      let last = await searchProcedures(client, query);
      for (let i = 0; i < opts.runs; i++) {
        const start = performance.now();
        last = await searchProcedures(client, query);
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      const plan = await explain(client, query, last.similar);
      // Browsing runs a count beside the page: PostgreSQL's time is the slower of the two.
      const exec = query.q ? executionMs(plan) : Math.max(executionMs(plan), executionMs(await explain(client, query, false, buildCountSql(query))));
      const usesIndex = plan.some((l) => INDEXES.some((i) => l.includes(i)));
      allP95.push(percentile(times, 95));
      const how = usesIndex ? "yes" : query.q ? "no (seq scan chosen)" : "— (no text)";
      console.log(`${label.padEnd(42)} ${ms(percentile(times, 50))} ${ms(percentile(times, 95))} ${ms(exec)} ${String(last.total).padStart(6)}  ${how}${last.similar ? ", + corrected words" : ""}`);
    }
    const worst = Math.max(...allP95);
    console.log(`\np95 lớn nhất: ${worst.toFixed(1)} ms — mục tiêu < ${TARGET_MS} ms: ${worst < TARGET_MS ? "ĐẠT" : "CHƯA ĐẠT"}.`);

    for (const q of ["dang ky khai sinh", "dang ki khai sinh", "ly lich tu phap"]) {
      const query: ProcedureSearch = { q, page: 1, pageSize: 20 };
      const { similar } = await searchProcedures(client, query);
      console.log(`\nEXPLAIN ANALYZE — "${q}"${similar ? " (with similar names)" : ""}:`);
      for (const line of await explain(client, query, similar)) console.log(`  ${line}`);
    }
  } finally {
    await client.$disconnect();
    if (!opts.keep) await dropDatabase(server.url);
    await server.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
