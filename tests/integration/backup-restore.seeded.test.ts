// npm run db:backup / db:restore, run for real (child processes, the machine's pg_dump and
// pg_restore) against this file's seeded database, restored into fresh databases of the same
// cluster and compared table by table.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { BackupSidecar } from "../../scripts/db/backup-tools";

const adminUrl = inject("testDatabaseAdminUrl");
const sourceUrl = process.env.DATABASE_URL as string;
const TSX = path.join(process.cwd(), "node_modules", ".bin", "tsx");
const RUN = `${process.pid}_${Date.now().toString(36)}`;
const RESTORED = `portal_restored_${RUN}`;
const NEVER_CREATED = `portal_corrupt_${RUN}`;

const urlOf = (name: string) => {
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
};

type Result = { code: number; stdout: string; stderr: string };

function runScript(script: "backup" | "restore", args: string[], env: Record<string, string>): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [path.join("scripts", "db", `${script}.ts`), ...args], {
      cwd: process.cwd(),
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Row count of every table the database has, read from information_schema. */
async function tableCounts(url: string): Promise<Record<string, number>> {
  const tables = await query<{ table_name: string }>(
    url,
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row] = await query<{ n: string }>(url, `SELECT count(*) AS n FROM "${table_name}"`);
    counts[table_name] = Number(row.n);
  }
  return counts;
}

/** Content fingerprints: ordered ids and a few columns, hashed. */
async function checksums(url: string) {
  const [dossier] = await query<{ n: string; md5: string }>(
    url,
    `SELECT count(*) AS n, md5(string_agg(id || '|' || status || '|' || coalesce(code, ''), ',' ORDER BY id)) AS md5 FROM "Dossier"`,
  );
  const [audit] = await query<{ n: string; max: string | null; md5: string }>(
    url,
    `SELECT count(*) AS n, max(id)::text AS max, md5(string_agg(id::text || '|' || action || '|' || coalesce(after::text, ''), ',' ORDER BY id)) AS md5 FROM "AuditLog"`,
  );
  const [events] = await query<{ md5: string }>(url, `SELECT md5(string_agg(id::text, ',' ORDER BY id)) AS md5 FROM "DossierEvent"`);
  return { dossier, audit, events: events.md5 };
}

async function databaseExists(name: string): Promise<boolean> {
  return (await query(adminUrl, "SELECT 1 FROM pg_database WHERE datname = $1", [name])).length > 0;
}

let work: string;
let uploadsDir: string;
let outDir: string;
let dumpFile: string;
let sidecar: BackupSidecar;
let backup: Result;
const uploaded: Record<string, Buffer> = {
  "2026/11/0123456789abcdef0123456789abcdef01234567": Buffer.from("%PDF-1.4 giấy khai sinh\n"),
  "2026/10/fedcba9876543210fedcba9876543210fedcba98": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]),
};

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "portal-backup-test-"));
  uploadsDir = path.join(work, "uploads");
  outDir = path.join(work, "backups");
  for (const [key, data] of Object.entries(uploaded)) {
    fs.mkdirSync(path.dirname(path.join(uploadsDir, key)), { recursive: true });
    fs.writeFileSync(path.join(uploadsDir, key), data);
  }
  // The audit log is append-only (trigger): make sure it holds rows that must come back.
  await query(
    sourceUrl,
    `INSERT INTO "AuditLog" (action, "targetType", "targetId", after) VALUES ('backup.test', 'Dossier', 'x1', '{"a":1}'), ('backup.test', 'Dossier', 'x2', NULL)`,
  );
  backup = await runScript("backup", ["--out", outDir], { DATABASE_URL: sourceUrl, STORAGE_DIR: uploadsDir });
  const dumps = fs.existsSync(outDir) ? fs.readdirSync(outDir).filter((f) => f.endsWith(".dump")) : [];
  dumpFile = path.join(outDir, dumps[0] ?? "missing.dump");
  if (fs.existsSync(`${dumpFile}.json`)) sidecar = JSON.parse(fs.readFileSync(`${dumpFile}.json`, "utf8")) as BackupSidecar;
}, 120_000);

