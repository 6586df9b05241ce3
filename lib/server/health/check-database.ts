import "server-only";
import { db } from "@/lib/db";

export type DatabaseHealth = { up: true; latencyMs: number } | { up: false; error: string };

/** One round trip to PostgreSQL, bounded by a timeout so a hung database cannot hang the probe. */
export async function checkDatabase(timeoutMs = 2000): Promise<DatabaseHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("timeout")), timeoutMs);
      }),
    ]);
    return { up: true, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    return { up: false, error: error instanceof Error && error.message === "timeout" ? "timeout" : "unreachable" };
  } finally {
    clearTimeout(timer);
  }
}
