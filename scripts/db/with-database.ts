// Gives a script a database URL: DATABASE_URL when set, otherwise the embedded PostgreSQL
// (started for the script and stopped after it when this process started it).
import { env } from "../../lib/env";
import { startEmbeddedPostgres, type EmbeddedDb } from "./embedded";

export const EMBEDDED_DATABASE = "portal";

export async function resolveDatabase(log: (line: string) => void = console.log): Promise<EmbeddedDb> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, stop: async () => {} };
  return startEmbeddedPostgres({ dir: env.EMBEDDED_PG_DIR, port: env.EMBEDDED_PG_PORT, database: EMBEDDED_DATABASE, log });
}

export async function withDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const database = await resolveDatabase();
  try {
    return await fn(database.url);
  } finally {
    await database.stop();
  }
}
