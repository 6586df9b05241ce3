// npx tsx scripts/bench-submit.ts --base http://127.0.0.1:3302 --pg-port 54364 [--drafts 600 --connections 20]
//
// Where the time of one submission goes (issue 6), against an app server already running (--base)
// on an embedded cluster started with EMBEDDED_PG_PRELOAD=pg_stat_statements: the same load as
// `npm run bench -- --only submit` (scripts/bench/drafts.ts drafts, unique idempotency keys, bench
// citizens), and around the timed run only:
//   - requests/s, p50/p95/p99 and errors;
//   - CPU milliseconds per submission of the next-server process (found by its listening port)
//     and of all the cluster's PostgreSQL processes (/proc/<pid>/stat utime + stime);
//   - statements per submission and their database time, from pg_stat_statements (reset first);
//   - what the backends waited for, sampled from pg_stat_activity every 20 ms (lock waits).
// The server is never started or stopped here; prepared drafts left unsent are deleted.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "../lib/db-client";
import { embeddedUrl } from "./db/embedded";
import { benchCitizens, prepareDrafts } from "./bench/drafts";
import { runLoad } from "./bench/load";
import { cliOption } from "./bench/server";

const BASE = cliOption("base") ?? "http://127.0.0.1:3302";
const PG_PORT = Number(cliOption("pg-port") ?? 54364);
const DRAFTS = Number(cliOption("drafts") ?? 600);
const CONNECTIONS = Number(cliOption("connections") ?? 20);
const TOP = Number(cliOption("top") ?? 25);
const PASSWORD = "ThaiNguyen@2026";
const TICKS = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;

/** utime + stime of a process, in milliseconds (0 when it is gone). */
function cpuMs(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS;
  } catch {
    return 0;
  }
}

function listeningPid(port: number): number {
  const out = execFileSync("ss", ["-ltnpH", `sport = :${port}`]).toString();
  const m = /pid=(\d+)/.exec(out);
  if (!m) throw new Error(`nothing listens on port ${port} (or its process is not ours)`);
  return Number(m[1]);
}

/** The postmaster and its children (backends, walwriter, checkpointer …). */
function clusterPids(postmaster: number): number[] {
  const pids = [postmaster];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === postmaster) pids.push(Number(entry));
    } catch {
      // gone
    }
  }
  return pids;
}

