// npm run bench:lighthouse [-- --base http://localhost:3000 | --port 3161 --dir … --pg-port … --dist-dir …]
//                           [--runs 3] [--only <path substring>] [--keep-lhr <folder>]
//
// Lighthouse (mobile preset: a mid-range phone, simulated slow 4G) on the citizens' pages of the
// production server: home, catalogue, a procedure page, and the online application (the start
// page and the form of a draft, signed in as a demo citizen: the session cookie goes in
// extraHeaders). Prints performance / accessibility / best-practices per page, PASS/FAIL against
// ≥ 90 / 100 / ≥ 95, every failed accessibility and best-practices audit, and writes
// bench-results/lighthouse-<timestamp>.json.
//
// Scores on a shared machine swing a lot from one run to the next (Lighthouse multiplies the
// main-thread time it observes by 4): --runs N measures each page N times and keeps the run with
// the median performance score (all runs' metrics are in the JSON). --only limits the pages to
// those whose path contains the text (e.g. --only /procedures/1.001193/apply). --keep-lhr keeps
// every run's full Lighthouse report in that folder (for a closer look at a page).
//
// The JSON also names, per page, the long main-thread tasks Lighthouse simulated (what TBT is
// made of) and the LCP element when Lighthouse could find it (its TraceElements gatherer fails on
// some Chromium versions; the element is then null).
//
// Uses the machine's Chromium (Playwright's when installed, else /usr/bin/chromium); downloads
// nothing. Without --base it starts the benchmark server (scripts/bench/server.ts: the embedded
// database with 1,000,000 dossiers unless --dir/--pg-port/--dossiers name another).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import type { Result as LighthouseResult } from "lighthouse";
import { createPrismaClient } from "../lib/db-client";
import { embeddedUrl } from "./db/embedded";
import { prepareDrafts } from "./bench/drafts";
import { BENCH_PG_PORT, benchServerFromCli, cliOption, signInCookie } from "./bench/server";

const args = process.argv.slice(2);
const option = (name: string) => cliOption(name, args);
const PORT = Number(option("port") ?? 3161);
const PG_PORT = Number(option("pg-port") ?? BENCH_PG_PORT);
const CITIZEN = "an.nguyen@demo.thainguyen.vn";
const PASSWORD = "ThaiNguyen@2026";
const PROCEDURE = "1.001193";
const RUNS = Math.max(1, Number(option("runs") ?? 1));
const ONLY = option("only");
const KEEP = option("keep-lhr");
const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;
const TARGETS: Record<(typeof CATEGORIES)[number], number> = { performance: 90, accessibility: 100, "best-practices": 95 };
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

function chromiumPath(): string {
  try {
    const own = chromium.executablePath();
    if (own && fs.existsSync(own)) return own;
  } catch {
    // Playwright's browser is not installed: use the system's.
  }
  const system = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p) => fs.existsSync(p));
  if (!system) throw new Error("Không tìm thấy Chromium (apt-get install -y chromium)");
  return system;
}

/**
 * Lighthouse's command line, in plain Node, on the Chromium already started (tsx would rename
 * the functions Lighthouse sends into the page: "__name is not defined"). Mobile is its default.
 */
function runLighthouse(target: string, port: number, cookie?: string): LighthouseResult {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "lighthouse-")), "report.json");
  const cli = [
    path.resolve("node_modules/lighthouse/cli/index.js"),
    target,
    `--port=${port}`,
    "--output=json",
    `--output-path=${out}`,
    `--only-categories=${CATEGORIES.join(",")}`,
    "--quiet",
    ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
  ];
  const run = spawnSync(process.execPath, cli, { stdio: ["ignore", "inherit", "inherit"], timeout: 5 * 60_000 });
  if (run.status !== 0 || !fs.existsSync(out)) throw new Error(`Lighthouse dừng với mã ${run.status} trên ${target}`);
  const lhr = JSON.parse(fs.readFileSync(out, "utf8")) as LighthouseResult;
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  return lhr;
}

