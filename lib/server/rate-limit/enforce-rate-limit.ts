import "server-only";
import type { Tx } from "@/lib/db";
import { rateLimitKey, retryAfterSeconds, type RateLimitPolicy } from "@/lib/domain/rate-limit";
import { AppError } from "@/lib/errors";
import { consumeRateLimit } from "./consume-rate-limit";

/** A refused request: 429 with the Vietnamese message and when to try again. */
export class RateLimitedError extends AppError {
  readonly retryAfterSeconds: number;
  readonly resetAt: Date;

  constructor(message: string, resetAt: Date, now = new Date()) {
    super("RATE_LIMITED", message);
    this.resetAt = resetAt;
    this.retryAfterSeconds = retryAfterSeconds(resetAt, now);
  }
}

/**
 * Counts one request against `scope:subject` (PostgreSQL, shared by every instance) and throws
 * RateLimitedError once the policy's limit is passed. `message` receives the wait in seconds.
 * With `client` a transaction, the count is part of it: it holds the bucket's row lock until the
 * end of the transaction (parallel attempts of the same subject wait for it) and counts only
 * if the transaction commits — a limit on what was done, not on attempts.
 */
export async function enforceRateLimit(options: {
  scope: string;
  subject: string;
  policy: RateLimitPolicy;
  message: (waitSeconds: number) => string;
  client?: Pick<Tx, "$queryRaw">;
}): Promise<void> {
  const result = await consumeRateLimit({ key: rateLimitKey(options.scope, options.subject), ...options.policy, client: options.client });
  if (result.allowed) return;
  const now = new Date();
  throw new RateLimitedError(options.message(retryAfterSeconds(result.resetAt, now)), result.resetAt, now);
}

/** "45 giây", "3 phút": a wait a person can read. */
export function waitInWords(seconds: number): string {
  return seconds < 60 ? `${seconds} giây` : `${Math.ceil(seconds / 60)} phút`;
}

/** Adds `Retry-After` to a problem response built from a RateLimitedError (others unchanged). */
export function withRetryAfter(response: Response, error: unknown): Response {
  if (error instanceof RateLimitedError) response.headers.set("Retry-After", String(error.retryAfterSeconds));
  return response;
}
