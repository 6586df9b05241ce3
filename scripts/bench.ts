// npm run bench [-- --duration 10 --connections 20 --only home,lookup --port 3160]
//
// Load test of the production server on the embedded PostgreSQL with 1,000,000 dossiers
// (.data/pg-1m, see scripts/bench/server.ts), with autocannon: for each route, requests/s,
// p50/p95/p99 and errors, next to a static file served by the same server in the same run
// (the site's stylesheet under /_next/static/: the root layout reads the language cookie and the
// session, so the build has no prerendered page to compare with).
// Prints one table with PASS/FAIL per target and writes bench-results/bench-<timestamp>.json.
//
// Anonymous requests for the public pages go through the web server's page cache
// (scripts/web/page-cache.ts: each page rendered at most once per PAGE_CACHE_TTL_SECONDS, 10 s).
// For each public route the table says what share of its requests the cache answered (read from
// /api/metrics before and after the run), and the row "catalogue-render" asks for a new URL
// every time, so that the cost of rendering stays in view.
//
// Targets (issue 6, on a 2-core machine): public pages ≥ 0.5× the static file's requests/s;
// officer inbox and leader overview p95 < 300 ms at 20 connections; submissions ≥ 100/s with
// p95 < 500 ms and no error.
//
// The public look-up is limited to 10 attempts per client IP per 10 minutes and 30 per dossier
// code per hour. The portal takes the client IP from X-Forwarded-For, which the reverse proxy in
// front of it sets (README: deployments must put it behind a proxy that overwrites the header).
// The benchmark plays that proxy for many citizens: each request carries a different address of
// the benchmarking range 198.18.0.0/15 (RFC 2544) and looks up a different real dossier with its
// phone's last 4 digits, so every request does the full work (both limit counters + the query)
// and must answer 200. Before the run it also checks the limiter still refuses an 11th attempt
// from one address (429).
//
// Submissions go through POST /api/dossiers/submit (the same submitDossier operation as the
// review page's form) with a unique idempotency key per request, on drafts prepared before the
// timed run (scripts/bench/drafts.ts); that run ends when every prepared draft has been sent.
// A citizen may send 30 dossiers per 10 minutes (RATE_LIMITS.submitPerUser, designed), so the
// load comes from many citizens — bench accounts signed in through the sign-in endpoint, at most
// 10 submissions each per run — not from a bypass.
//
// Options: --duration S (10), --connections N (20), --only a,b (routes: static always runs),
// --port P (3160), --base URL (use a running server instead of starting one), --dir, --pg-port,
// --dossiers, --dist-dir (another database / build folder, e.g. a small one while developing),
// --drafts N (default 50 × duration: at the target of 100/s the run lasts half the duration),
// --workers N (web processes of the started server, WEB_CONCURRENCY; default 1: one `next start`).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "../lib/db-client";
import { embeddedUrl } from "./db/embedded";
import { benchCitizens, prepareDrafts, type BenchDraft } from "./bench/drafts";
import { runLoad, type LoadOptions, type LoadResult } from "./bench/load";
import { BENCH_PG_PORT, benchServerFromCli, cliOption, signInCookie } from "./bench/server";

const args = process.argv.slice(2);
const option = (name: string) => cliOption(name, args);
const DURATION = Number(option("duration") ?? 10);
const CONNECTIONS = Number(option("connections") ?? 20);
const PORT = Number(option("port") ?? 3160);
const PG_PORT = Number(option("pg-port") ?? BENCH_PG_PORT);
const ONLY = option("only")?.split(",").map((s) => s.trim()).filter(Boolean);
const DRAFTS = Number(option("drafts") ?? 50 * DURATION);
// The started server inherits this environment (scripts/bench/server.ts): WEB_CONCURRENCY=N runs
// N web processes on the port (scripts/web-cluster.ts).
const WORKERS = Number(option("workers") ?? process.env.WEB_CONCURRENCY ?? 1);
process.env.WEB_CONCURRENCY = String(WORKERS);
const PASSWORD = "ThaiNguyen@2026";
const DEMO = {
  officer: "canbo.tuphap@demo.thainguyen.vn",
  leader: "lanhdao@demo.thainguyen.vn",
};
// Catalogue searches typed without diacritics, as many people do.
const SEARCHES = ["dang ky khai sinh", "ho kinh doanh", "chung thuc ban sao", "giay phep xay dung", "ket hon"];
const PROCEDURE = "1.001193";

