// npm run db:backup [-- --out <folder>] [--no-uploads]
// Backs up the database (DATABASE_URL, or the embedded PostgreSQL) with the server's own tool,
// pg_dump, in its custom format (-Fc: compressed, restored with pg_restore), plus the uploaded
// files (STORAGE_DIR) as a tar next to it, plus `<dump>.json`: sizes, checksums and the row
// count of every table, counted in the very snapshot pg_dump saved, so a restore can be checked.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { env } from "../../lib/env";
import {
  BackupError,
  SIDECAR_FORMAT,
  backupBaseName,
  countFiles,
  countRows,
  describeDatabase,
  findPgTool,
  formatBytes,
  formatDuration,
  pgConnection,
  printCounts,
  run,
  serverMajorOf,
  sha256File,
  sidecarPathOf,
  type BackupSidecar,
} from "./backup-tools";
import { resolveDatabase } from "./with-database";

const USAGE = `Cách dùng: npm run db:backup -- [--out <thư mục>] [--no-uploads]
  --out <thư mục>   nơi ghi bản sao lưu (mặc định: backups/)
  --no-uploads      không sao lưu thư mục tệp tải lên (STORAGE_DIR)
Biến môi trường: DATABASE_URL (không đặt: PostgreSQL nhúng), STORAGE_DIR, PG_DUMP, PG_BIN_DIR.`;

type Options = { out: string; uploads: boolean };

function parseArgs(argv: string[]): Options {
  const options: Options = { out: "backups", uploads: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--out" || arg.startsWith("--out=")) {
      const value = arg === "--out" ? argv[++i] : arg.slice("--out=".length);
      if (!value) throw new BackupError(`--out cần một thư mục.\n${USAGE}`);
      options.out = value;
    } else if (arg === "--no-uploads") {
      options.uploads = false;
    } else if (arg === "--help" || arg === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else {
      throw new BackupError(`Tham số không hợp lệ: ${arg}\n${USAGE}`);
    }
  }
  return options;
}

/** A name not used yet in `dir`: portal-<time>.dump, else portal-<time>-2.dump, … */
function freshBase(dir: string, now: Date): string {
  const base = backupBaseName(now);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const taken = [".dump", ".dump.json", ".uploads.tar"].some((ext) => fs.existsSync(path.join(dir, candidate + ext)));
    if (!taken) return candidate;
  }
}

