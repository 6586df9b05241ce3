import "server-only";
import crypto from "node:crypto";
import { RATE_LIMITS, rateLimitKey } from "@/lib/domain/rate-limit";
import { consumeRateLimit, refundRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";

export type SignInGate =
  | { allowed: true; keys: string[] }
  /** `firstRefusal`: the first refused attempt of the window (audited once, not on every retry). */
  | { allowed: false; scope: "ip" | "account"; resetAt: Date; firstRefusal: boolean };

/** The bucket subject for a typed identifier: hashed, so no e-mail or phone sits in the table. */
export function signInAccountSubject(normalizedIdentifier: string): string {
  return crypto.createHash("sha256").update(normalizedIdentifier, "utf8").digest("hex").slice(0, 32);
}

/**
 * Counts one password sign-in attempt against the client IP and the identifier typed (existing
 * account or not, so the answer is the same for both), before the password is checked: parallel
 * attempts cannot slip past the limits, and a refused attempt costs no Argon2 work. A success
 * gives its attempts back (`signInSucceeded`), so the limits count failures. Without a known
 * client IP (no proxy header) only the per-identifier limit applies: one shared "unknown" bucket
 * would let one attacker block everybody's sign-in.
 */
export async function enterSignIn(input: { identifier: string; ip: string | null | undefined }): Promise<SignInGate> {
  const keys: string[] = [];
  if (input.ip) {
    const key = rateLimitKey("signin:ip", input.ip);
    const perIp = await consumeRateLimit({ key, ...RATE_LIMITS.signInPerIp });
    if (!perIp.allowed) return { allowed: false, scope: "ip", resetAt: perIp.resetAt, firstRefusal: perIp.count === RATE_LIMITS.signInPerIp.limit + 1 };
    keys.push(key);
  }
  const key = rateLimitKey("signin:account", signInAccountSubject(input.identifier));
  const perAccount = await consumeRateLimit({ key, ...RATE_LIMITS.signInPerAccount });
  if (!perAccount.allowed) {
    return { allowed: false, scope: "account", resetAt: perAccount.resetAt, firstRefusal: perAccount.count === RATE_LIMITS.signInPerAccount.limit + 1 };
  }
  keys.push(key);
  return { allowed: true, keys };
}

/** A successful sign-in does not count against the limits. */
export async function signInSucceeded(gate: Extract<SignInGate, { allowed: true }>): Promise<void> {
  for (const key of gate.keys) await refundRateLimit({ key });
}