type Target = { text: string; pass: (r: LoadResult, staticRps: number) => boolean };
type Route = {
  id: string;
  label: string;
  public?: boolean;
  target?: Target;
  /** Prepared once the server is up and everyone is signed in. */
  load: (ctx: Context) => Promise<Omit<LoadOptions, "connections" | "duration">>;
  warmup?: boolean;
};
type Context = { base: string; cookies: Record<keyof typeof DEMO, string>; prisma: ReturnType<typeof createPrismaClient>; staticPath: string };

const publicTarget: Target = { text: "≥ 0,5× tĩnh", pass: (r, s) => r.rps >= 0.5 * s && r.errors === 0 };
const p95Target: Target = { text: "p95 < 300 ms", pass: (r) => r.p95 < 300 && r.errors === 0 };
const submitTarget: Target = { text: "≥ 100/s, p95 < 500 ms, 0 lỗi", pass: (r) => r.rps >= 100 && r.p95 < 500 && r.errors === 0 };

/** 198.18.0.0/15 (RFC 2544, benchmarking): a distinct client address per request. */
function benchmarkAddress(n: number): string {
  const i = n % 131_072;
  return `198.${18 + (i >> 16)}.${(i >> 8) & 255}.${i & 255}`;
}

const ROUTES: Route[] = [
  { id: "static", label: "Tệp tĩnh (CSS của trang)", load: async ({ base, staticPath }) => ({ url: base + staticPath }) },
  { id: "home", label: "Trang chủ /", public: true, target: publicTarget, load: async ({ base }) => ({ url: `${base}/` }) },
  {
    id: "catalogue",
    label: "Tìm thủ tục /procedures?q=…",
    public: true,
    target: publicTarget,
    load: async ({ base }) => {
      let n = 0;
      return { url: `${base}/procedures`, setup: (req) => ({ ...req, path: `/procedures?q=${encodeURIComponent(SEARCHES[n++ % SEARCHES.length])}` }) };
    },
  },
  {
    // The same searches, each URL made unique by a parameter the page ignores: every request is
    // rendered (what a visitor pays who asks for a page nobody asked for in the last seconds, and
    // what someone trying to get around the page cache costs the server). No target: it shows
    // the render cost behind the cached catalogue row.
    id: "catalogue-render",
    public: true,
    label: "Tìm thủ tục, địa chỉ mới mỗi lần (luôn dựng trang)",
    load: async ({ base }) => {
      let n = 0;
      const run = Date.now().toString(36);
      return {
        url: `${base}/procedures`,
        setup: (req) => ({ ...req, path: `/procedures?q=${encodeURIComponent(SEARCHES[n % SEARCHES.length])}&lan=${run}-${n++}` }),
      };
    },
  },
  { id: "procedure", label: `Trang thủ tục /procedures/${PROCEDURE}`, public: true, target: publicTarget, load: async ({ base }) => ({ url: `${base}/procedures/${PROCEDURE}` }) },
  {
    id: "lookup",
    label: "Tra cứu POST /api/v1/lookup",
    public: true,
    target: publicTarget,
    load: async ({ base, prisma }) => {
      // Real submitted dossiers with a phone (a sample of the table, not its first rows).
      const rows = await prisma.$queryRaw<{ code: string; last4: string }[]>`
        SELECT code, right(regexp_replace("applicantPhone", '[^0-9]', '', 'g'), 4) AS last4
        FROM "Dossier" TABLESAMPLE SYSTEM (2)
        WHERE code IS NOT NULL AND status <> 'DRAFT' AND length(regexp_replace(coalesce("applicantPhone", ''), '[^0-9]', '', 'g')) >= 4
        LIMIT 20000`;
      if (rows.length === 0) throw new Error("Không có hồ sơ để tra cứu");
      // Start at a random address so that runs minutes apart do not share one's 10-minute window.
      let n = Math.floor(Math.random() * 131_072);
      let k = Math.floor(Math.random() * rows.length);
      return {
        url: `${base}/api/v1/lookup`,
        method: "POST",
        setup: (req) => {
          const row = rows[k++ % rows.length];
          return {
            ...req,
            method: "POST",
            headers: { "content-type": "application/json", "x-forwarded-for": benchmarkAddress(n++) },
            body: JSON.stringify({ code: row.code, phoneLast4: row.last4 }),
          };
        },
      };
    },
  },
  { id: "inbox", label: "Hộp hồ sơ cán bộ /officer/dossiers", target: p95Target, load: async ({ base, cookies }) => ({ url: `${base}/officer/dossiers`, headers: { cookie: cookies.officer } }) },
  { id: "leader", label: "Tổng quan lãnh đạo /leader", target: p95Target, load: async ({ base, cookies }) => ({ url: `${base}/leader`, headers: { cookie: cookies.leader } }) },
  {
    id: "submit",
    label: "Nộp hồ sơ POST /api/dossiers/submit",
    target: submitTarget,
    warmup: false,
    load: async ({ base, prisma }) => {
      // At most 10 submissions per citizen per run (the limit is 30 per 10 minutes).
      const citizens = await benchCitizens({ prisma, base, count: Math.ceil((DRAFTS + 20) / 10), perCitizen: 10, password: PASSWORD });
      const warm = await prepareDrafts({ prisma, base, citizens, count: 20 });
      await submitAll(base, warm);
      const drafts = await prepareDrafts({ prisma, base, citizens, count: DRAFTS, log: (l) => console.log(`  ${l} · ${citizens.size} công dân`) });
      preparedDrafts.push(...warm, ...drafts);
      let n = 0;
      const run = Date.now().toString(36);
      return {
        url: `${base}/api/dossiers/submit`,
        method: "POST",
        amount: drafts.length,
        expect: [201],
        setup: (req) => {
          const i = n++;
          const d = drafts[i % drafts.length];
          return {
            ...req,
            method: "POST",
            headers: { "content-type": "application/json", cookie: d.cookie, origin: base },
            body: JSON.stringify({ dossierId: d.id, idempotencyKey: `bench-${run}-${i.toString().padStart(6, "0")}` }),
          };
        },
      };
    },
  },
];