async function backupUploads(storageDir: string, target: string): Promise<NonNullable<BackupSidecar["uploads"]>> {
  const files = countFiles(storageDir);
  const partial = `${target}.partial`;
  // Relative names (./2026/11/<key>): restored under whichever STORAGE_DIR the target uses.
  const r = await run("tar", ["-cf", partial, "-C", storageDir, "."]);
  if (r.code !== 0) {
    fs.rmSync(partial, { force: true });
    throw new BackupError(`Không đóng gói được thư mục tệp tải lên ${storageDir}:\n${r.stderr.trim()}`);
  }
  fs.chmodSync(partial, 0o600);
  fs.renameSync(partial, target);
  return { file: path.basename(target), bytes: fs.statSync(target).size, sha256: await sha256File(target), files, sourceDir: storageDir };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const database = await resolveDatabase((line) => console.log(line));
  let client: pg.Client | undefined;
  let connection: ReturnType<typeof pgConnection> | undefined;
  let partial: string | undefined;
  try {
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const versionNum = Number((await client.query<{ server_version_num: string }>("SHOW server_version_num")).rows[0].server_version_num);
    const serverVersion = String((await client.query<{ server_version: string }>("SHOW server_version")).rows[0].server_version).split(" ")[0];
    const serverMajor = serverMajorOf(versionNum);
    const pgDump = await findPgTool("pg_dump", serverMajor, serverVersion);
    console.log(`Sao lưu ${describeDatabase(database.url)} (PostgreSQL ${serverVersion}) bằng ${pgDump.path} (bản ${pgDump.version}) …`);

    // One snapshot for pg_dump and for the row counts: the sidecar describes exactly the dump.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    let snapshot: string | null = null;
    try {
      // Not inside a savepoint: PostgreSQL exports no snapshot from a subtransaction.
      snapshot = (await client.query<{ s: string }>("SELECT pg_export_snapshot() AS s")).rows[0].s;
    } catch {
      // E.g. a hot standby: count beside pg_dump instead.
      await client.query("ROLLBACK");
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      console.log("Lưu ý: máy chủ không cho xuất snapshot; số bản ghi được đếm riêng và có thể lệch nếu đang có ghi dữ liệu.");
    }
    const tables = await countRows(client);
    let lastMigration: string | null = null;
    if ("_prisma_migrations" in tables) {
      const m = await client.query<{ name: string }>(
        `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name DESC LIMIT 1`,
      );
      lastMigration = m.rows[0]?.name ?? null;
    }

    const outDir = path.resolve(options.out);
    // Dumps hold personal data and password hashes: readable by their owner only.
    fs.mkdirSync(outDir, { recursive: true, mode: 0o700 });
    const base = freshBase(outDir, new Date(started));
    const dumpFile = path.join(outDir, `${base}.dump`);
    partial = `${dumpFile}.partial`;
    connection = pgConnection(database.url);
    const args = ["--format=custom", "--no-password", `--file=${partial}`, ...(snapshot ? [`--snapshot=${snapshot}`] : []), `--dbname=${connection.url}`];
    const dumped = await run(pgDump.path, args, { env: connection.env });
    if (dumped.code !== 0) throw new BackupError(`pg_dump thất bại (mã ${dumped.code}):\n${dumped.stderr.trim()}`);
    await client.query("COMMIT");
    await client.end();
    client = undefined;
    // Only a complete dump gets the final name: a failed run never leaves a file that looks good.
    fs.chmodSync(partial, 0o600);
    fs.renameSync(partial, dumpFile);
    partial = undefined;
    const dump = { file: path.basename(dumpFile), bytes: fs.statSync(dumpFile).size, sha256: await sha256File(dumpFile) };

    // The files after the database: every file a saved row refers to is already on disk.
    let uploads: BackupSidecar["uploads"] = null;
    const storageDir = path.resolve(env.STORAGE_DIR);
    let uploadsNote: string;
    if (!options.uploads) {
      uploadsNote = "bỏ qua (--no-uploads): bản sao lưu này KHÔNG đủ để khôi phục các tệp đính kèm.";
    } else if (!fs.existsSync(storageDir)) {
      uploadsNote = `không có thư mục ${storageDir} (chưa có tệp nào được tải lên): không có gì để sao lưu.`;
    } else {
      uploads = await backupUploads(storageDir, path.join(outDir, `${base}.uploads.tar`));
      uploadsNote = `${path.join(outDir, uploads.file)} — ${uploads.files} tệp, ${formatBytes(uploads.bytes)} (từ ${storageDir})`;
    }

    const sidecar: BackupSidecar = {
      format: SIDECAR_FORMAT,
      createdAt: new Date(started).toISOString(),
      database: describeDatabase(database.url),
      server: { version: serverVersion, major: serverMajor },
      pgDump: { version: pgDump.version, major: pgDump.major },
      consistentSnapshot: snapshot !== null,
      lastMigration,
      dump,
      uploads,
      durationMs: Date.now() - started,
      tables,
    };
    fs.writeFileSync(sidecarPathOf(dumpFile), `${JSON.stringify(sidecar, null, 2)}\n`, { mode: 0o600 });

    console.log(`\nĐã sao lưu: ${dumpFile}`);
    console.log(`  Kích thước: ${formatBytes(dump.bytes)}   SHA-256: ${dump.sha256}`);
    console.log(`  Tệp tải lên: ${uploadsNote}`);
    console.log(`  Mô tả (kiểm tra khi khôi phục): ${sidecarPathOf(dumpFile)}`);
    if (lastMigration) console.log(`  Migration mới nhất: ${lastMigration}`);
    console.log(`  Thời gian: ${formatDuration(sidecar.durationMs)}`);
    console.log(`\nSố bản ghi theo bảng:`);
    printCounts(tables);
  } finally {
    if (partial) fs.rmSync(partial, { force: true });
    connection?.dispose();
    await client?.end().catch(() => {});
    await database.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof BackupError ? `Sao lưu không thành công.\n${e.message}` : e);
  process.exit(1);
});