type PageResult = {
  name: string;
  path: string;
  scores: Record<string, number>;
  pass: boolean;
  failedAudits: { category: string; id: string; title: string; score: number | null }[];
  metrics: Record<string, number | null>;
  /** Lighthouse's own CPU benchmark of this machine at that moment (higher is faster). */
  benchmarkIndex: number | null;
  /** The scripts costing the most main-thread time (what TBT is made of). */
  bootup: { url: string; scriptingMs: number }[];
  /** Main-thread tasks ≥ 50 ms as Lighthouse simulated them (the script each is attributed to). */
  longTasks: { url: string; startMs: number; durationMs: number }[];
  /** The Largest Contentful Paint element (HTML snippet), when Lighthouse could name it. */
  lcpElement: string | null;
  /** With --runs > 1: every run's performance score and metrics (the page shows the median run). */
  runs?: { performance: number; metrics: Record<string, number | null>; benchmarkIndex: number | null }[];
};

async function main() {
  const server = await benchServerFromCli(PORT, PG_PORT);
  const url = server.url;
  const prisma = createPrismaClient(process.env.BENCH_DATABASE_URL ?? embeddedUrl(PG_PORT, "portal"), 2);
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROME_FLAGS, logLevel: "error" });
  const results: PageResult[] = [];
  let draftId: string | null = null;
  try {
    const cookie = await signInCookie(url, CITIZEN, PASSWORD);
    const [draft] = await prepareDrafts({ prisma, base: url, citizens: new Map([[CITIZEN, cookie]]), count: 1 });
    draftId = draft.id;
    const pages: { name: string; path: string; cookie?: string }[] = [
      { name: "Trang chủ", path: "/" },
      { name: "Danh mục thủ tục", path: "/procedures?q=khai%20sinh" },
      { name: "Trang thủ tục", path: `/procedures/${PROCEDURE}` },
      { name: "Bắt đầu nộp (đã đăng nhập)", path: `/procedures/${PROCEDURE}/apply`, cookie },
      { name: "Tờ khai (đã đăng nhập)", path: `/my/dossiers/${draft.id}/apply?step=0`, cookie },
    ];
    for (const page of pages.filter((p) => !ONLY || p.path.includes(ONLY))) {
      process.stdout.write(`  ${page.name} ${page.path} … `);
      const lhrs: LighthouseResult[] = [];
      for (let run = 0; run < RUNS; run++) {
        const one = runLighthouse(url + page.path, chrome.port, page.cookie);
        if (one.runtimeError) throw new Error(`${page.path}: ${one.runtimeError.code} ${one.runtimeError.message}`);
        if (one.finalDisplayedUrl !== url + page.path) throw new Error(`${page.path}: chuyển hướng tới ${one.finalDisplayedUrl} (chưa đăng nhập?)`);
        lhrs.push(one);
        if (KEEP) {
          fs.mkdirSync(KEEP, { recursive: true });
          fs.writeFileSync(path.join(KEEP, `${page.path.replace(/[^a-z0-9]+/gi, "_")}-${run}.json`), JSON.stringify(one));
        }
      }
      const performanceOf = (r: LighthouseResult) => r.categories.performance.score ?? 0;
      const lhr = [...lhrs].sort((a, b) => performanceOf(a) - performanceOf(b))[Math.floor((lhrs.length - 1) / 2)];
      const metricsOf = (r: LighthouseResult) => {
        const m = (id: string) => r.audits[id]?.numericValue ?? null;
        return {
          fcpMs: m("first-contentful-paint"),
          lcpMs: m("largest-contentful-paint"),
          tbtMs: m("total-blocking-time"),
          cls: m("cumulative-layout-shift"),
          speedIndexMs: m("speed-index"),
        };
      };
      const scores: Record<string, number> = {};
      const failedAudits: PageResult["failedAudits"] = [];
      for (const id of CATEGORIES) {
        const category = lhr.categories[id];
        scores[id] = Math.round((category.score ?? 0) * 100);
        if (id === "performance") continue;
        for (const ref of category.auditRefs) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit.score !== null && audit.score < 1) failedAudits.push({ category: id, id: ref.id, title: audit.title, score: audit.score });
        }
      }
      const longTaskItems = (lhr.audits["long-tasks"]?.details as { items?: { url: string; startTime: number; duration: number }[] } | undefined)?.items ?? [];
      const lcpTables = (lhr.audits["largest-contentful-paint-element"]?.details as { items?: { items?: { node?: { snippet?: string } }[] }[] } | undefined)?.items ?? [];
      const bootupItems = (lhr.audits["bootup-time"]?.details as { items?: { url: string; scripting: number }[] } | undefined)?.items ?? [];
      results.push({
        name: page.name,
        path: page.path,
        scores,
        pass: CATEGORIES.every((c) => scores[c] >= TARGETS[c]),
        failedAudits,
        metrics: metricsOf(lhr),
        benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
        bootup: bootupItems.slice(0, 5).map((i) => ({ url: i.url.replace(url, ""), scriptingMs: Math.round(i.scripting) })),
        longTasks: longTaskItems.map((t) => ({ url: t.url.replace(url, ""), startMs: Math.round(t.startTime), durationMs: Math.round(t.duration) })),
        lcpElement: lcpTables.flatMap((t) => t.items ?? []).find((i) => i.node?.snippet)?.node?.snippet ?? null,
        ...(RUNS > 1
          ? { runs: lhrs.map((r) => ({ performance: Math.round(performanceOf(r) * 100), metrics: metricsOf(r), benchmarkIndex: r.environment?.benchmarkIndex ?? null })) }
          : {}),
      });
      console.log(CATEGORIES.map((c) => `${c} ${scores[c]}`).join(", ") + (RUNS > 1 ? ` (trung vị của ${RUNS} lần: ${lhrs.map((r) => Math.round(performanceOf(r) * 100)).join(" / ")})` : ""));
    }
  } finally {
    chrome.kill();
    if (draftId) await prisma.dossier.deleteMany({ where: { id: draftId, status: "DRAFT" } });
    await prisma.$disconnect();
    await server.stop();
  }

  const head = ["trang", "hiệu năng", "truy cập", "thực hành tốt", "FCP ms", "LCP ms", "TBT ms", "SI ms", "CLS", "CPU máy", "kết quả"];
  const rows = results.map((r) => [
    `${r.name} ${r.path.length > 40 ? `${r.path.slice(0, 37)}…` : r.path}`,
    String(r.scores.performance),
    String(r.scores.accessibility),
    String(r.scores["best-practices"]),
    String(Math.round(r.metrics.fcpMs ?? NaN)),
    String(Math.round(r.metrics.lcpMs ?? NaN)),
    String(Math.round(r.metrics.tbtMs ?? NaN)),
    String(Math.round(r.metrics.speedIndexMs ?? NaN)),
    (r.metrics.cls ?? NaN).toFixed(3),
    String(Math.round(r.benchmarkIndex ?? NaN)),
    r.pass ? "PASS" : "FAIL",
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(`\nLighthouse (mobile) · mục tiêu: hiệu năng ≥ ${TARGETS.performance}, truy cập = ${TARGETS.accessibility}, thực hành tốt ≥ ${TARGETS["best-practices"]}`);
  console.log(`Tải máy (1/5/15 phút): ${os.loadavg().map((n) => n.toFixed(2)).join(" / ")} · "CPU máy" = benchmarkIndex của Lighthouse (máy càng bận càng thấp)`);
  console.log(line(head));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
  for (const r of results) for (const a of r.failedAudits) console.log(`  ${r.path}: [${a.category}] ${a.id} — ${a.title}`);

  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const file = path.resolve("bench-results", `lighthouse-${stamp}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), server: url, lighthouse: "12.2.3", preset: "mobile", runsPerPage: RUNS, loadAverage: os.loadavg(), targets: TARGETS, pages: results }, null, 2));
  console.log(`\nKết quả: ${path.relative(process.cwd(), file)}`);
  if (results.some((r) => !r.pass)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