/** Drafts made by this run: those still unsent at the end are removed (with their uploads' rows). */
const preparedDrafts: BenchDraft[] = [];

/** Untimed warm-up of the submission path (the first requests compile and fill caches). */
async function submitAll(base: string, drafts: BenchDraft[]) {
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let i = next++; i < drafts.length; i = next++) {
        const d = drafts[i];
        const r = await fetch(`${base}/api/dossiers/submit`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie: d.cookie, origin: base },
          body: JSON.stringify({ dossierId: d.id, idempotencyKey: `bench-warmup-${Date.now()}-${i}` }),
        });
        if (r.status !== 201) throw new Error(`Nộp thử: HTTP ${r.status} ${await r.text()}`);
      }
    }),
  );
}

/** The limiter is the designed behaviour: 10 attempts per address, the 11th refused. */
async function checkLookupLimiter(base: string): Promise<{ statuses: number[]; ok: boolean }> {
  const ip = `198.19.255.${1 + Math.floor(Math.random() * 250)}`;
  // A well-formed code nobody has (malformed input is refused before any limit is counted).
  const code = `ZZ-260101-${10_000 + Math.floor(Math.random() * 90_000)}`;
  const statuses: number[] = [];
  for (let i = 0; i < 11; i++) {
    const r = await fetch(`${base}/api/v1/lookup`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": ip },
      body: JSON.stringify({ code, phoneLast4: "0000" }),
    });
    statuses.push(r.status);
  }
  return { statuses, ok: statuses.at(-1) === 429 };
}

