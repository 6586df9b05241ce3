// The session cookie's policy, shared by next-auth's options and proxy.ts (no database here).
//
// - HttpOnly, SameSite=Lax, path "/"; `Secure` with the __Secure- prefix when the portal is served
//   over TLS: NEXTAUTH_URL is https, or AUTH_SECURE_COOKIES=true (e.g. TLS ended by a proxy while
//   NEXTAUTH_URL is still http). AUTH_SECURE_COOKIES=false is for a plain-http test server.
// - Idle limit: the JWT and the cookie expire 30 minutes after they were last issued. next-auth
//   re-issues them only from its own /api/auth routes (server components cannot set cookies), so
//   proxy.ts re-issues the cookie on page requests (at most once a minute): 30 minutes without
//   a request ends the session, activity keeps it.
// - Absolute limit: 12 hours after sign-in, checked in the jwt callback (lib/auth/options.ts);
//   the proxy never extends a session past it.
import { decode, encode, type JWT } from "next-auth/jwt";

export const IDLE_TIMEOUT_SECONDS = 30 * 60;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** The proxy re-issues a cookie older than this (seconds), not on every request. */
export const REFRESH_AFTER_SECONDS = 60;

export function secureSessionCookies(config: { override?: "true" | "false"; nextAuthUrl?: string | null }): boolean {
  if (config.override) return config.override === "true";
  return (config.nextAuthUrl ?? "").startsWith("https://");
}

export type SessionCookie = {
  name: string;
  options: { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean };
};

/** The same name and attributes next-auth would choose for `useSecureCookies: secure`. */
export function sessionCookie(secure: boolean): SessionCookie {
  return {
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    options: { httpOnly: true, sameSite: "lax", path: "/", secure },
  };
}

type SessionJwt = JWT & { uid?: string; signedInAt?: number; exp?: number; iat?: number; jti?: string };

/** Whether a decoded session token should be re-issued now (pure). */
export function shouldRefreshSession(token: SessionJwt, nowMs: number): boolean {
  if (!token.uid) return false; // signed out (absolute limit reached, account gone): nothing to keep alive
  if (typeof token.signedInAt !== "number" || nowMs - token.signedInAt > ABSOLUTE_TIMEOUT_MS) return false;
  if (typeof token.exp !== "number") return false;
  const secondsLeft = token.exp - Math.floor(nowMs / 1000);
  if (secondsLeft <= 0) return false;
  return IDLE_TIMEOUT_SECONDS - secondsLeft >= REFRESH_AFTER_SECONDS;
}

/**
 * The re-issued cookie value for a still-valid session cookie, or null when it is invalid,
 * expired, signed out, past the absolute limit, or was issued less than a minute ago. The claims
 * are kept (the jwt callback re-reads the account on every request); only the expiry moves.
 */
export async function refreshedSessionToken(value: string, secret: string, nowMs = Date.now()): Promise<string | null> {
  let token: SessionJwt | null;
  try {
    token = (await decode({ token: value, secret })) as SessionJwt | null;
  } catch {
    return null;
  }
  if (!token || !shouldRefreshSession(token, nowMs)) return null;
  const { exp: _exp, iat: _iat, jti: _jti, ...claims } = token;
  return encode({ token: claims, secret, maxAge: IDLE_TIMEOUT_SECONDS });
}
