// WEB_CONCURRENCY > 1: real processes on a real port (scripts/web-cluster.ts with the stand-in
// worker tests/fixtures/cluster-worker.ts): requests are spread over the workers, a metrics
// scrape sums every worker but takes the database gauges once, and a worker that dies is replaced.
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const PORT = 3590 + (process.pid % 50);
let primary: ChildProcess;
let output = "";

/** One request on a fresh connection (the cluster hands out connections, not requests). */
function get(pathname: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: "127.0.0.1", port: PORT, path: pathname, agent: false }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("error", reject);
    request.setTimeout(5000, () => request.destroy(new Error("timeout")));
  });
}

async function waitFor<T>(fn: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const start = Date.now();
  let last: unknown;
  while (Date.now() - start < timeoutMs) {
    try {
      const value = await fn();
      if (ok(value)) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out: ${String(last)}\n${output}`);
}

const metricValue = (text: string, name: string) => {
  const line = text.split("\n").find((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`));
  return line ? Number(line.split(" ").pop()) : NaN;
};

/** Pids that answered `count` requests, each on its own connection. */
async function hitPids(count: number): Promise<string[]> {
  const pids: string[] = [];
  for (let i = 0; i < count; i++) pids.push((await get("/hit")).body);
  return pids;
}

beforeAll(async () => {
  primary = spawn(process.execPath, ["--import", "tsx", "tests/fixtures/cluster-primary.ts", String(PORT), "2"], { cwd: path.resolve("."), stdio: ["ignore", "pipe", "pipe"] });
  primary.stdout?.on("data", (d) => (output += d));
  primary.stderr?.on("data", (d) => (output += d));
  await waitFor(() => get("/hit"), (r) => r.status === 200);
}, 60_000);

afterAll(async () => {
  if (primary.exitCode === null) {
    const exited = new Promise((r) => primary.once("exit", r));
    primary.kill("SIGTERM");
    await exited;
  }
});

describe("scripts/web-cluster.ts (WEB_CONCURRENCY)", () => {
  it("spreads connections over the workers and sums their metrics, the database gauge once", async () => {
    // Both workers must be listening before the count starts.
    await waitFor(() => hitPids(6), (pids) => new Set(pids).size === 2);
    const before = metricValue((await get("/metrics")).body, "fixture_hits_total");
    const pids = await hitPids(30);
    expect(new Set(pids).size).toBe(2);
    const text = (await get("/metrics")).body;
    expect(metricValue(text, "fixture_hits_total") - before).toBe(30);
    // Read from "the database" by the serving worker only: neither summed nor stale.
    expect(metricValue(text, "fixture_database_rows")).toBe(42);
  }, 60_000);

  it("forks a replacement when a worker dies, and stops all workers on SIGTERM", async () => {
    const pidsBefore = new Set(await waitFor(() => hitPids(6), (p) => new Set(p).size === 2));
    await get("/crash");
    const pidsAfter = await waitFor(() => hitPids(6), (p) => new Set(p).size === 2 && p.some((pid) => !pidsBefore.has(pid)));
    expect(new Set(pidsAfter).size).toBe(2);
    expect(output).toMatch(/mã 3/);

    const exited = new Promise<number | null>((r) => primary.once("exit", (code) => r(code)));
    primary.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(output).toContain("EXIT 0");
    await expect(get("/hit")).rejects.toThrow();
  }, 60_000);
});