type CacheCounts = { hit: number; stale: number; miss: number; servedShare: number };

/** The page cache's counters (portal_page_cache_requests_total, summed over web processes). */
async function pageCacheCounts(base: string): Promise<Record<string, number>> {
  const text = await (await fetch(`${base}/api/metrics`)).text();
  const counts: Record<string, number> = {};
  for (const m of text.matchAll(/^portal_page_cache_requests_total\{[^}]*result="(\w+)"[^}]*\} (\d+(?:\.\d+)?)/gm)) counts[m[1]] = (counts[m[1]] ?? 0) + Number(m[2]);
  return counts;
}

/** What share of a route's requests the page cache answered during its run. */
function cacheShare(before: Record<string, number>, after: Record<string, number>): { counts: CacheCounts; text: string } | null {
  const delta = (k: string) => (after[k] ?? 0) - (before[k] ?? 0);
  const hit = delta("hit");
  const stale = delta("stale");
  const miss = delta("miss");
  const total = hit + stale + miss;
  if (total === 0) return null; // not a cached page (the look-up)
  const servedShare = total ? (hit + stale) / total : 0;
  return { counts: { hit, stale, miss, servedShare }, text: `bộ nhớ tạm trang: ${hit} trúng, ${stale} bản cũ, ${miss} dựng trang` };
}

const num = (n: number, digits = 0) => (Number.isNaN(n) ? "—" : n.toLocaleString("vi-VN", { minimumFractionDigits: digits, maximumFractionDigits: digits }));
const load = () => os.loadavg().map((n) => n.toFixed(2)).join(" / ");