async function main() {
  const url = embeddedUrl(PG_PORT, "portal");
  const prisma = createPrismaClient(url, 4);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const appPid = listeningPid(Number(new URL(BASE).port));
  const postmaster = listeningPid(PG_PORT);
  const drafts: { id: string; cookie: string }[] = [];
  try {
    await admin.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    const citizens = await benchCitizens({ prisma, base: BASE, count: Math.ceil((DRAFTS + 20) / 10), perCitizen: 10, password: PASSWORD });
    const warm = await prepareDrafts({ prisma, base: BASE, citizens, count: 20 });
    drafts.push(...warm);
    // Warm-up (untimed): the first requests load the route's code.
    let w = 0;
    for (const d of warm) {
      const r = await fetch(`${BASE}/api/dossiers/submit`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: d.cookie, origin: BASE },
        body: JSON.stringify({ dossierId: d.id, idempotencyKey: `bench-warm-${Date.now()}-${w++}` }),
      });
      if (r.status !== 201) throw new Error(`warm-up: HTTP ${r.status} ${await r.text()}`);
    }
    const timed = await prepareDrafts({ prisma, base: BASE, citizens, count: DRAFTS, log: (l) => console.log(`  ${l}`) });
    drafts.push(...timed);

    await new Promise((r) => setTimeout(r, 1000));
    await admin.query("SELECT pg_stat_statements_reset()");
    const waits = new Map<string, number>();
    let samples = 0;
    let sampling = true;
    // The sampler's own backend is left out of the PostgreSQL CPU.
    const s = new pg.Client({ connectionString: url });
    await s.connect();
    const samplerPid = Number((await s.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0].pid);
    const sampler0 = cpuMs(samplerPid);
    const app0 = cpuMs(appPid);
    const pg0 = clusterPids(postmaster).reduce((sum, p) => sum + cpuMs(p), 0) - sampler0;
    const sampler = (async () => {
      while (sampling) {
        const { rows } = await s.query<{ w: string; n: number }>(
          `SELECT coalesce(wait_event_type || ':' || wait_event, state) AS w, count(*)::int AS n
             FROM pg_stat_activity WHERE datname = 'portal' AND pid <> pg_backend_pid() AND backend_type = 'client backend'
              AND state <> 'idle' AND query NOT ILIKE '%pg_stat_activity%' GROUP BY 1`,
        );
        samples++;
        for (const r of rows) waits.set(r.w, (waits.get(r.w) ?? 0) + r.n);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();

    let n = 0;
    const run = Date.now().toString(36);
    const result = await runLoad({
      url: `${BASE}/api/dossiers/submit`,
      method: "POST",
      connections: CONNECTIONS,
      duration: 600,
      amount: timed.length,
      expect: [201],
      setup: (req) => {
        const i = n++;
        const d = timed[i % timed.length];
        return {
          ...req,
          method: "POST",
          headers: { "content-type": "application/json", cookie: d.cookie, origin: BASE },
          body: JSON.stringify({ dossierId: d.id, idempotencyKey: `bench-${run}-${i.toString().padStart(6, "0")}` }),
        };
      },
    });
    sampling = false;
    await sampler;
    const app1 = cpuMs(appPid);
    const pg1 = clusterPids(postmaster).reduce((sum, p) => sum + cpuMs(p), 0) - cpuMs(samplerPid);
    await s.end();
    const perReq = (x: number) => (x / result.requests).toFixed(2);

    const { rows: stmts } = await admin.query<{ query: string; calls: string; total: number; mean: number }>(
      `SELECT regexp_replace(query, '\\s+', ' ', 'g') AS query, calls::text, total_exec_time::float8 AS total, mean_exec_time::float8 AS mean
         FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
        WHERE d.datname = 'portal' AND query NOT ILIKE '%pg_stat_%' AND query NOT ILIKE '%pg_backend_pid%'
        ORDER BY calls DESC, total DESC`,
    );
    const totalCalls = stmts.reduce((s, r) => s + Number(r.calls), 0);
    const totalTime = stmts.reduce((s, r) => s + r.total, 0);

    console.log(`\n${result.requests} submissions, ${CONNECTIONS} connections: ${result.rps.toFixed(1)} req/s, p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms, errors ${result.errors} ${JSON.stringify(result.statuses)}`);
    console.log(`CPU per submission: next-server ${perReq(app1 - app0)} ms, PostgreSQL ${perReq(pg1 - pg0)} ms (over ${result.seconds.toFixed(1)} s: app ${((app1 - app0) / result.seconds / 10).toFixed(0)}% of a core, pg ${((pg1 - pg0) / result.seconds / 10).toFixed(0)}%)`);
    console.log(`Statements per submission: ${(totalCalls / result.requests).toFixed(2)} (database time ${(totalTime / result.requests).toFixed(2)} ms)`);
    console.log(`\n calls/sub  mean ms  statement`);
    for (const r of stmts.slice(0, TOP)) {
      console.log(`${(Number(r.calls) / result.requests).toFixed(2).padStart(10)}  ${r.mean.toFixed(3).padStart(7)}  ${r.query.slice(0, 150)}`);
    }
    console.log(`\nActive backends by wait (average over ${samples} samples of pg_stat_activity):`);
    for (const [w, c] of [...waits].sort((a, b) => b[1] - a[1])) console.log(`  ${(c / samples).toFixed(2).padStart(6)}  ${w}`);
    const out = path.resolve("bench-results", `bench-submit-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify({ result, appCpuMsPerRequest: (app1 - app0) / result.requests, pgCpuMsPerRequest: (pg1 - pg0) / result.requests, statementsPerSubmission: totalCalls / result.requests, statements: stmts, waits: Object.fromEntries(waits), samples }, null, 2));
    console.log(`\n${path.relative(process.cwd(), out)}`);
  } finally {
    if (drafts.length) await prisma.dossier.deleteMany({ where: { id: { in: drafts.map((d) => d.id) }, status: "DRAFT" } });
    await admin.end();
    await prisma.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
