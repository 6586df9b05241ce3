// Shared by scripts/db/backup.ts and scripts/db/restore.ts: finding PostgreSQL's own client
// tools (pg_dump / pg_restore) of a suitable version, passing credentials without putting the
// password on a command line, counting rows per table, and the JSON sidecar written beside
// each dump so that a restore can be checked.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

// ─── Running a program ───────────────────────────────────────────────────────────────────

export type RunResult = { code: number; stdout: string; stderr: string };

/** Runs a program without a shell; never throws for a non-zero exit (the caller decides). */
export function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    child.once("error", reject);
    child.once("close", (code, signal) =>
      resolve({
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      }),
    );
  });
}

/** An error whose message is meant for the operator as is (no stack trace printed). */
export class BackupError extends Error {}

// ─── PostgreSQL versions and tools ───────────────────────────────────────────────────────

/** `pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)` → { major: 15, text: "15.18" }. */
export function parseToolVersion(output: string): { major: number; text: string } | null {
  const m = /\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?/.exec(output);
  if (!m) return null;
  return { major: Number(m[1]), text: m[2] === undefined ? m[1] : `${m[1]}.${m[2]}` };
}

/** server_version_num 150018 → 15; 90624 → 9 (9.6: the old two-part majors are not supported anyway). */
export function serverMajorOf(versionNum: number): number {
  return Math.floor(versionNum / 10000);
}

export type FoundTool = { path: string; major: number; version: string };

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (dir && isExecutable(path.join(dir, name))) return path.join(dir, name);
  }
  return null;
}

/** Debian/Ubuntu keep each installed major version's tools in /usr/lib/postgresql/<N>/bin. */
function debianVersionDirs(): number[] {
  try {
    return fs
      .readdirSync("/usr/lib/postgresql")
      .filter((d) => /^\d+$/.test(d))
      .map(Number)
      .sort((a, b) => b - a);
  } catch {
    return [];
  }
}

async function versionOf(file: string): Promise<FoundTool | null> {
  try {
    const r = await run(file, ["--version"]);
    const v = r.code === 0 ? parseToolVersion(r.stdout) : null;
    return v ? { path: file, major: v.major, version: v.text } : null;
  } catch {
    return null;
  }
}

/**
 * Finds pg_dump / pg_restore able to work with a server of major version `serverMajor`
 * (pg_dump refuses servers newer than itself; a newer pg_dump is fine).
 * Order: PG_DUMP / PG_RESTORE (exact file), else PG_BIN_DIR, else the Debian folder of the
 * server's own major version, PATH, then other Debian versions (newest first).
 */
export async function findPgTool(name: "pg_dump" | "pg_restore", serverMajor: number, serverVersion: string): Promise<FoundTool> {
  const envVar = name === "pg_dump" ? "PG_DUMP" : "PG_RESTORE";
  const explicit = process.env[envVar];
  const binDir = process.env.PG_BIN_DIR;
  let candidates: string[];
  let where: string;
  if (explicit) {
    candidates = [explicit];
    where = `${envVar}=${explicit}`;
  } else if (binDir) {
    candidates = [path.join(binDir, name)];
    where = `PG_BIN_DIR=${binDir}`;
  } else {
    const debian = debianVersionDirs();
    candidates = [
      ...debian.filter((v) => v === serverMajor).map((v) => `/usr/lib/postgresql/${v}/bin/${name}`),
      ...(onPath(name) ? [onPath(name) as string] : []),
      ...debian.filter((v) => v !== serverMajor).map((v) => `/usr/lib/postgresql/${v}/bin/${name}`),
    ];
    where = "PATH và /usr/lib/postgresql/*/bin";
  }
  const seen: FoundTool[] = [];
  for (const file of [...new Set(candidates)]) {
    if (!isExecutable(file)) continue;
    const tool = await versionOf(file);
    if (!tool) continue;
    if (tool.major >= serverMajor) return tool;
    seen.push(tool);
  }
  throw new BackupError(missingToolMessage(name, serverMajor, serverVersion, seen, where));
}