async function main() {
  const unknown = ONLY?.filter((id) => !ROUTES.some((r) => r.id === id));
  if (unknown?.length) throw new Error(`Không có tuyến: ${unknown.join(", ")} (có: ${ROUTES.map((r) => r.id).join(", ")})`);
  const routes = ROUTES.filter((r) => r.id === "static" || !ONLY || ONLY.includes(r.id));
  const loadBefore = os.loadavg();
  console.log(`Đo tải: ${DURATION} s mỗi tuyến, ${CONNECTIONS} kết nối · ${WORKERS} tiến trình web · tải máy (1/5/15 phút) lúc bắt đầu: ${load()} · ${os.cpus().length} nhân`);

  const server = await benchServerFromCli(PORT, PG_PORT);
  const url = server.url;
  const prisma = createPrismaClient(process.env.BENCH_DATABASE_URL ?? embeddedUrl(PG_PORT, "portal"), 4);
  const results: { id: string; label: string; target: string | null; pass: boolean | null; ratio: number | null; pageCache: CacheCounts | null; result: LoadResult }[] = [];
  try {
    const [{ n: dossiers }] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Dossier"`;
    const [officer, leader] = await Promise.all([DEMO.officer, DEMO.leader].map((e) => signInCookie(url, e, PASSWORD)));
    const home = await (await fetch(`${url}/`)).text();
    const staticPath = /href="(\/_next\/static\/[^"]+\.css)"/.exec(home)?.[1];
    if (!staticPath) throw new Error("Không tìm thấy tệp CSS tĩnh trong trang chủ");
    const ctx: Context = { base: url, cookies: { officer, leader }, prisma, staticPath };
    console.log(`Máy chủ ${url} · ${num(dossiers)} hồ sơ · tệp tĩnh ${staticPath}`);

    let limiter: Awaited<ReturnType<typeof checkLookupLimiter>> | null = null;
    if (routes.some((r) => r.id === "lookup")) {
      limiter = await checkLookupLimiter(url);
      console.log(`Giới hạn tra cứu, 11 lần từ một địa chỉ: ${limiter.statuses.join(" ")} → ${limiter.ok ? "lần thứ 11 bị từ chối (429), đúng thiết kế" : "KHÔNG bị từ chối"}`);
    }

    let staticRps = NaN;
    for (const route of routes) {
      const opts = await route.load(ctx);
      if (route.warmup !== false) {
        // A few requests one at a time (the first ones load the route's code), then 2 s at full load.
        await runLoad({ ...opts, connections: 1, duration: 30, amount: 5 });
        await runLoad({ ...opts, connections: CONNECTIONS, duration: 2, amount: undefined });
      }
      process.stdout.write(`  ${route.label} … `);
      const cacheBefore = route.public ? await pageCacheCounts(url) : null;
      const result = await runLoad({ ...opts, connections: CONNECTIONS, duration: DURATION });
      const cache = cacheBefore ? cacheShare(cacheBefore, await pageCacheCounts(url)) : null;
      console.log(`${num(result.rps)} yêu cầu/s, p95 ${num(result.p95)} ms, lỗi ${result.errors} ${JSON.stringify(result.statuses)}${cache ? ` · ${cache.text}` : ""}`);
      if (route.id === "static") staticRps = result.rps;
      results.push({
        id: route.id,
        label: route.label,
        target: route.target?.text ?? null,
        pass: route.target ? route.target.pass(result, staticRps) : null,
        ratio: route.id === "static" ? 1 : result.rps / staticRps,
        pageCache: cache?.counts ?? null,
        result,
      });
    }

    const loadAfter = os.loadavg();
    const head = ["tuyến", "yêu cầu/s", "× tĩnh", "p50 ms", "p95 ms", "p99 ms", "lỗi", "từ bộ nhớ tạm", "mục tiêu", "kết quả"];
    const rows = results.map((r) => [
      r.label,
      num(r.result.rps),
      r.ratio === null ? "" : num(r.ratio, 2),
      num(r.result.p50),
      num(r.result.p95),
      num(r.result.p99),
      String(r.result.errors),
      r.pageCache ? `${num(r.pageCache.servedShare * 100)} %` : "",
      r.target ?? (r.id === "static" ? "(mốc so sánh)" : ""),
      r.pass === null ? "" : r.pass ? "PASS" : "FAIL",
    ]);
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === 8 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
    console.log(`\n${num(dossiers)} hồ sơ · ${CONNECTIONS} kết nối · ${DURATION} s/tuyến · tải máy trước ${loadBefore.map((n) => n.toFixed(2)).join(" / ")}, sau ${loadAfter.map((n) => n.toFixed(2)).join(" / ")} (${os.cpus().length} nhân)`);
    if (CONNECTIONS !== 20) console.log("Lưu ý: mục tiêu p95 của cán bộ/lãnh đạo đặt ở 20 kết nối.");
    console.log(line(head));
    console.log(widths.map((w) => "-".repeat(w)).join("  "));
    for (const row of rows) console.log(line(row));

    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const file = path.resolve("bench-results", `bench-${stamp}.json`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(
      file,
      JSON.stringify(
        {
          at: new Date().toISOString(),
          server: url,
          dossiers,
          connections: CONNECTIONS,
          webProcesses: WORKERS,
          durationSeconds: DURATION,
          cpus: os.cpus().length,
          loadAverage: { before: loadBefore, after: loadAfter },
          staticFile: staticPath,
          lookupLimiter: limiter,
          routes: results,
        },
        null,
        2,
      ),
    );
    console.log(`\nKết quả: ${path.relative(process.cwd(), file)}`);
    if (results.some((r) => r.pass === false)) process.exitCode = 1;
  } finally {
    if (preparedDrafts.length) {
      const { count } = await prisma.dossier.deleteMany({ where: { id: { in: preparedDrafts.map((d) => d.id) }, status: "DRAFT" } });
      if (count) console.log(`Đã xóa ${count} hồ sơ nháp chưa gửi của lần đo.`);
    }
    await prisma.$disconnect();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
