// Runs before each integration test file: gives the file its own database, copied from a
// template built by global-setup.ts: files named "*.seeded.test.ts" get a copy with the small
// demo data set, the others an empty migrated database.
import pg from "pg";
import { afterAll, expect, inject } from "vitest";

const adminUrl = inject("testDatabaseAdminUrl");
const templates = inject("testTemplates");
const testFile = expect.getState().testPath ?? "";
const template = testFile.endsWith(".seeded.test.ts") ? templates.seeded : templates.empty;
const name = `portal_t_${process.pid}_${Date.now().toString(36)}`;

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
// Copying a template fails while any session is still attached to it (another file's copy
// starting at the same instant holds it briefly): retry for a few seconds.
for (let attempt = 1; ; attempt++) {
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    break;
  } catch (error) {
    if (attempt >= 20 || !String(error).includes("is being accessed by other users")) throw error;
    await new Promise((r) => setTimeout(r, 250 * attempt));
  }
}
await admin.end();

const url = new URL(adminUrl);
url.pathname = `/${name}`;
// lib/db.ts reads it when first imported by the test file (after this setup file).
process.env.DATABASE_URL = url.toString();

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
});
