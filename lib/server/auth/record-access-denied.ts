import "server-only";
import { db } from "@/lib/db";
import { RATE_LIMITS, rateLimitKey } from "@/lib/domain/rate-limit";
import type { Role } from "@/lib/generated/prisma/enums";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { logger } from "@/lib/server/log/logger";

export type AccessDenial = {
  /** Where the refusal happened: a page (403 page), an operation (assertCan), an API token check. */
  via: "page" | "operation" | "api";
  /** The permission (or API scope) that was missing. */
  permission: string;
  actorId?: string | null;
  actorRole?: Role | null;
  /** For API refusals: the token that was refused (if it was recognised). */
  tokenId?: string | null;
  ip?: string | null;
  requestId?: string | null;
  /** The page or route asked for, when known. */
  path?: string | null;
  /** Why, when more than "lacks the permission": e.g. "invalid_token". */
  reason?: string;
};

/**
 * Writes an `access.denied` audit entry (ASVS 7.2.2: failed access-control decisions are logged).
 * Identical refusals — same actor (or token, or IP) and permission — are written at most once a
 * minute: a client hammering a forbidden URL costs one counter update per request (a single row
 * per key, purged when its window ends), not one audit row per request. The first refusal of each
 * minute is always recorded, so nothing is hidden, only repeated. Never throws: a failure to
 * record must not turn a refusal into a 500.
 */
export async function recordAccessDenied(entry: AccessDenial): Promise<boolean> {
  try {
    const who = entry.actorId ? `u:${entry.actorId}` : entry.tokenId ? `t:${entry.tokenId}` : `ip:${entry.ip ?? "unknown"}`;
    const gate = await consumeRateLimit({ key: rateLimitKey("audit:denied", `${who}:${entry.permission}`), ...RATE_LIMITS.accessDeniedAudit });
    if (!gate.allowed) return false;
    await writeAudit(db, {
      actorId: entry.actorId ?? null,
      actorRole: entry.actorRole ?? null,
      ip: entry.ip ?? null,
      requestId: entry.requestId ?? null,
      action: "access.denied",
      targetType: entry.via === "api" ? "ApiScope" : "Permission",
      targetId: entry.permission,
      after: {
        via: entry.via,
        ...(entry.path ? { path: entry.path.slice(0, 300) } : {}),
        ...(entry.tokenId ? { tokenId: entry.tokenId } : {}),
        ...(entry.reason ? { reason: entry.reason } : {}),
      },
    });
    return true;
  } catch (error) {
    logger.error({ err: error }, "access.denied audit failed");
    return false;
  }
}

const pending = new Set<Promise<unknown>>();

/**
 * For synchronous refusals (assertCan): records in the background and returns at once. The
 * request's IP and id are read from the request scope when there is one.
 */
export function recordAccessDeniedInBackground(entry: AccessDenial, context: () => Promise<{ ip: string | null; requestId: string | null }>): void {
  const task = context()
    .catch(() => ({ ip: null, requestId: null }))
    .then((ctx) => recordAccessDenied({ ...ctx, ...stripUndefined(entry) }));
  pending.add(task);
  void task.finally(() => pending.delete(task));
}

/** Waits for background refusal records (tests, graceful shutdown). */
export async function settleAccessDenials(): Promise<void> {
  while (pending.size > 0) await Promise.allSettled([...pending]);
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
