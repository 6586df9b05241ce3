// npm run bench:dashboard [-- --runs 30 --port 3400]
//
// The leaders' dashboards at 1,000,000 dossiers. Starts the production server on the embedded
// PostgreSQL in .data/pg-1m (seeded with 1M dossiers on first use — about 6–10 minutes — and
// reused afterwards; BENCH_DATABASE_URL points it at another server), signs in as the demo
// leader and prints, in one run:
//   1. p50/p95 of each leader page rendered on the server (HTTP, sequential requests);
//   2. the data queries behind them: the rollups (DossierStatAgencyMonthly for the flows and the
//      province, DossierStatMonthly for the 766 index, which needs procedures) against the equivalent
//      full scan of the Dossier table, their times, the ratio, and whether both give the same
//      numbers (so the rollup is checked at 1M dossiers too).
//   Each page's database time is read from pg_stat_statements (the cluster is started with it
//   preloaded; a cluster already running without it is said so): the execution time of all
//   statements the server ran for one request, summed (parallel queries count in full).
//   `--statements` also prints, under each page, its five costliest statements per request.
// Targets (issue 5): page p95 < 300 ms, database time < 50 ms.
import pg from "pg";
import { embeddedUrl } from "./db/embedded";
import { BENCH_PG_PORT, percentile, signInCookie, startBenchServer, timeRuns } from "./bench/server";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RUNS = option("runs", 30);
const PORT = option("port", 3400);
const STATEMENTS = args.includes("--statements");
const PAGE_P95_TARGET = 300;
const DB_TARGET = 50;

const COUNTS = `sum(received)::int AS received, sum(finished)::int AS finished, sum("finishedEarly")::int AS early,
  sum("finishedOnTime")::int AS "onTime", sum("finishedLate")::int AS late, sum("paidOnline")::int AS "paidOnline",
  sum("feeBearing")::int AS "feeBearing", sum("electronicResult")::int AS "electronicResult",
  sum("ratedSatisfied")::int AS satisfied, sum("ratedDissatisfied")::int AS dissatisfied`;
const SCAN_COUNTS = `count(*)::int AS received, count(*) FILTER (WHERE d."finishTiming" IS NOT NULL)::int AS finished,
  count(*) FILTER (WHERE d."finishTiming" = 'EARLY')::int AS early, count(*) FILTER (WHERE d."finishTiming" = 'ON_TIME')::int AS "onTime",
  count(*) FILTER (WHERE d."finishTiming" = 'LATE')::int AS late, count(*) FILTER (WHERE d."paidOnline")::int AS "paidOnline",
  count(*) FILTER (WHERE d."feeAmount" > 0)::int AS "feeBearing", count(*) FILTER (WHERE d."electronicResult")::int AS "electronicResult",
  count(*) FILTER (WHERE r."score" = 'SATISFIED')::int AS satisfied, count(*) FILTER (WHERE r."score" = 'DISSATISFIED')::int AS dissatisfied`;
// submittedAt is a UTC timestamp without time zone: read it as UTC, then take the Vietnam month.
const VN_MONTH = `(date_trunc('month', (d."submittedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Ho_Chi_Minh'))::date`;