export function missingToolMessage(name: string, serverMajor: number, serverVersion: string, seen: FoundTool[], where: string): string {
  const found = seen.length
    ? `Đã thấy nhưng quá cũ: ${seen.map((t) => `${t.path} (bản ${t.version})`).join(", ")} — ${name} không làm việc với máy chủ mới hơn chính nó.`
    : `Không tìm thấy ${name} (đã tìm trong ${where}).`;
  return [
    `Cần ${name} bản ${serverMajor} trở lên cho máy chủ PostgreSQL ${serverVersion}.`,
    found,
    `Cách khắc phục:`,
    `  • Debian/Ubuntu: sudo apt-get install postgresql-client   (Debian 12 cài bản 15; bản khác là gói postgresql-client-${serverMajor} từ kho PGDG của PostgreSQL).`,
    `  • Hoặc chỉ đường đến công cụ đúng bản: PG_BIN_DIR=/thư/mục/bin, hoặc ${name === "pg_dump" ? "PG_DUMP" : "PG_RESTORE"}=/đường/dẫn/${name}.`,
  ].join("\n");
}

// ─── Connection without a password on the command line ───────────────────────────────────

// Query parameters libpq understands in a URI; others (e.g. Prisma's `schema`) make it fail.
const LIBPQ_PARAMS = new Set([
  "sslmode", "sslcert", "sslkey", "sslrootcert", "sslcrl", "sslpassword", "sslcompression", "channel_binding",
  "gssencmode", "connect_timeout", "application_name", "options", "target_session_attrs", "keepalives",
  "keepalives_idle", "keepalives_interval", "keepalives_count", "host", "hostaddr", "port", "krbsrvname",
  "requirepeer", "ssl_min_protocol_version", "ssl_max_protocol_version", "tcp_user_timeout",
]);

/** The database URL without its password and without parameters libpq does not know. */
export function libpqUrl(databaseUrl: string): string {
  const u = new URL(databaseUrl);
  u.password = "";
  for (const key of [...u.searchParams.keys()]) if (!LIBPQ_PARAMS.has(key)) u.searchParams.delete(key);
  return u.toString();
}

/** A `.pgpass` line matching any host/port/database/user, with `:` and `\` escaped. */
export function passfileLine(password: string): string {
  return `*:*:*:*:${password.replace(/\\/g, "\\\\").replace(/:/g, "\\:")}\n`;
}

export type PgConnection = { url: string; env: NodeJS.ProcessEnv; dispose: () => void };

/**
 * Arguments for a PostgreSQL tool: the URL without password, and an environment pointing to a
 * temporary passfile (mode 0600, removed by dispose) that holds the password.
 */
export function pgConnection(databaseUrl: string): PgConnection {
  const password = decodeURIComponent(new URL(databaseUrl).password);
  const env: NodeJS.ProcessEnv = { ...process.env, PGCONNECT_TIMEOUT: process.env.PGCONNECT_TIMEOUT ?? "15" };
  delete env.PGPASSWORD;
  if (!password) return { url: libpqUrl(databaseUrl), env, dispose: () => {} };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-pgpass-"));
  const file = path.join(dir, "pgpass");
  fs.writeFileSync(file, passfileLine(password), { mode: 0o600 });
  env.PGPASSFILE = file;
  return { url: libpqUrl(databaseUrl), env, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** The same server, another database. */
export function withDatabaseName(databaseUrl: string, name: string): string {
  const u = new URL(databaseUrl);
  u.pathname = `/${encodeURIComponent(name)}`;
  return u.toString();
}

export function databaseNameOf(databaseUrl: string): string {
  return decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, "")) || "postgres";
}

