// npm start / npm run dev: one command from a fresh clone to a running portal.
//   1. DATABASE_URL, or an embedded PostgreSQL under .data/ (started here, stopped on exit);
//   2. pending migrations applied (WASM schema engine, nothing downloaded);
//   3. demo data seeded on first start;
//   4. `next build` when the build is missing or older than the sources (production only);
//   5. the production web process (scripts/web-server.ts: Next.js behind the page cache of the
//      public pages), or `next dev`, with the database URL and the session secret; in production
//      WEB_CONCURRENCY=N runs N of them on the same port (scripts/web-cluster.ts).
// Flags: --dev, --port N, --fresh (drop the embedded data first), --dossiers N (seed size),
// --no-worker (do not start the background worker), --build (force a fresh build).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "../lib/env";
import { createPrismaClient } from "../lib/db-client";
import { applyMigrations } from "./db/migrations";
import { resolveDatabase } from "./db/with-database";
import { startWebCluster, type WebCluster } from "./web-cluster";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

const dev = flag("dev");
const port = Number(option("port") ?? env.PORT);
const nextBin = path.resolve("node_modules/next/dist/bin/next");
const webServer = path.resolve("scripts/web-server.ts");
const log = (line: string) => console.log(`[cổng] ${line}`);

function authSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  // Generated once per machine and kept beside the embedded data (git-ignored). Several app
  // instances must share AUTH_SECRET instead (see README, "Running at scale").
  const file = path.resolve(".data/auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(48).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

const SOURCE_DIRS = ["app", "components", "lib", "public"];
const SOURCE_FILES = ["next.config.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

function buildIsStale(): boolean {
  const buildId = path.resolve(process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return [...SOURCE_DIRS, ...SOURCE_FILES].some((p) => newestMtime(path.resolve(p)) > built);
}

async function main() {
  if (flag("fresh") && !env.DATABASE_URL) {
    fs.rmSync(path.resolve(env.EMBEDDED_PG_DIR), { recursive: true, force: true });
  }
  const database = await resolveDatabase(log);
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await database.stop().catch(() => {});
    process.exit(code);
  };

  try {
    const applied = await applyMigrations(database.url);
    if (applied.length) log(`Đã áp dụng migration: ${applied.join(", ")}`);

    const prisma = createPrismaClient(database.url, 4);
    const seeded = (await prisma.pillar.count()) > 0;
    if (!seeded) {
      log("Cơ sở dữ liệu trống: nạp dữ liệu mẫu …");
      const { seedDatabase } = await import("../prisma/seed/index");
      const dossiers = option("dossiers");
      await seedDatabase(prisma, { dossiers: dossiers ? Number(dossiers) : undefined, log, databaseUrl: database.url });
    } else if (applied.some((name) => name.endsWith("_processing_time_stat"))) {
      // The rollup appeared on a database that already had dossiers: fill it once.
      log("Bảng tổng hợp mới: tính từ các hồ sơ đã có …");
      const { rebuildRollups } = await import("./db/rebuild-rollups");
      await rebuildRollups(prisma, log);
    }
    await prisma.$disconnect();
  } catch (error) {
    console.error(error);
    await shutdown(1);
  }

  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: authSecret(),
    NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
  };

  if (!dev && (flag("build") || buildIsStale())) {
    log("Đang build bản production (next build) …");
    const build = spawnSync(process.execPath, [nextBin, "build"], {
      stdio: "inherit",
      env: { ...childEnv, NODE_ENV: "production" },
    });
    if (build.status !== 0) await shutdown(build.status ?? 1);
  }

  // Production with WEB_CONCURRENCY > 1: several web processes share the port
  // (scripts/web-cluster.ts); otherwise one web process, or `next dev`.
  const webEnv = { ...childEnv, NODE_ENV: dev ? "development" : "production" } as NodeJS.ProcessEnv;
  const web = dev
    ? singleProcess(spawn(process.execPath, [nextBin, "dev", "-p", String(port)], { stdio: "inherit", env: webEnv }))
    : env.WEB_CONCURRENCY > 1
      ? startWebCluster({ exec: webServer, execArgv: ["--import", "tsx"], port, workers: env.WEB_CONCURRENCY, env: webEnv, log })
      : singleProcess(spawn(process.execPath, ["--import", "tsx", webServer, "-p", String(port)], { stdio: "inherit", env: webEnv }));
  // The background worker (notification outbox, rate-limit cleanup). It runs the same
  // lib/server code as the app, so it needs the react-server condition for "server-only".
  const worker = flag("no-worker")
    ? null
    : spawn(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "scripts/worker.ts"], {
        stdio: "inherit",
        env: { ...childEnv, NODE_ENV: dev ? "development" : "production" },
      });
  log(`Cổng thông tin: http://localhost:${port}`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      worker?.kill(signal);
      web.kill(signal);
    });
  }
  web.onExit((code) => {
    worker?.kill();
    void shutdown(code);
  });
}

/** One web process, seen through the same interface as the cluster. */
function singleProcess(child: ChildProcess): WebCluster {
  return {
    kill: (signal) => child.kill(signal),
    onExit: (listener) => child.on("exit", (code) => listener(code ?? 0)),
  };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
