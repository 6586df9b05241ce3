// Cross-site request forgery: a state-changing request that carries the session cookie must
// come from the portal's own pages. Browsers send `Origin` on every cross-origin POST and on
// same-origin POST/PUT/PATCH/DELETE; a missing Origin falls back to `Referer`. Routes that do
// not authenticate by cookie are exempt: the agency APIs (/api/v1/*, bearer tokens), the
// payment gateway's callback (HMAC-signed, server to server) and next-auth's own endpoints
// (which check their double-submit CSRF token). Server actions are checked by Next itself.
export const SAFE_METHODS = ["GET", "HEAD", "OPTIONS"] as const;

const EXEMPT_PREFIXES = ["/api/v1/", "/api/payments/callback", "/api/auth/"];

export type CsrfRequest = { method: string; pathname: string; host: string | null; origin: string | null; referer: string | null };

function hostOf(url: string | null): string | null {
  if (!url || url === "null") return null;
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}

/** True when the request may go on; false when it must be refused with 403. */
export function passesCsrfCheck(request: CsrfRequest): boolean {
  if ((SAFE_METHODS as readonly string[]).includes(request.method.toUpperCase())) return true;
  if (!request.pathname.startsWith("/api/")) return true; // pages and server actions: Next checks server actions
  if (EXEMPT_PREFIXES.some((p) => request.pathname === p || request.pathname.startsWith(p))) return true;
  const host = request.host?.toLowerCase() ?? null;
  if (!host) return false;
  const from = hostOf(request.origin) ?? (request.origin ? null : hostOf(request.referer));
  return from === host;
}

/** A request id from the incoming header when it looks like one, else null (generate one). */
export function acceptableRequestId(value: string | null): string | null {
  return value && /^[A-Za-z0-9._:-]{8,128}$/.test(value) ? value : null;
}