/** host:port/database, for messages (never the password). */
export function describeDatabase(databaseUrl: string): string {
  const u = new URL(databaseUrl);
  return `${u.hostname}:${u.port || "5432"}/${databaseNameOf(databaseUrl)}`;
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

// ─── Row counts ──────────────────────────────────────────────────────────────────────────

export type TableCounts = Record<string, number>;

/** Every ordinary table outside the system schemas; public tables keep their bare name. */
export async function userTables(client: pg.Client): Promise<{ schema: string; table: string; key: string }[]> {
  const r = await client.query<{ table_schema: string; table_name: string }>(
    `SELECT table_schema, table_name FROM information_schema.tables
      WHERE table_type = 'BASE TABLE'
        AND table_schema NOT IN ('pg_catalog', 'information_schema') AND table_schema NOT LIKE 'pg\\_%'
      ORDER BY table_schema, table_name`,
  );
  return r.rows.map((row) => ({
    schema: row.table_schema,
    table: row.table_name,
    key: row.table_schema === "public" ? row.table_name : `${row.table_schema}.${row.table_name}`,
  }));
}

export async function countRows(client: pg.Client): Promise<TableCounts> {
  const counts: TableCounts = {};
  for (const t of await userTables(client)) {
    const r = await client.query<{ n: string }>(`SELECT count(*)::bigint AS n FROM ${quoteIdent(t.schema)}.${quoteIdent(t.table)}`);
    counts[t.key] = Number(r.rows[0].n);
  }
  return counts;
}

export type CountComparison = { table: string; expected: number | null; actual: number | null; ok: boolean };

/** Tables of the backup compared with the restored ones; tables only in the target are listed, not failed. */
export function compareCounts(expected: TableCounts, actual: TableCounts): CountComparison[] {
  const rows: CountComparison[] = [];
  for (const table of Object.keys(expected).sort()) {
    const a = table in actual ? actual[table] : null;
    rows.push({ table, expected: expected[table], actual: a, ok: a === expected[table] });
  }
  for (const table of Object.keys(actual).sort()) {
    if (!(table in expected)) rows.push({ table, expected: null, actual: actual[table], ok: true });
  }
  return rows;
}

// ─── Files ───────────────────────────────────────────────────────────────────────────────

export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = crypto.createHash("sha256");
    fs.createReadStream(file)
      .on("data", (d) => hash.update(d))
      .once("error", reject)
      .once("end", () => resolve(hash.digest("hex")));
  });
}

/** portal-20261127-101530 (local time of the machine). */
export function backupBaseName(now: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `portal-${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`;
}

export function countFiles(dir: string): number {
  let n = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) n += countFiles(path.join(dir, entry.name));
    else if (entry.isFile()) n++;
  }
  return n;
}

export function formatBytes(bytes: number): string {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toLocaleString("vi-VN", { maximumFractionDigits: unit === 0 ? 0 : 1 })} ${units[unit]}`;
}

export function formatCount(n: number): string {
  return n.toLocaleString("vi-VN");
}

export function formatDuration(ms: number): string {
  return `${(ms / 1000).toLocaleString("vi-VN", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s`;
}

export function printCounts(counts: TableCounts, log: (line: string) => void = console.log): void {
  const width = Math.max(10, ...Object.keys(counts).map((t) => t.length));
  for (const [table, n] of Object.entries(counts)) log(`  ${table.padEnd(width)} ${formatCount(n).padStart(12)}`);
}

// ─── The sidecar `<dump>.json` ───────────────────────────────────────────────────────────

export const SIDECAR_FORMAT = "portal-backup/1";

export type BackupSidecar = {
  format: typeof SIDECAR_FORMAT;
  createdAt: string;
  database: string;
  server: { version: string; major: number };
  pgDump: { version: string; major: number };
  /** Rows counted in the very snapshot pg_dump used (false: counted beside it, writes may differ). */
  consistentSnapshot: boolean;
  lastMigration: string | null;
  dump: { file: string; bytes: number; sha256: string };
  uploads: { file: string; bytes: number; sha256: string; files: number; sourceDir: string } | null;
  durationMs: number;
  tables: TableCounts;
};

export function sidecarPathOf(dumpFile: string): string {
  return `${dumpFile}.json`;
}

export function readSidecar(dumpFile: string): BackupSidecar | null {
  const file = sidecarPathOf(dumpFile);
  if (!fs.existsSync(file)) return null;
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new BackupError(`Tệp mô tả ${file} không đọc được (${(e as Error).message}).`);
  }
  const s = data as Partial<BackupSidecar>;
  if (s?.format !== SIDECAR_FORMAT || !s.dump || typeof s.tables !== "object" || s.tables === null) {
    throw new BackupError(`Tệp mô tả ${file} không đúng định dạng ${SIDECAR_FORMAT}.`);
  }
  return s as BackupSidecar;
}

// ─── pg_restore's table of contents ──────────────────────────────────────────────────────

/**
 * Removes from `pg_restore --list` output the entries that fail for a database owner who is not
 * a superuser and do not matter for the data: comments on extensions (e.g. pg_trgm's).
 */
export function filterRestoreList(list: string): string {
  return list
    .split("\n")
    .filter((line) => !/^\d+;\s.*\bCOMMENT\b.*\bEXTENSION\b/.test(line))
    .join("\n");
}
