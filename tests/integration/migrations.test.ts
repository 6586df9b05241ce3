import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applyMigrations, listMigrations } from "../../scripts/db/migrations";
import { SCHEMA_PATH, SNAPSHOT_PATH } from "../../scripts/db/schema-engine";

describe("migrations", () => {
  it("cover every change of prisma/schema.prisma (run `npm run db:migration -- <name>` after editing it)", () => {
    expect(fs.readFileSync(SNAPSHOT_PATH, "utf8")).toBe(fs.readFileSync(SCHEMA_PATH, "utf8"));
  });

  it("were all applied to the fresh database, and applying again changes nothing", async () => {
    const applied = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`;
    expect(applied.map((m) => m.migration_name)).toEqual(listMigrations().map((m) => m.name));
    expect(await applyMigrations(process.env.DATABASE_URL as string)).toEqual([]);
  });

  it("make the audit log append-only in the database itself", async () => {
    const entry = await db.auditLog.create({ data: { action: "test.entry", targetType: "Test" } });
    await expect(db.auditLog.update({ where: { id: entry.id }, data: { action: "tampered" } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    const again = await db.auditLog.findUniqueOrThrow({ where: { id: entry.id } });
    expect(again.action).toBe("test.entry");
  });

  it("create the trigram index used by accent-insensitive catalogue search", async () => {
    const rows = await db.$queryRaw<{ indexdef: string }[]>`
      SELECT indexdef FROM pg_indexes WHERE tablename = 'Procedure' AND indexname = 'Procedure_searchText_trgm_idx'`;
    expect(rows).toHaveLength(1);
    expect(rows[0].indexdef).toContain("gin_trgm_ops");
  });
});
