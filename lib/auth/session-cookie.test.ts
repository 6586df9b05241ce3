import { decode, encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ABSOLUTE_TIMEOUT_MS,
  IDLE_TIMEOUT_SECONDS,
  refreshedSessionToken,
  secureSessionCookies,
  sessionCookie,
  shouldRefreshSession,
} from "./session-cookie";

const SECRET = "unit-test-secret-unit-test-secret-0123456789";
const T0 = Date.UTC(2026, 10, 27, 1, 0, 0);

afterEach(() => vi.useRealTimers());

async function signedIn(at: number) {
  vi.useFakeTimers({ now: at, toFake: ["Date"] });
  return encode({ token: { sub: "u1", uid: "u1", role: "CITIZEN", signedInAt: at }, secret: SECRET, maxAge: IDLE_TIMEOUT_SECONDS });
}

describe("secureSessionCookies", () => {
  it("follows NEXTAUTH_URL's scheme unless AUTH_SECURE_COOKIES says otherwise", () => {
    expect(secureSessionCookies({ nextAuthUrl: "https://dichvucong.thainguyen.gov.vn" })).toBe(true);
    expect(secureSessionCookies({ nextAuthUrl: "http://localhost:3000" })).toBe(false);
    expect(secureSessionCookies({})).toBe(false);
    expect(secureSessionCookies({ nextAuthUrl: "http://portal.internal", override: "true" })).toBe(true);
    expect(secureSessionCookies({ nextAuthUrl: "https://x.vn", override: "false" })).toBe(false);
  });
});

describe("sessionCookie", () => {
  it("is HttpOnly and SameSite=Lax always, Secure with the __Secure- prefix behind TLS", () => {
    expect(sessionCookie(true)).toEqual({ name: "__Secure-next-auth.session-token", options: { httpOnly: true, sameSite: "lax", path: "/", secure: true } });
    expect(sessionCookie(false)).toEqual({ name: "next-auth.session-token", options: { httpOnly: true, sameSite: "lax", path: "/", secure: false } });
  });
});

describe("idle limit (30 min) and its sliding refresh", () => {
  it("a token not re-issued for 30 minutes is no longer accepted", async () => {
    const token = await signedIn(T0);
    vi.setSystemTime(T0 + 29 * 60_000);
    expect((await decode({ token, secret: SECRET }))?.uid).toBe("u1");
    vi.setSystemTime(T0 + 31 * 60_000);
    await expect(decode({ token, secret: SECRET })).rejects.toThrow();
    expect(await refreshedSessionToken(token, SECRET)).toBeNull();
  });

  it("activity re-issues the token for another 30 minutes, at most once a minute, keeping the claims", async () => {
    const token = await signedIn(T0);
    vi.setSystemTime(T0 + 30_000);
    expect(await refreshedSessionToken(token, SECRET)).toBeNull(); // issued 30 s ago: left alone
    vi.setSystemTime(T0 + 20 * 60_000);
    const renewed = await refreshedSessionToken(token, SECRET);
    expect(renewed).not.toBeNull();
    vi.setSystemTime(T0 + 45 * 60_000); // 45 min after sign-in, 25 after the last activity
    const claims = await decode({ token: renewed!, secret: SECRET });
    expect(claims).toMatchObject({ uid: "u1", role: "CITIZEN", signedInAt: T0 });
    expect(claims!.exp).toBe(Math.floor((T0 + 20 * 60_000) / 1000) + IDLE_TIMEOUT_SECONDS);
  });

  it("refuses garbage and tokens signed with another secret", async () => {
    expect(await refreshedSessionToken("not-a-token", SECRET)).toBeNull();
    const token = await signedIn(T0);
    vi.setSystemTime(T0 + 5 * 60_000);
    expect(await refreshedSessionToken(token, `${SECRET}-other`)).toBeNull();
  });
});

describe("absolute limit (12 h)", () => {
  it("is never extended by activity, and signed-out tokens are not kept alive", () => {
    const now = T0 + ABSOLUTE_TIMEOUT_MS + 1000;
    const nowSec = Math.floor(now / 1000);
    expect(shouldRefreshSession({ uid: "u1", signedInAt: T0, exp: nowSec + 600 }, now)).toBe(false);
    expect(shouldRefreshSession({ uid: "u1", signedInAt: now - 3_600_000, exp: nowSec + 600 }, now)).toBe(true);
    expect(shouldRefreshSession({ signedInAt: now - 3_600_000, exp: nowSec + 600 }, now)).toBe(false);
    expect(shouldRefreshSession({ uid: "u1", exp: nowSec + 600 }, now)).toBe(false);
  });
});
