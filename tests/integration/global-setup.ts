// Integration tests run against a real PostgreSQL: the embedded one (or TEST_DATABASE_URL's
// server). Once per run: two template databases are built — one migrated and empty, one
// migrated and seeded with a small demo data set — and every test file gets its own fresh
// copy (CREATE DATABASE … TEMPLATE …), so files can run in parallel and never see each
// other's writes.
import pg from "pg";
import type { TestProject } from "vitest/node";
import { createPrismaClient } from "../../lib/db-client";
import { startEmbeddedPostgres, type EmbeddedDb } from "../../scripts/db/embedded";
import { applyMigrations } from "../../scripts/db/migrations";
import { seedDatabase } from "../../prisma/seed/index";
import { SEED_DOSSIERS } from "./seed-size";

// Unique per run, so two runs against one server never drop each other's templates.
const RUN = `${process.pid}_${Date.now().toString(36)}`;
const EMPTY_TEMPLATE = `portal_tpl_empty_${RUN}`;
const SEEDED_TEMPLATE = `portal_tpl_seeded_${RUN}`;
// TEST_PG_PORT gives a run its own embedded cluster (port and data folder).
const TEST_PG_PORT = Number(process.env.TEST_PG_PORT ?? 54342);


let server: EmbeddedDb | undefined;

function refuseRemote(url: string) {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1"].includes(host)) {
    throw new Error(`Integration tests drop and create databases: refusing non-local server ${host}.`);
  }
}

async function recreate(adminUrl: string, name: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name]);
    await client.query(`DROP DATABASE IF EXISTS "${name}"`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    server = await startEmbeddedPostgres({ dir: `.data/pg-test-${TEST_PG_PORT}`, port: TEST_PG_PORT, database: "postgres" });
    adminUrl = server.url;
  }
  refuseRemote(adminUrl);
  const urlFor = (db: string) => {
    const u = new URL(adminUrl);
    u.pathname = `/${db}`;
    return u.toString();
  };

  await recreate(adminUrl, EMPTY_TEMPLATE);
  await applyMigrations(urlFor(EMPTY_TEMPLATE));

  await recreate(adminUrl, SEEDED_TEMPLATE);
  await applyMigrations(urlFor(SEEDED_TEMPLATE));
  const prisma = createPrismaClient(urlFor(SEEDED_TEMPLATE), 4);
  await seedDatabase(prisma, { dossiers: SEED_DOSSIERS, log: () => {} });
  await prisma.$disconnect();

  project.provide("testDatabaseAdminUrl", adminUrl);
  project.provide("testTemplates", { empty: EMPTY_TEMPLATE, seeded: SEEDED_TEMPLATE });
  return async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    for (const name of [EMPTY_TEMPLATE, SEEDED_TEMPLATE]) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
    await server?.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseAdminUrl: string;
    testTemplates: { empty: string; seeded: string };
  }
}
