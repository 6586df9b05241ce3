// npm run bench:profile [-- --runs 40 --only home,inbox --port 3301 --dir … --pg-port … --dist-dir …]
//
// Server CPU per page request: starts the production server (scripts/bench/server.ts) on the
// bench database — or uses a running one (`--base URL`, `--pid PID` else the process listening on
// its port) — signs in the demo officer and leader, then for each page sends a few warm-up
// requests and `--runs` sequential requests, and prints the CPU time the next-server process spent
// per request (utime + stime from /proc/<pid>/stat, all threads) next to the wall time, the
// response size and the database round trips per request (committed transactions of the cluster
// on `--pg-port`: run it against a database nothing else uses). CPU per request is more robust
// than wall time on a shared machine, but still inflates when the cores are oversubscribed:
// compare variants measured one after the other, and repeat.
//
// `--cpu-prof DIR` starts the server with the V8 profiler on (scripts/bench/cpu-profile-preload.cjs)
// and writes one profile per page, DIR/<page>.cpuprofile, of its measured requests (the profiler
// adds some CPU of its own); analyse with `npx tsx scripts/bench/analyse-cpuprofile.ts FILE`.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { embeddedUrl } from "../db/embedded";
import { BENCH_PG_PORT, cliOption, signInCookie, startBenchServer } from "./server";

const PASSWORD = "ThaiNguyen@2026";
const SEARCHES = ["dang ky khai sinh", "ho kinh doanh", "chung thuc ban sao", "giay phep xay dung", "ket hon"];
const PROCEDURE = "1.001193";

type Page = { id: string; path: (n: number) => string; as?: "officer" | "leader" };
const PAGES: Page[] = [
  { id: "static", path: () => "" /* filled from the home page */ },
  { id: "home", path: () => "/" },
  { id: "catalogue", path: (n) => `/procedures?q=${encodeURIComponent(SEARCHES[n % SEARCHES.length])}` },
  { id: "procedure", path: () => `/procedures/${PROCEDURE}` },
  { id: "inbox", path: () => "/officer/dossiers", as: "officer" },
  { id: "leader", path: () => "/leader", as: "leader" },
];

const CLK_TCK = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;

/** utime + stime of a process (all its threads), in milliseconds. */
function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // fields[0] is field 3 (state): utime is field 14, stime field 15.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK;
}

/** The process listening on a TCP port (the next-server process). */
function listenerPid(port: number): number {
  const out = execFileSync("ss", ["-Hltnp", `sport = :${port}`]).toString();
  const m = /pid=(\d+)/.exec(out);
  if (!m) throw new Error(`Không tìm thấy tiến trình nghe cổng ${port}`);
  return Number(m[1]);
}

/** Asks the profiled server (cpu-profile-preload.cjs) to write its profile so far; returns the file. */
async function cut(dir: string, pid: number): Promise<string> {
  const numbered = () => fs.readdirSync(dir).filter((f) => /^\d+\.cpuprofile$/.test(f));
  const before = new Set(numbered());
  process.kill(pid, "SIGUSR2");
  for (let i = 0; i < 600; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const added = numbered().find((f) => !before.has(f));
    if (added) {
      await new Promise((r) => setTimeout(r, 300)); // written in one writeFileSync, but be safe
      return path.join(dir, added);
    }
  }
  throw new Error("Máy chủ không ghi hồ sơ CPU (cpu-profile-preload.cjs)");
}

async function main() {
  const port = Number(cliOption("port") ?? 3301);
  const runs = Number(cliOption("runs") ?? 40);
  const only = cliOption("only")?.split(",").map((s) => s.trim());
  const prof = cliOption("cpu-prof");
  let base = cliOption("base");
  let stop = async () => {};
  if (!base) {
    if (prof) fs.mkdirSync(prof, { recursive: true });
    const dossiers = cliOption("dossiers");
    const server = await startBenchServer(port, {
      dir: cliOption("dir"),
      pgPort: Number(cliOption("pg-port") ?? BENCH_PG_PORT),
      distDir: cliOption("dist-dir"),
      dossiers: dossiers ? Number(dossiers) : undefined,
      env: prof ? { ...process.env, NODE_OPTIONS: `--require ${path.resolve("scripts/bench/cpu-profile-preload.cjs")}`, BENCH_CPU_PROF_DIR: path.resolve(prof) } : undefined,
    });
    base = server.base;
    stop = server.stop;
  }
  try {
    const pid = Number(cliOption("pid") ?? listenerPid(Number(new URL(base).port)));
    const [officer, leader] = await Promise.all(
      ["canbo.tuphap@demo.thainguyen.vn", "lanhdao@demo.thainguyen.vn"].map((e) => signInCookie(base!, e, PASSWORD)),
    );
    const cookies = { officer, leader };
    const home = await (await fetch(`${base}/`)).text();
    const css = /href="(\/_next\/static\/[^"]+\.css)"/.exec(home)?.[1];
    if (!css) throw new Error("Không tìm thấy tệp CSS");
    PAGES[0].path = () => css;
    console.log(`next-server pid ${pid} · ${runs} yêu cầu tuần tự mỗi trang\n`);
    // Database round trips per request: committed transactions of the cluster (each statement
    // outside a transaction is one), read after the statistics are flushed (≤ 1 s in PostgreSQL 15).
    const stats = new pg.Client({ connectionString: embeddedUrl(Number(cliOption("pg-port") ?? BENCH_PG_PORT), "postgres") });
    await stats.connect();
    const transactions = async () => {
      await new Promise((r) => setTimeout(r, 1500));
      const r = await stats.query<{ n: string }>("SELECT pg_stat_clear_snapshot(), (SELECT sum(xact_commit + xact_rollback) FROM pg_stat_database)::text AS n");
      return Number(r.rows[0].n);
    };
    console.log("page        cpu ms/req   wall ms/req   html bytes   db xact/req");
    for (const page of PAGES) {
      if (only && page.id !== "static" && !only.includes(page.id)) continue;
      const headers: Record<string, string> = page.as ? { cookie: cookies[page.as] } : {};
      let bytes = 0;
      const one = async (n: number) => {
        const r = await fetch(base + page.path(n), { headers, redirect: "manual" });
        const body = await r.arrayBuffer();
        if (r.status !== 200) throw new Error(`${page.id}: HTTP ${r.status}`);
        bytes = body.byteLength;
      };
      for (let i = 0; i < 5; i++) await one(i);
      if (prof) fs.rmSync(await cut(prof, pid));
      const xact0 = await transactions();
      const cpu0 = cpuMs(pid);
      const t0 = performance.now();
      for (let i = 0; i < runs; i++) await one(i);
      const wall = (performance.now() - t0) / runs;
      const cpu = (cpuMs(pid) - cpu0) / runs;
      // (the statistics query itself is one transaction per reading)
      const xact = ((await transactions()) - xact0 - 1) / runs;
      if (prof) fs.renameSync(await cut(prof, pid), path.join(prof, `${page.id}.cpuprofile`));
      console.log(`${page.id.padEnd(12)}${cpu.toFixed(1).padStart(10)}${wall.toFixed(1).padStart(14)}${String(bytes).padStart(13)}${xact.toFixed(1).padStart(14)}`);
    }
    await stats.end();
  } finally {
    await stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
