// npm run db:restore -- <file.dump> [--create <name>] [--clean] [--no-uploads] [--uploads-dir <folder>]
// Restores a backup made by `npm run db:backup` into the target database (DATABASE_URL, or the
// embedded PostgreSQL) in ONE transaction: it either all goes in or nothing changes. Then it
// counts the rows of every table and compares them with the backup's `<file>.json` (exit 1 when
// they differ), and puts the uploaded files back (STORAGE_DIR).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { env } from "../../lib/env";
import {
  BackupError,
  compareCounts,
  countRows,
  databaseNameOf,
  describeDatabase,
  filterRestoreList,
  findPgTool,
  formatBytes,
  formatCount,
  formatDuration,
  pgConnection,
  quoteIdent,
  readSidecar,
  run,
  serverMajorOf,
  sha256File,
  userTables,
  withDatabaseName,
  type BackupSidecar,
} from "./backup-tools";
import { resolveDatabase } from "./with-database";

const USAGE = `Cách dùng: npm run db:restore -- <tệp.dump> [--create <tên>] [--clean] [--no-uploads] [--uploads-dir <thư mục>]
  --create <tên>          tạo cơ sở dữ liệu mới <tên> trên cùng máy chủ và khôi phục vào đó
  --clean (hoặc --force)  cho phép khôi phục đè lên CSDL đích đã có dữ liệu: các đối tượng có trong
                          bản sao lưu bị xóa rồi tạo lại (tất cả trong một giao dịch)
  --no-uploads            không khôi phục tệp tải lên
  --uploads-dir <thư mục> khôi phục tệp tải lên vào thư mục này (mặc định: STORAGE_DIR)
Biến môi trường: DATABASE_URL (không đặt: PostgreSQL nhúng), STORAGE_DIR, PG_RESTORE, PG_BIN_DIR.`;

type Options = { file: string; create: string | null; clean: boolean; uploads: boolean; uploadsDir: string | null };

function parseArgs(argv: string[]): Options {
  const options: Options = { file: "", create: null, clean: false, uploads: true, uploadsDir: null };
  const valueOf = (arg: string, name: string, i: number): [string, number] => {
    const value = arg === name ? argv[i + 1] : arg.slice(name.length + 1);
    if (!value) throw new BackupError(`${name} cần một giá trị.\n${USAGE}`);
    return [value, arg === name ? i + 1 : i];
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--create" || arg.startsWith("--create=")) [options.create, i] = valueOf(arg, "--create", i);
    else if (arg === "--uploads-dir" || arg.startsWith("--uploads-dir=")) [options.uploadsDir, i] = valueOf(arg, "--uploads-dir", i);
    else if (arg === "--clean" || arg === "--force") options.clean = true;
    else if (arg === "--no-uploads") options.uploads = false;
    else if (arg === "--help" || arg === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith("-") || options.file) throw new BackupError(`Tham số không hợp lệ: ${arg}\n${USAGE}`);
    else options.file = arg;
  }
  if (!options.file) throw new BackupError(`Thiếu tệp sao lưu.\n${USAGE}`);
  if (options.create !== null && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(options.create)) {
    throw new BackupError(`Tên cơ sở dữ liệu "${options.create}" không hợp lệ: chỉ dùng chữ không dấu, số và "_" (tối đa 63 ký tự).`);
  }
  if (options.create !== null && options.clean) throw new BackupError("--create tạo CSDL mới, trống: không dùng cùng --clean.");
  return options;
}

const corrupted = (file: string, why: string) =>
  new BackupError(`Tệp ${file} bị hỏng hoặc không đầy đủ (${why}). Không khôi phục gì; CSDL đích không thay đổi.`);

