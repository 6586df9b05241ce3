// Session helpers for pages and server actions. Authorization is decided by the permission
// table; hiding a link is never enough.
import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { clientIpFromHeaders } from "@/lib/domain/rate-limit";
import { AppError } from "@/lib/errors";
import { recordAccessDenied, recordAccessDeniedInBackground } from "@/lib/server/auth/record-access-denied";
import { authOptions } from "./options";
import { can, type Permission } from "./permissions";


/** The signed-in user, read once per request (layout and page share it: React cache). */
export const getCurrentUser = cache(async () => {
  const session = await getServerSession(authOptions);
  // The session's account could not be re-read: answer "unavailable, retry" (503 from the API
  // routes, the error page on pages), never "signed out".
  if (session?.unavailable) throw new SessionCheckUnavailableError();
  return session?.user ?? null;
});

/** Recognised by `databaseUnavailable` (lib/server/http/problem.ts) through its code. */
class SessionCheckUnavailableError extends Error {
  readonly code = "P1001";
  constructor() {
    super("Can't reach database server to check the session");
    this.name = "SessionCheckUnavailableError";
  }
}

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>;

/**
 * For pages: anonymous visitors go to sign-in (and come back afterwards); signed-in users
 * without the permission get the 403 page.
 */
export async function requirePagePermission(permission: Permission, returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!can(user.role, permission)) {
    await recordAccessDenied({ via: "page", permission, actorId: user.id, actorRole: user.role, path: returnTo, ...(await requestContext().catch(() => ({}))) });
    forbidden();
  }
  return user;
}

/** For operations: throws a typed error the caller turns into 401/403. */
export function assertCan(user: CurrentUser | null, permission: Permission): asserts user is CurrentUser {
  if (!user) throw new AppError("UNAUTHORIZED");
  if (!can(user.role, permission)) {
    // Audited (access.denied, throttled per actor and permission) without delaying the refusal.
    recordAccessDeniedInBackground({ via: "operation", permission, actorId: user.id, actorRole: user.role }, requestContext);
    throw new AppError("FORBIDDEN");
  }
}

/** The caller's IP and request id, read from the request being served (throws outside one). */
async function requestContext(): Promise<{ ip: string | null; requestId: string | null }> {
  const h = await headers();
  const ip = clientIpFromHeaders((name) => h.get(name));
  return { ip: ip === "unknown" ? null : ip, requestId: h.get("x-request-id") };
}