/** Pairs of queries giving the same figures: what the dashboards read, and a scan of Dossier. */
const QUERY_PAIRS = [
  {
    name: "Luồng hồ sơ 24 tháng × cơ quan",
    rollup: `SELECT month, "agencyId", ${COUNTS} FROM "DossierStatAgencyMonthly" WHERE month >= $1 GROUP BY 1, 2 ORDER BY 1, 2`,
    scan: `SELECT ${VN_MONTH} AS month, d."agencyId", ${SCAN_COUNTS} FROM "Dossier" d LEFT JOIN "Rating" r ON r."dossierId" = d.id
           WHERE d."submittedAt" IS NOT NULL AND ${VN_MONTH} >= $1 GROUP BY 1, 2 ORDER BY 1, 2`,
    from: (now: Date) => monthStart(now, -23),
  },
  {
    name: "Chỉ số 766 tháng này × cơ quan",
    rollup: `SELECT "agencyId", ${COUNTS} FROM "DossierStatMonthly" WHERE month = $1 GROUP BY 1 ORDER BY 1`,
    scan: `SELECT d."agencyId", ${SCAN_COUNTS} FROM "Dossier" d LEFT JOIN "Rating" r ON r."dossierId" = d.id
           WHERE d."submittedAt" IS NOT NULL AND ${VN_MONTH} = $1 GROUP BY 1 ORDER BY 1`,
    from: (now: Date) => monthStart(now, 0),
  },
  {
    name: "Toàn tỉnh 12 tháng",
    rollup: `SELECT month, ${COUNTS} FROM "DossierStatAgencyMonthly" WHERE month >= $1 GROUP BY 1 ORDER BY 1`,
    scan: `SELECT ${VN_MONTH} AS month, ${SCAN_COUNTS} FROM "Dossier" d LEFT JOIN "Rating" r ON r."dossierId" = d.id
           WHERE d."submittedAt" IS NOT NULL AND ${VN_MONTH} >= $1 GROUP BY 1 ORDER BY 1`,
    from: (now: Date) => monthStart(now, -11),
  },
];

function monthStart(now: Date, offset: number): string {
  const vn = new Date(now.getTime() + 7 * 3600_000);
  const d = new Date(Date.UTC(vn.getUTCFullYear(), vn.getUTCMonth() + offset, 1));
  return d.toISOString().slice(0, 10);
}

const ms = (n: number) => n.toFixed(1).padStart(8);

/**
 * Sum of statement execution time in the portal's database so far (pg_stat_statements), or null
 * when the cluster was not started with it. The bench's own statements are left out.
 */
