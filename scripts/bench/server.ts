// Shared by the benchmarks: the production server on the embedded PostgreSQL seeded with
// 1,000,000 dossiers (.data/pg-1m, reused when present), signing in as a demo account, and
// p50/p95 of repeated requests.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export const BENCH_PG_DIR = ".data/pg-1m";
export const BENCH_PG_PORT = 54361;
export const BENCH_DOSSIERS = 1_000_000;

export type BenchServer = { base: string; stop: () => Promise<void> };

export type BenchServerOptions = {
  /** Seed size when the data folder is new (default 1,000,000). */
  dossiers?: number;
  /** Embedded PostgreSQL data folder (default .data/pg-1m) — e.g. a smaller one while developing. */
  dir?: string;
  /** Its port (default 54361). */
  pgPort?: number;
  /** Build folder (default .next-bench, shared with the other benches). */
  distDir?: string;
  /** Extra environment for the server (e.g. NODE_OPTIONS=--cpu-prof to profile it). */
  env?: NodeJS.ProcessEnv;
};

/** The embedded 1M database unless BENCH_DATABASE_URL names another server. */
function benchEnv(options: BenchServerOptions): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    EMBEDDED_PG_DIR: options.dir ?? BENCH_PG_DIR,
    EMBEDDED_PG_PORT: String(options.pgPort ?? BENCH_PG_PORT),
    NEXT_DIST_DIR: options.distDir ?? ".next-bench",
  };
  delete out.DATABASE_URL;
  if (process.env.BENCH_DATABASE_URL) out.DATABASE_URL = process.env.BENCH_DATABASE_URL;
  return out;
}

/** Starts `npm start` (scripts/start.ts) on the 1M database with its own build folder. */
export async function startBenchServer(port: number, options: BenchServerOptions = {}): Promise<BenchServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/start.ts", "--port", String(port), "--no-worker", "--dossiers", String(options.dossiers ?? BENCH_DOSSIERS)],
    {
      env: benchEnv(options),
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  child.stdout?.on("data", (d: Buffer) => process.stdout.write(`  ${d.toString().replace(/\n(?=.)/g, "\n  ")}`));
  child.stderr?.on("data", (d: Buffer) => process.stderr.write(d));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60 * 60 * 1000; // the first run seeds 1M dossiers and builds
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Máy chủ dừng với mã ${child.exitCode}`);
    try {
      const r = await fetch(`${base}/api/health`);
      if (r.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error("Máy chủ không lên sau 60 phút");
    await new Promise((r) => setTimeout(r, 1000));
  }
  return {
    base,
    stop: async () => {
      if (child.pid && child.exitCode === null) {
        process.kill(-child.pid, "SIGTERM");
        await new Promise((r) => setTimeout(r, 2000));
      }
    },
  };
}

/** Signs in through next-auth's credentials endpoint, as the sign-in form does; returns the Cookie header. */
export async function signInCookie(base: string, identifier: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const keep = (r: Response) => {
    for (const c of r.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  keep(csrf);
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const r = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie() },
    body: new URLSearchParams({ csrfToken, identifier, password, json: "true" }),
  });
  keep(r);
  if (![...jar.keys()].some((k) => k.endsWith("next-auth.session-token"))) throw new Error(`Không đăng nhập được ${identifier} (HTTP ${r.status})`);
  return cookie();
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

/** Times `runs` sequential calls after `warmup` untimed ones; returns sorted milliseconds. */
export async function timeRuns(fn: () => Promise<unknown>, runs: number, warmup = 2): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out.sort((a, b) => a - b);
}

/** `--name value` from the command line of a bench script. */
export function cliOption(name: string, args: string[] = process.argv.slice(2)): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

/**
 * The server a bench script measures: `--base URL` (already running, nothing started) or the
 * production server started here on the bench database (`--dir`, `--pg-port`, `--dossiers`,
 * `--dist-dir`); `stop` stops only what was started.
 */
export async function benchServerFromCli(port: number, pgPort: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const base = cliOption("base");
  if (base) return { url: base, stop: async () => {} };
  const dossiers = cliOption("dossiers");
  const server = await startBenchServer(port, { dir: cliOption("dir"), pgPort, dossiers: dossiers ? Number(dossiers) : undefined, distDir: cliOption("dist-dir") });
  return { url: server.base, stop: server.stop };
}
