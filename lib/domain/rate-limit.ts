// Fixed-window rate limits: the policies of the portal and the pure helpers around them.
// The counters themselves live in PostgreSQL (lib/server/rate-limit), shared by every instance.

export type RateLimitPolicy = {
  /** Requests allowed per window. */
  limit: number;
  /** Length of the window, in seconds; it starts with the first request. */
  windowSeconds: number;
};

/** The limits in force. Keys are built with `rateLimitKey(scope, subject)`. */
export const RATE_LIMITS = {
  /** Public dossier look-up, per client IP. */
  lookupPerIp: { limit: 10, windowSeconds: 10 * 60 },
  /**
   * Public dossier look-up, per dossier code, whatever the IP: guessing the 10,000 possible
   * last-4 digits from many addresses would take weeks. Its cost: someone who knows a code can
   * block its look-up for an hour (the owner still sees it in /my).
   */
  lookupPerCode: { limit: 30, windowSeconds: 60 * 60 },
  /** Feedback (phản ánh, kiến nghị) sent by one citizen. */
  feedbackPerUser: { limit: 10, windowSeconds: 60 * 60 },
  /**
   * Password sign-in, per client IP: failed attempts only (a success gives its attempt back), so
   * an office behind one NAT address is not blocked by its own staff signing in.
   */
  signInPerIp: { limit: 30, windowSeconds: 15 * 60 },
  /**
   * Password sign-in, per identifier typed (e-mail or phone, hashed), whether the account exists
   * or not: the same answer for both, so the limit reveals nothing. Failed attempts only; the
   * account lockout (5 failures → 15 minutes) comes first for existing accounts.
   */
  signInPerAccount: { limit: 10, windowSeconds: 15 * 60 },
  /** Dossiers sent by one citizen: generous for a family or a business, not for a script. */
  submitPerUser: { limit: 30, windowSeconds: 10 * 60 },
  /** Indicator data pushed by one API token (each request carries up to 500 values). */
  observationsPerToken: { limit: 60, windowSeconds: 60 },
  /** Dossiers pushed and status syncs by one national-portal API token. */
  nationalPortalPerToken: { limit: 600, windowSeconds: 60 },
  /**
   * Audit entries for refused access: at most one per actor (or IP) and permission per minute,
   * so a client hammering a forbidden URL cannot flood the audit table.
   */
  accessDeniedAudit: { limit: 1, windowSeconds: 60 },
} as const satisfies Record<string, RateLimitPolicy>;

const MAX_KEY_LENGTH = 200;

export function assertValidPolicy(policy: RateLimitPolicy): void {
  if (!Number.isSafeInteger(policy.limit) || policy.limit < 1) throw new RangeError(`limit must be a whole number ≥ 1, got ${policy.limit}`);
  if (!Number.isSafeInteger(policy.windowSeconds) || policy.windowSeconds < 1 || policy.windowSeconds > 31 * 24 * 3600) {
    throw new RangeError(`windowSeconds must be a whole number between 1 and 31 days, got ${policy.windowSeconds}`);
  }
}

/** "lookup:ip:203.0.113.7": a scope, then the subject (IP, user id, code), bounded in length. */
export function rateLimitKey(scope: string, subject: string): string {
  if (!/^[a-z][a-z0-9._:-]*$/.test(scope)) throw new RangeError(`Invalid rate-limit scope "${scope}"`);
  return `${scope}:${subject}`.slice(0, MAX_KEY_LENGTH);
}

/** Seconds until the window resets (at least 1), for Retry-After and messages. */
export function retryAfterSeconds(resetAt: Date, now: Date): number {
  return Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 1000));
}

/** Whole minutes to tell a person to wait (at least 1). */
export function retryAfterMinutes(resetAt: Date, now: Date): number {
  return Math.max(1, Math.ceil(retryAfterSeconds(resetAt, now) / 60));
}

const IP_PATTERN = /^[0-9A-Fa-f:.]{2,45}$/;

/**
 * The client's IP as the reverse proxy reports it: the first entry of X-Forwarded-For, else
 * X-Real-IP, else "unknown". Anything that does not look like an IPv4/IPv6 address counts as
 * "unknown" (bounded keys; no header injection into the key space).
 * Behind no proxy a client can choose this header: deployments must put the portal behind a
 * proxy that overwrites it.
 */
export function clientIpFromHeaders(get: (name: string) => string | null | undefined): string {
  const forwarded = get("x-forwarded-for");
  const candidate = forwarded ? forwarded.split(",")[0].trim() : get("x-real-ip")?.trim();
  if (!candidate) return "unknown";
  const bare = candidate.replace(/^\[|\](:\d+)?$/g, "").replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return IP_PATTERN.test(bare) ? bare.toLowerCase() : "unknown";
}
