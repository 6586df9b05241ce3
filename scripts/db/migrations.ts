// Applies prisma/migrations with the WASM schema engine, exactly as `prisma migrate deploy`
// would (same _prisma_migrations table). Incremental and idempotent.
import fs from "node:fs";
import path from "node:path";
import { MIGRATIONS_DIR, NO_FILTERS, openSchemaEngine } from "./schema-engine";

const LOCKFILE = "migration_lock.toml";

export function listMigrations(): { name: string; sql: string }[] {
  if (!fs.existsSync(MIGRATIONS_DIR)) return [];
  return fs
    .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => ({ name, sql: fs.readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8") }));
}

export async function applyMigrations(connectionString: string): Promise<string[]> {
  const engine = await openSchemaEngine(connectionString);
  try {
    const lockPath = path.join(MIGRATIONS_DIR, LOCKFILE);
    const result = await engine.applyMigrations({
      migrationsList: {
        baseDir: MIGRATIONS_DIR,
        lockfile: { path: LOCKFILE, content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
        shadowDbInitScript: "",
        migrationDirectories: listMigrations().map((m) => ({
          path: m.name,
          migrationFile: { path: "migration.sql", content: { tag: "ok", value: m.sql } },
        })),
      },
      filters: NO_FILTERS,
    });
    return result.appliedMigrationNames;
  } finally {
    engine.free();
  }
}
