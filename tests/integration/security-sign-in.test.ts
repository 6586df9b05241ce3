// Password sign-in hardening on PostgreSQL: throttling per client IP and per identifier (failed
// attempts only, counted in the shared RateLimitBucket table, so every app instance sees them),
// one answer for every failure, and no timing short-cut for unknown accounts.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { RATE_LIMITS } from "@/lib/domain/rate-limit";
import { signInAccountSubject } from "@/lib/server/auth/sign-in-throttle";
import { authenticateUser, MAX_FAILED_LOGINS } from "@/lib/server/users/authenticate-user";

const PASSWORD = "MậtKhẩu-An-Toàn-2026";
const IP_LIMIT = RATE_LIMITS.signInPerIp.limit;
const ACCOUNT_LIMIT = RATE_LIMITS.signInPerAccount.limit;

const accountKey = (email: string) => `signin:account:${signInAccountSubject(`email:${email}`)}`;
let ipCounter = 0;
/** A fresh documentation-range address per use, so the per-IP limit stays out of the way. */
const freshIp = () => `203.0.113.${++ipCounter}`;

beforeAll(async () => {
  const passwordHash = await hashPassword(PASSWORD);
  await db.user.createMany({
    data: ["mai", "tuan", "lock", "time", "office"].map((n) => ({ email: `${n}@example.vn`, fullName: `Người dùng ${n}`, role: "CITIZEN" as const, passwordHash })),
  });
});

beforeEach(async () => {
  await db.rateLimitBucket.deleteMany();
  await db.user.updateMany({ data: { failedLoginCount: 0, lockedUntil: null } });
});

describe("throttling per client IP", () => {
  it(`refuses every sign-in from an IP after ${IP_LIMIT} failures, even the right password; other IPs are unaffected`, async () => {
    const ip = "198.51.100.77";
    // Spread over many identifiers (a password-spraying attack), so only the IP limit applies.
    for (let i = 0; i < IP_LIMIT; i++) {
      expect(await authenticateUser({ identifier: `khong-co-${i}@example.vn`, password: "sai-mat-khau-day", ip })).toBeNull();
    }
    const bucket = await db.rateLimitBucket.findUniqueOrThrow({ where: { key: `signin:ip:${ip}` } });
    expect(bucket.count).toBe(IP_LIMIT);

    expect(await authenticateUser({ identifier: "mai@example.vn", password: PASSWORD, ip })).toBeNull();
    expect(await authenticateUser({ identifier: "mai@example.vn", password: PASSWORD, ip })).toBeNull();
    // The right password was not even checked: no success, no reset of the account's counters.
    expect(await db.auditLog.count({ where: { action: "auth.signIn", ip } })).toBe(0);
    // Audited once per window, not once per refused attempt.
    const throttled = await db.auditLog.findMany({ where: { action: "auth.signIn.throttled", ip } });
    expect(throttled).toHaveLength(1);
    expect(throttled[0].after).toMatchObject({ scope: "ip" });

    expect(await authenticateUser({ identifier: "mai@example.vn", password: PASSWORD, ip: freshIp() })).not.toBeNull();
  });

  it("keeps the count only in PostgreSQL: another instance (a call sharing nothing but the database) sees it, and the window's end clears it", async () => {
    const ip = "198.51.100.78";
    await db.rateLimitBucket.create({ data: { key: `signin:ip:${ip}`, count: IP_LIMIT, resetAt: new Date(Date.now() + 600_000) } });
    expect(await authenticateUser({ identifier: "mai@example.vn", password: PASSWORD, ip })).toBeNull();
    await db.rateLimitBucket.update({ where: { key: `signin:ip:${ip}` }, data: { resetAt: new Date(Date.now() - 1000) } });
    expect(await authenticateUser({ identifier: "mai@example.vn", password: PASSWORD, ip })).not.toBeNull();
  });

  it("does not count successful sign-ins: an office behind one address is not blocked by its own staff", async () => {
    const ip = "198.51.100.79";
    for (let i = 0; i < IP_LIMIT + 3; i++) {
      expect(await authenticateUser({ identifier: "office@example.vn", password: PASSWORD, ip }), `sign-in ${i + 1}`).not.toBeNull();
    }
    expect((await db.rateLimitBucket.findUniqueOrThrow({ where: { key: `signin:ip:${ip}` } })).count).toBe(0);
  });
});

describe("throttling per account (identifier typed)", () => {
  it(`refuses after ${ACCOUNT_LIMIT} failures from many IPs, the same way for an existing and an unknown account`, async () => {
    for (const email of ["tuan@example.vn", "chua-dang-ky@example.vn"]) {
      for (let i = 0; i < ACCOUNT_LIMIT; i++) {
        expect(await authenticateUser({ identifier: email, password: `sai-${i}-mat-khau`, ip: freshIp() })).toBeNull();
      }
      expect((await db.rateLimitBucket.findUniqueOrThrow({ where: { key: accountKey(email) } })).count).toBe(ACCOUNT_LIMIT);
      expect(await authenticateUser({ identifier: email.toUpperCase(), password: PASSWORD, ip: freshIp() })).toBeNull();
    }
    const throttled = await db.auditLog.findMany({ where: { action: "auth.signIn.throttled" } });
    expect(throttled.filter((a) => (a.after as { scope: string }).scope === "account")).toHaveLength(2);
    // The key holds a hash of the identifier, never the e-mail itself.
    expect(await db.rateLimitBucket.count({ where: { key: { contains: "example.vn" } } })).toBe(0);
  });

  it(`still locks an existing account after ${MAX_FAILED_LOGINS} wrong passwords (before the identifier limit)`, async () => {
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await authenticateUser({ identifier: "lock@example.vn", password: `sai-${i}-mat-khau`, ip: freshIp() });
    const user = await db.user.findUniqueOrThrow({ where: { email: "lock@example.vn" } });
    expect(user.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    expect(await authenticateUser({ identifier: "lock@example.vn", password: PASSWORD, ip: freshIp() })).toBeNull();
  });
});

describe("no account enumeration", () => {
  it("answers unknown account, wrong password, locked and throttled alike (null), and an unknown account costs a real Argon2 check", async () => {
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const time = async (identifier: string, password: string) => {
      const t0 = performance.now();
      expect(await authenticateUser({ identifier, password, ip: freshIp() })).toBeNull();
      return performance.now() - t0;
    };
    await time("khong-ai@example.vn", "lam-nong-may-truoc"); // warm-up (dummy hash computed once)
    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let i = 0; i < 4; i++) {
      await db.user.update({ where: { email: "time@example.vn" }, data: { failedLoginCount: 0 } });
      wrong.push(await time("time@example.vn", `sai-mat-khau-${i}`));
      unknown.push(await time(`khong-ai-${i}@example.vn`, `sai-mat-khau-${i}`));
    }
    await db.user.update({ where: { email: "time@example.vn" }, data: { lockedUntil: new Date(Date.now() + 600_000) } });
    const locked = [await time("time@example.vn", PASSWORD), await time("time@example.vn", PASSWORD)];
    // Without the dummy verification an unknown account would answer in a few ms instead of
    // tens: the medians stay within a factor 2 (loose, the machine is shared).
    expect(median(unknown)).toBeGreaterThan(median(wrong) / 2);
    expect(median(locked)).toBeGreaterThan(median(wrong) / 2);
  });
});
