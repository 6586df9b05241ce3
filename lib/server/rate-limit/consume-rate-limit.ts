import "server-only";
import { db, type Tx } from "@/lib/db";
import { assertValidPolicy, type RateLimitPolicy } from "@/lib/domain/rate-limit";

export type RateLimitResult = {
  allowed: boolean;
  /** Requests still allowed in this window (0 once refused). */
  remaining: number;
  /** Requests counted in this window, this one included (limit + 1 = the first refusal). */
  count: number;
  /** When the window ends and the count starts again. */
  resetAt: Date;
};

type Row = { count: number; resetAtMs: number };

/**
 * Counts one request against `key` in a fixed window shared by every app instance and says
 * whether it is allowed. One atomic statement: the first request inserts the bucket, later
 * ones increment it under the row lock, and a request after `resetAt` starts a new window, so
 * N concurrent calls allow exactly `limit`. Times are the database's clock (UTC), so app
 * instances with skewed clocks still share one window. Infrastructure, not an operation on
 * someone's data: no permission to check; callers choose the key (see lib/domain/rate-limit).
 */
export async function consumeRateLimit(options: RateLimitPolicy & { key: string; client?: Pick<Tx, "$queryRaw"> }): Promise<RateLimitResult> {
  const { key, limit, windowSeconds } = options;
  assertValidPolicy({ limit, windowSeconds });
  if (!key || key.length > 200) throw new RangeError("Rate-limit key must be 1–200 characters");
  const client = options.client ?? db;
  // "resetAt" is timestamp(3) without time zone holding UTC, as Prisma writes it.
  const rows = await client.$queryRaw<Row[]>`
    WITH now AS (SELECT (now() AT TIME ZONE 'UTC') AS t)
    INSERT INTO "RateLimitBucket" ("key", "count", "resetAt")
    SELECT ${key}, 1, now.t + (${windowSeconds}::int * interval '1 second') FROM now
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."resetAt" <= (SELECT t FROM now) THEN 1
                     ELSE LEAST("RateLimitBucket"."count", 2147483646) + 1 END,
      "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= (SELECT t FROM now) THEN EXCLUDED."resetAt"
                       ELSE "RateLimitBucket"."resetAt" END
    RETURNING "count", (extract(epoch FROM "resetAt") * 1000)::float8 AS "resetAtMs"`;
  const row = rows[0];
  const count = Number(row.count);
  return { allowed: count <= limit, remaining: Math.max(0, limit - count), count, resetAt: new Date(Number(row.resetAtMs)) };
}

/**
 * Gives one request back to `key` in its current window (never below 0; nothing once the window
 * has ended). For limits that count failures only: consume before the attempt — so parallel
 * attempts cannot slip past the limit — and refund when it succeeded.
 */
export async function refundRateLimit(options: { key: string; client?: Pick<Tx, "$executeRaw"> }): Promise<void> {
  const client = options.client ?? db;
  await client.$executeRaw`
    UPDATE "RateLimitBucket" SET "count" = "count" - 1
    WHERE "key" = ${options.key} AND "count" > 0 AND "resetAt" > (now() AT TIME ZONE 'UTC')`;
}
