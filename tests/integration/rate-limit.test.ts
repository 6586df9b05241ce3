// The PostgreSQL rate limiter: exactly `limit` of N concurrent calls pass, windows reset,
// keys are independent, and expired buckets are purged.
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { db } from "@/lib/db";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { purgeExpiredRateLimits } from "@/lib/server/rate-limit/purge-expired-rate-limits";

describe("consumeRateLimit", () => {
  it("counts down and refuses after the limit", async () => {
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await consumeRateLimit({ key: "t:sequential", limit: 3, windowSeconds: 60 }));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false, false]);
    expect(results.map((r) => r.remaining)).toEqual([2, 1, 0, 0, 0]);
    // One window: the reset time is the same for every call, about a minute from now.
    expect(new Set(results.map((r) => r.resetAt.getTime())).size).toBe(1);
    const inMs = results[0].resetAt.getTime() - Date.now();
    expect(inMs).toBeGreaterThan(55_000);
    expect(inMs).toBeLessThanOrEqual(61_000);
  });

  it("allows exactly `limit` of 40 concurrent calls from several connections (as several app instances would)", async () => {
    const other = createPrismaClient(process.env.DATABASE_URL!, 10);
    try {
      const calls = Array.from({ length: 40 }, (_, i) =>
        consumeRateLimit({ key: "t:concurrent", limit: 7, windowSeconds: 60, client: i % 2 === 0 ? db : other }),
      );
      const results = await Promise.all(calls);
      expect(results.filter((r) => r.allowed)).toHaveLength(7);
      const bucket = await db.rateLimitBucket.findUniqueOrThrow({ where: { key: "t:concurrent" } });
      expect(bucket.count).toBe(40);
    } finally {
      await other.$disconnect();
    }
  });

  it("starts a new window once the old one has ended", async () => {
    for (let i = 0; i < 2; i++) await consumeRateLimit({ key: "t:reset", limit: 2, windowSeconds: 600 });
    expect((await consumeRateLimit({ key: "t:reset", limit: 2, windowSeconds: 600 })).allowed).toBe(false);
    await db.rateLimitBucket.update({ where: { key: "t:reset" }, data: { resetAt: new Date(Date.now() - 1000) } });
    const fresh = await consumeRateLimit({ key: "t:reset", limit: 2, windowSeconds: 600 });
    expect(fresh).toMatchObject({ allowed: true, remaining: 1 });
    expect(fresh.resetAt.getTime()).toBeGreaterThan(Date.now() + 590_000);
  });

  it("keeps keys apart", async () => {
    expect((await consumeRateLimit({ key: "t:a", limit: 1, windowSeconds: 60 })).allowed).toBe(true);
    expect((await consumeRateLimit({ key: "t:a", limit: 1, windowSeconds: 60 })).allowed).toBe(false);
    expect((await consumeRateLimit({ key: "t:b", limit: 1, windowSeconds: 60 })).allowed).toBe(true);
  });

  it("refuses invalid policies and keys without touching the table", async () => {
    await expect(consumeRateLimit({ key: "t:bad", limit: 0, windowSeconds: 60 })).rejects.toThrow(RangeError);
    await expect(consumeRateLimit({ key: "t:bad", limit: 1, windowSeconds: 0 })).rejects.toThrow(RangeError);
    await expect(consumeRateLimit({ key: "", limit: 1, windowSeconds: 60 })).rejects.toThrow(RangeError);
    expect(await db.rateLimitBucket.count({ where: { key: "t:bad" } })).toBe(0);
  });

  it("stores the reset time in UTC whatever the session time zone", async () => {
    const r = await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL TIME ZONE 'Asia/Ho_Chi_Minh'`);
      return consumeRateLimit({ key: "t:tz", limit: 1, windowSeconds: 60, client: tx });
    });
    expect(Math.abs(r.resetAt.getTime() - (Date.now() + 60_000))).toBeLessThan(5_000);
    const stored = await db.rateLimitBucket.findUniqueOrThrow({ where: { key: "t:tz" } });
    expect(stored.resetAt.getTime()).toBe(r.resetAt.getTime());
  });
});

describe("purgeExpiredRateLimits", () => {
  it("deletes ended windows only", async () => {
    await db.rateLimitBucket.createMany({
      data: [
        ...Array.from({ length: 25 }, (_, i) => ({ key: `p:old:${i}`, count: 3, resetAt: new Date(Date.now() - 60_000) })),
        { key: "p:live", count: 1, resetAt: new Date(Date.now() + 60_000) },
      ],
    });
    const { deleted } = await purgeExpiredRateLimits({ batchSize: 10 });
    expect(deleted).toBeGreaterThanOrEqual(25);
    expect(await db.rateLimitBucket.count({ where: { key: { startsWith: "p:old:" } } })).toBe(0);
    expect(await db.rateLimitBucket.count({ where: { key: "p:live" } })).toBe(1);
  });
});
