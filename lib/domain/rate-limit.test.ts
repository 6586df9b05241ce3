import { describe, expect, it } from "vitest";
import { assertValidPolicy, clientIpFromHeaders, RATE_LIMITS, rateLimitKey, retryAfterMinutes, retryAfterSeconds } from "./rate-limit";

const headers = (h: Record<string, string>) => (name: string) => h[name] ?? null;

describe("clientIpFromHeaders", () => {
  it.each([
    [{ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }, "203.0.113.7"],
    [{ "x-forwarded-for": " 198.51.100.2 " }, "198.51.100.2"],
    [{ "x-forwarded-for": "2001:DB8::1" }, "2001:db8::1"],
    [{ "x-forwarded-for": "::ffff:192.0.2.5" }, "192.0.2.5"],
    [{ "x-forwarded-for": "[2001:db8::2]:443" }, "2001:db8::2"],
    [{ "x-real-ip": "192.0.2.9" }, "192.0.2.9"],
    [{ "x-forwarded-for": "203.0.113.7", "x-real-ip": "192.0.2.9" }, "203.0.113.7"],
    [{}, "unknown"],
    [{ "x-forwarded-for": "" , "x-real-ip": "" }, "unknown"],
    [{ "x-forwarded-for": "evil:host\nX-Other: 1" }, "unknown"],
    [{ "x-forwarded-for": "a".repeat(300) }, "unknown"],
  ])("%j → %s", (h, expected) => {
    expect(clientIpFromHeaders(headers(h))).toBe(expected);
  });
});

describe("rateLimitKey", () => {
  it("joins scope and subject and bounds the length", () => {
    expect(rateLimitKey("lookup:ip", "203.0.113.7")).toBe("lookup:ip:203.0.113.7");
    expect(rateLimitKey("feedback.user", "x".repeat(500))).toHaveLength(200);
  });
  it("refuses malformed scopes", () => {
    expect(() => rateLimitKey("", "x")).toThrow(RangeError);
    expect(() => rateLimitKey("Lookup IP", "x")).toThrow(RangeError);
  });
});

describe("retryAfter", () => {
  const now = new Date("2026-11-27T03:00:00Z");
  it.each([
    [0, 1, 1],
    [-5_000, 1, 1],
    [400, 1, 1],
    [1_000, 1, 1],
    [1_001, 2, 1],
    [60_000, 60, 1],
    [61_000, 61, 2],
    [600_000, 600, 10],
  ])("reset in %i ms → %i s, %i min", (ms, seconds, minutes) => {
    const resetAt = new Date(now.getTime() + ms);
    expect(retryAfterSeconds(resetAt, now)).toBe(seconds);
    expect(retryAfterMinutes(resetAt, now)).toBe(minutes);
  });
});

describe("policies", () => {
  it("are all valid", () => {
    for (const policy of Object.values(RATE_LIMITS)) expect(() => assertValidPolicy(policy)).not.toThrow();
    expect(RATE_LIMITS.lookupPerIp).toEqual({ limit: 10, windowSeconds: 600 });
  });
  it.each([
    { limit: 0, windowSeconds: 60 },
    { limit: 1.5, windowSeconds: 60 },
    { limit: 5, windowSeconds: 0 },
    { limit: 5, windowSeconds: 40 * 24 * 3600 },
    { limit: Number.NaN, windowSeconds: 60 },
  ])("refuses %j", (policy) => {
    expect(() => assertValidPolicy(policy)).toThrow(RangeError);
  });
});
