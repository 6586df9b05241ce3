import "server-only";
import { db } from "@/lib/db";

/**
 * Deletes buckets whose window has ended (a later request simply starts a new one), in batches
 * so a large backlog never holds long locks. Run periodically by scripts/worker.ts.
 * A bucket renewed concurrently is kept: the condition is checked again on the locked row.
 */
export async function purgeExpiredRateLimits(options: { batchSize?: number; maxBatches?: number } = {}): Promise<{ deleted: number }> {
  const batchSize = options.batchSize ?? 5_000;
  const maxBatches = options.maxBatches ?? 100;
  let deleted = 0;
  for (let i = 0; i < maxBatches; i++) {
    const n = await db.$executeRaw`
      DELETE FROM "RateLimitBucket"
      WHERE "key" IN (
        SELECT "key" FROM "RateLimitBucket" WHERE "resetAt" <= (now() AT TIME ZONE 'UTC') LIMIT ${batchSize}::int
      ) AND "resetAt" <= (now() AT TIME ZONE 'UTC')`;
    deleted += n;
    if (n < batchSize) break;
  }
  return { deleted };
}