afterAll(async () => {
  for (const name of [RESTORED, NEVER_CREATED]) await query(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe("npm run db:backup", { timeout: 180_000 }, () => {
  it("writes a pg_dump custom-format archive, the uploads tar and a sidecar with every table's row count", async () => {
    expect(backup.stderr).toBe("");
    expect(backup.code).toBe(0);
    expect(path.basename(dumpFile)).toMatch(/^portal-\d{8}-\d{6}\.dump$/);
    expect(fs.readFileSync(dumpFile).subarray(0, 5).toString("latin1")).toBe("PGDMP"); // custom format
    expect(fs.readdirSync(outDir).sort()).toEqual(
      [path.basename(dumpFile), `${path.basename(dumpFile)}.json`, path.basename(dumpFile).replace(/\.dump$/, ".uploads.tar")].sort(),
    );
    expect(sidecar.tables).toEqual(await tableCounts(sourceUrl));
    expect(sidecar.consistentSnapshot).toBe(true);
    expect(sidecar.tables.Dossier).toBeGreaterThanOrEqual(600);
    expect(sidecar.tables.AuditLog).toBeGreaterThanOrEqual(2);
    expect(sidecar.dump.bytes).toBe(fs.statSync(dumpFile).size);
    expect(sidecar.uploads?.files).toBe(2);
    expect(sidecar.lastMigration).toMatch(/^\d{14}_/);
    // The report names the file, its size, the duration and the counts; never the password.
    expect(backup.stdout).toContain(dumpFile);
    expect(backup.stdout).toMatch(/Kích thước: .*B/);
    expect(backup.stdout).toMatch(/Thời gian: [\d,]+ s/);
    expect(backup.stdout).toMatch(/Dossier\s+[\d.]+/);
    expect(backup.stdout).not.toContain(new URL(sourceUrl).password);
  });
});

describe("npm run db:restore", { timeout: 180_000 }, () => {
  it("restores into a fresh database (--create): same row count in every table, same content, uploads back", async () => {
    const restoredUploads = path.join(work, "restored-uploads");
    const r = await runScript("restore", [dumpFile, "--create", RESTORED, "--uploads-dir", restoredUploads], { DATABASE_URL: sourceUrl });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("số bản ghi mọi bảng khớp");
    expect(r.stdout).not.toContain("✗");

    const restoredUrl = urlOf(RESTORED);
    const [source, restored] = [await tableCounts(sourceUrl), await tableCounts(restoredUrl)];
    expect(Object.keys(restored).length).toBeGreaterThan(20);
    expect(restored).toEqual(source);
    expect(await checksums(restoredUrl)).toEqual(await checksums(sourceUrl));
    for (const [key, data] of Object.entries(uploaded)) expect(fs.readFileSync(path.join(restoredUploads, key))).toEqual(data);

    // The restored audit log is still append-only, and the migration history came along.
    await expect(query(restoredUrl, `UPDATE "AuditLog" SET action = 'x' WHERE action = 'backup.test'`)).rejects.toThrow(/append-only/);
    const [migrations] = await query<{ n: string }>(restoredUrl, `SELECT count(*) AS n FROM _prisma_migrations`);
    expect(Number(migrations.n)).toBe(source._prisma_migrations);
  });

  it("refuses a target that already has tables unless --clean, and leaves it as it was", async () => {
    const before = await tableCounts(sourceUrl);
    const r = await runScript("restore", [dumpFile, "--no-uploads"], { DATABASE_URL: sourceUrl });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("đã có");
    expect(r.stderr).toContain("--clean");
    expect(await tableCounts(sourceUrl)).toEqual(before);
  });

  it("--clean replaces the contents of a database (audit log rows included) and the counts match again", async () => {
    const restoredUrl = urlOf(RESTORED);
    await query(restoredUrl, `INSERT INTO "AuditLog" (action, "targetType") VALUES ('after.backup', 'Test')`);
    await query(restoredUrl, `DELETE FROM "Holiday" WHERE id IN (SELECT id FROM "Holiday" LIMIT 1)`);
    expect(await tableCounts(restoredUrl)).not.toEqual(sidecar.tables);

    const r = await runScript("restore", [dumpFile, "--clean", "--no-uploads"], { DATABASE_URL: restoredUrl });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(await tableCounts(restoredUrl)).toEqual(sidecar.tables);
    expect(await checksums(restoredUrl)).toEqual(await checksums(sourceUrl));
  });

  it("refuses a truncated dump whose sidecar no longer matches, before touching any database", async () => {
    const bad = path.join(work, "bad");
    fs.mkdirSync(bad);
    const truncated = path.join(bad, path.basename(dumpFile));
    const bytes = fs.readFileSync(dumpFile);
    fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.9)));
    fs.copyFileSync(`${dumpFile}.json`, `${truncated}.json`);

    const r = await runScript("restore", [truncated, "--create", NEVER_CREATED, "--no-uploads"], { DATABASE_URL: sourceUrl });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bị hỏng hoặc không đầy đủ \(kích thước/);
    expect(await databaseExists(NEVER_CREATED)).toBe(false);
  });

  it("a truncated dump without sidecar fails in pg_restore, the single transaction leaves the target unchanged", async () => {
    const restoredUrl = urlOf(RESTORED);
    const truncated = path.join(work, "no-sidecar.dump");
    const bytes = fs.readFileSync(dumpFile);
    fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.9)));
    const before = { counts: await tableCounts(restoredUrl), sums: await checksums(restoredUrl) };

    // --clean over a full database: had it not been one transaction, the tables would be gone.
    const r = await runScript("restore", [truncated, "--clean"], { DATABASE_URL: restoredUrl });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Khôi phục không thành công/);
    expect(r.stderr).toMatch(/bị hỏng hoặc không đầy đủ/);
    expect(r.stderr).toMatch(/không thay đổi/);
    expect(await tableCounts(restoredUrl)).toEqual(before.counts);
    expect(await checksums(restoredUrl)).toEqual(before.sums);

    // Into a database created for the restore: it is removed again.
    const created = await runScript("restore", [truncated, "--create", NEVER_CREATED], { DATABASE_URL: sourceUrl });
    expect(created.code).toBe(1);
    expect(await databaseExists(NEVER_CREATED)).toBe(false);
  });
});