/** Checks the files against the sidecar before anything is touched. */
async function verifyFiles(options: Options, sidecar: BackupSidecar | null): Promise<string | null> {
  if (sidecar) {
    const bytes = fs.statSync(options.file).size;
    if (bytes !== sidecar.dump.bytes) throw corrupted(options.file, `kích thước ${formatCount(bytes)} byte, bản sao lưu ghi ${formatCount(sidecar.dump.bytes)} byte`);
    if ((await sha256File(options.file)) !== sidecar.dump.sha256) throw corrupted(options.file, "mã SHA-256 không khớp với tệp mô tả");
  }
  if (!options.uploads || !sidecar?.uploads) return null;
  const tar = path.join(path.dirname(options.file), sidecar.uploads.file);
  if (!fs.existsSync(tar)) {
    throw new BackupError(`Thiếu tệp ${tar} (tệp tải lên của bản sao lưu này). Đặt nó cạnh tệp .dump, hoặc dùng --no-uploads để chỉ khôi phục CSDL.`);
  }
  if (fs.statSync(tar).size !== sidecar.uploads.bytes || (await sha256File(tar)) !== sidecar.uploads.sha256) {
    throw corrupted(tar, "kích thước hoặc mã SHA-256 không khớp với tệp mô tả");
  }
  return tar;
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  options.file = path.resolve(options.file);
  if (!fs.existsSync(options.file)) throw new BackupError(`Không có tệp ${options.file}.`);
  const sidecar = readSidecar(options.file);
  const uploadsTar = await verifyFiles(options, sidecar);

  const database = await resolveDatabase((line) => console.log(line));
  let created: string | null = null;
  let restored = false;
  let listDir: string | null = null;
  let connection: ReturnType<typeof pgConnection> | undefined;
  try {
    const { serverVersion, serverMajor } = await withClient(database.url, async (c) => {
      const num = Number((await c.query<{ server_version_num: string }>("SHOW server_version_num")).rows[0].server_version_num);
      const text = String((await c.query<{ server_version: string }>("SHOW server_version")).rows[0].server_version).split(" ")[0];
      return { serverVersion: text, serverMajor: serverMajorOf(num) };
    });
    // pg_restore reads archives of its own and older pg_dump versions.
    const pgRestore = await findPgTool("pg_restore", Math.max(serverMajor, sidecar?.pgDump.major ?? 0), serverVersion);

    // The archive's table of contents: a file that is not a pg_dump custom archive stops here.
    const list = await run(pgRestore.path, ["--list", options.file]);
    if (list.code !== 0) throw corrupted(options.file, `pg_restore không đọc được: ${list.stderr.trim()}`);
    listDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-restore-"));
    const listFile = path.join(listDir, "toc.list");
    fs.writeFileSync(listFile, filterRestoreList(list.stdout));

    let targetUrl = database.url;
    if (options.create) {
      const name = options.create;
      await withClient(database.url, async (c) => {
        const exists = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        if (exists.rowCount) throw new BackupError(`Cơ sở dữ liệu "${name}" đã có. Chọn tên khác cho --create, hoặc khôi phục vào nó với DATABASE_URL và --clean.`);
        await c.query(`CREATE DATABASE ${quoteIdent(name)}`);
      });
      created = name;
      targetUrl = withDatabaseName(database.url, name);
    } else {
      const tables = await withClient(targetUrl, (c) => userTables(c));
      if (tables.length > 0 && !options.clean) {
        throw new BackupError(
          `Cơ sở dữ liệu đích ${describeDatabase(targetUrl)} đã có ${tables.length} bảng (ví dụ: ${tables.slice(0, 3).map((t) => t.key).join(", ")}). ` +
            `Không khôi phục đè khi chưa được yêu cầu.\n` +
            `  • Khôi phục vào CSDL mới: --create <tên>\n` +
            `  • Thay thế nội dung CSDL này (nên dừng ứng dụng trước): --clean`,
        );
      }
    }

    console.log(`Khôi phục ${options.file} vào ${describeDatabase(targetUrl)} (PostgreSQL ${serverVersion}) bằng ${pgRestore.path} (bản ${pgRestore.version}) …`);
    if (sidecar) console.log(`  Bản sao lưu của ${sidecar.database}, lúc ${sidecar.createdAt}${sidecar.lastMigration ? `, migration ${sidecar.lastMigration}` : ""}.`);
    connection = pgConnection(targetUrl);
    const args = [
      "--no-owner",
      "--no-privileges",
      "--exit-on-error",
      "--single-transaction",
      "--no-password",
      ...(options.clean ? ["--clean", "--if-exists"] : []),
      `--use-list=${listFile}`,
      `--dbname=${connection.url}`,
      options.file,
    ];
    const r = await run(pgRestore.path, args, { env: connection.env });
    if (r.code !== 0) {
      if (/end of file|could not read|corrupt|invalid|unexpected/i.test(r.stderr)) {
        throw new BackupError(
          `Tệp ${options.file} bị hỏng hoặc không đầy đủ (pg_restore dừng giữa chừng: ${r.stderr.trim()}). ` +
            `Giao dịch đã được hủy: CSDL đích không thay đổi.`,
        );
      }
      throw new BackupError(
        `pg_restore thất bại (mã ${r.code}); giao dịch đã được hủy, CSDL đích không thay đổi.\n${r.stderr.trim()}`,
      );
    }
    restored = true;

    const actual = await withClient(targetUrl, (c) => countRows(c));
    let mismatches = 0;
    if (sidecar) {
      console.log("\nSo sánh số bản ghi với bản sao lưu:");
      const rows = compareCounts(sidecar.tables, actual);
      const width = Math.max(10, ...rows.map((row) => row.table.length));
      const cell = (n: number | null) => (n === null ? "—" : formatCount(n)).padStart(12);
      console.log(`  ${"Bảng".padEnd(width)} ${"Sao lưu".padStart(12)} ${"Khôi phục".padStart(12)}`);
      for (const row of rows) {
        const mark = row.expected === null ? "  (chỉ có ở CSDL đích)" : row.ok ? "  ✓" : "  ✗ KHÁC";
        console.log(`  ${row.table.padEnd(width)} ${cell(row.expected)} ${cell(row.actual)}${mark}`);
      }
      mismatches = rows.filter((row) => !row.ok).length;
    } else {
      console.log(`\nKhông có tệp mô tả ${options.file}.json: không đối chiếu được. Số bản ghi sau khôi phục:`);
      for (const [table, n] of Object.entries(actual)) console.log(`  ${table} ${formatCount(n)}`);
    }

    let uploadsNote = "không có trong bản sao lưu.";
    if (!options.uploads) uploadsNote = "bỏ qua (--no-uploads).";
    else if (uploadsTar && sidecar?.uploads) {
      const dir = path.resolve(options.uploadsDir ?? env.STORAGE_DIR);
      fs.mkdirSync(dir, { recursive: true });
      // Names are random keys: files already there are the same files and are kept as they are.
      const x = await run("tar", ["-xf", uploadsTar, "-C", dir, "--skip-old-files", "--no-same-owner"]);
      if (x.code !== 0) throw new BackupError(`CSDL đã khôi phục nhưng giải nén tệp tải lên vào ${dir} thất bại:\n${x.stderr.trim()}`);
      uploadsNote = `${sidecar.uploads.files} tệp (${formatBytes(sidecar.uploads.bytes)}) vào ${dir} (tệp cùng tên đã có được giữ nguyên).`;
    }

    console.log(`\nTệp tải lên: ${uploadsNote}`);
    console.log(`Thời gian: ${formatDuration(Date.now() - started)}`);
    if (mismatches > 0) {
      console.error(`\nKhôi phục xong nhưng ${mismatches} bảng có số bản ghi khác bản sao lưu: hãy kiểm tra trước khi dùng.`);
      process.exitCode = 1;
    } else {
      console.log(`\nĐã khôi phục ${databaseNameOf(targetUrl)}${sidecar ? ": số bản ghi mọi bảng khớp với bản sao lưu." : "."}`);
    }
  } finally {
    connection?.dispose();
    if (listDir) fs.rmSync(listDir, { recursive: true, force: true });
    // A database this run created for a restore that failed is removed again.
    if (created && !restored) {
      await withClient(database.url, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(created as string)} WITH (FORCE)`)).catch(() => {});
    }
    await database.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof BackupError ? `Khôi phục không thành công.\n${e.message}` : e);
  process.exit(1);
});