async function statementClock(client: pg.Client): Promise<(() => Promise<number>) | null> {
  const { rows: [{ preload }] } = await client.query<{ preload: string }>(`SELECT current_setting('shared_preload_libraries') AS preload`);
  if (!preload.split(",").map((s) => s.trim()).includes("pg_stat_statements")) return null;
  await client.query(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`);
  return async () => {
    const { rows: [{ total }] } = await client.query<{ total: number }>(
      `SELECT coalesce(sum(total_exec_time), 0)::float8 AS total FROM pg_stat_statements
       WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
         AND query NOT ILIKE '%pg_stat_statements%' AND query NOT ILIKE '%shared_preload_libraries%'`,
    );
    return total;
  };
}

async function main() {
  console.log(`Bảng điều hành ở quy mô 1.000.000 hồ sơ — ${RUNS} lượt mỗi trang`);
  const server = await startBenchServer(PORT, { env: { ...process.env, EMBEDDED_PG_PRELOAD: "pg_stat_statements" } });
  const client = new pg.Client({ connectionString: process.env.BENCH_DATABASE_URL ?? embeddedUrl(BENCH_PG_PORT, "portal") });
  await client.connect();
  let failed = false;
  try {
    const { rows: [{ n }] } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Dossier"`);
    console.log(`\nCơ sở dữ liệu: ${n.toLocaleString("vi-VN")} hồ sơ.`);
    const agency = await client.query<{ code: string }>(`SELECT a.code FROM "Agency" a JOIN "DossierStatMonthly" s ON s."agencyId" = a.id GROUP BY a.code ORDER BY sum(s.received) DESC LIMIT 1`);
    const cookie = await signInCookie(server.base, "lanhdao@demo.thainguyen.vn", "ThaiNguyen@2026");

    const pages = ["/leader", "/leader/tasks", "/leader/quality", `/leader/quality/${agency.rows[0]?.code ?? ""}`, "/leader/flows", "/leader/forecasts"];
    const dbClock = await statementClock(client);
    if (!dbClock) console.log("\n(Không đo được thời gian CSDL: cụm PostgreSQL đang chạy không nạp pg_stat_statements — dừng nó rồi chạy lại.)");
    console.log("\n1. Trang (HTTP, máy chủ production)\ntrang                                  p50 ms   p95 ms   CSDL p50  CSDL p95   đạt p95 < 300 và CSDL < 50?");
    for (const page of pages) {
      let status = 0;
      const times: number[] = [];
      const dbTimes: number[] = [];
      // Each page's statements alone (the clock below reads differences, so a reset does not disturb it).
      if (STATEMENTS && dbClock) await client.query(`SELECT pg_stat_statements_reset()`);
      for (let i = -2; i < RUNS; i++) { // two warm-up requests, not counted
        const before = dbClock ? await dbClock() : 0;
        const t = performance.now();
        const r = await fetch(`${server.base}${page}`, { headers: { Cookie: cookie }, redirect: "manual" });
        status = r.status;
        await r.arrayBuffer();
        const elapsed = performance.now() - t;
        const dbMs = dbClock ? (await dbClock()) - before : NaN;
        if (i < 0) continue;
        times.push(elapsed);
        if (dbClock) dbTimes.push(dbMs);
      }
      times.sort((a, b) => a - b);
      dbTimes.sort((a, b) => a - b);
      const p95 = percentile(times, 95);
      const dbP95 = dbTimes.length ? percentile(dbTimes, 95) : NaN;
      const ok = status === 200 && p95 < PAGE_P95_TARGET && (!dbClock || dbP95 < DB_TARGET);
      if (!ok) failed = true;
      const db = dbTimes.length ? `${ms(percentile(dbTimes, 50))}  ${ms(dbP95)}` : `${"—".padStart(8)}  ${"—".padStart(8)}`;
      console.log(`${page.padEnd(36)} ${ms(percentile(times, 50))} ${ms(p95)} ${db}   ${status !== 200 ? `HTTP ${status}` : ok ? "có" : "KHÔNG"}`);
      if (STATEMENTS && dbClock) {
        const { rows } = await client.query<{ calls: number; ms: number; query: string }>(
          `SELECT calls::float8 AS calls, total_exec_time::float8 AS ms, regexp_replace(query, '\\s+', ' ', 'g') AS query FROM pg_stat_statements
           WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
             AND query NOT ILIKE '%pg_stat_statements%' AND query NOT ILIKE '%shared_preload_libraries%'
           ORDER BY total_exec_time DESC LIMIT 5`);
        for (const r of rows) console.log(`    ${(r.ms / (RUNS + 2)).toFixed(1).padStart(6)} ms/lượt  ${(r.calls / (RUNS + 2)).toFixed(1)} lần  ${r.query.slice(0, 110)}`);
      }
    }

    console.log("\n2. Truy vấn: bảng tổng hợp so với quét toàn bộ bảng Dossier (trung vị 5 lượt)");
    console.log("truy vấn                               tổng hợp ms   quét ms    tỉ lệ   cùng số liệu?");
    const now = new Date();
    for (const pair of QUERY_PAIRS) {
      const params = [pair.from(now)];
      const rollupTimes = await timeRuns(() => client.query(pair.rollup, params), 5, 1);
      const scanTimes = await timeRuns(() => client.query(pair.scan, params), 5, 1);
      const [a, b] = [await client.query(pair.rollup, params), await client.query(pair.scan, params)];
      const same = JSON.stringify(a.rows) === JSON.stringify(b.rows);
      const rollupMs = percentile(rollupTimes, 50);
      const scanMs = percentile(scanTimes, 50);
      if (!same || rollupMs >= DB_TARGET) failed = true;
      console.log(`${pair.name.padEnd(36)} ${ms(rollupMs)}   ${ms(scanMs)}   ${(scanMs / rollupMs).toFixed(0).padStart(5)}×   ${same ? "có" : "KHÔNG"}`);
    }
  } finally {
    await client.end();
    await server.stop();
  }
  console.log(failed ? "\nCó chỉ tiêu CHƯA ĐẠT (xem các dòng KHÔNG)." : "\nMọi chỉ tiêu đều đạt.");
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
