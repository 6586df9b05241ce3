import "server-only";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/generated/prisma/enums";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { enterSignIn, signInSucceeded } from "@/lib/server/auth/sign-in-throttle";
import { normalizeIdentifier, ZSignIn } from "@/lib/validation/auth";

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export type AuthenticatedUser = { id: string; name: string; email: string | null; role: Role; agencyId: string | null };

// Verifying against a real hash when the account does not exist keeps the response time the
// same, so timing does not reveal which accounts exist.
let dummyHash: Promise<string> | undefined;

/**
 * Checks credentials. Returns the user, or null for every kind of failure (unknown account,
 * wrong password, locked, deactivated): the caller shows one message, which prevents
 * account enumeration. Failures and successes are audited.
 */
export async function authenticateUser(input: { identifier: unknown; password: unknown; ip?: string | null }): Promise<AuthenticatedUser | null> {
  const parsed = ZSignIn.safeParse(input);
  if (!parsed.success) return null;
  const id = normalizeIdentifier(parsed.data.identifier);
  // Throttled per IP and per identifier before any password work (failures only: see the gate).
  // A throttled attempt gets the same null as any other failure; its first refusal is audited.
  const gate = await enterSignIn({ identifier: `${id.kind}:${id.value}`, ip: input.ip });
  if (!gate.allowed) {
    if (gate.firstRefusal) {
      await writeAudit(db, { action: "auth.signIn.throttled", targetType: "User", ip: input.ip, after: { scope: gate.scope, until: gate.resetAt.toISOString() } });
    }
    return null;
  }
  const user = await db.user.findFirst({
    where: id.kind === "email" ? { email: id.value } : { phone: id.value },
    select: { id: true, fullName: true, email: true, role: true, agencyId: true, passwordHash: true, isActive: true, lockedUntil: true, failedLoginCount: true },
  });

  if (!user || !user.passwordHash) {
    dummyHash ??= hashPassword("không-phải-mật-khẩu-thật");
    await verifyPassword(await dummyHash, parsed.data.password);
    await writeAudit(db, { action: "auth.signIn.failed", targetType: "User", ip: input.ip, after: { reason: "unknown_account" } });
    return null;
  }

  const now = new Date();
  const ok = await verifyPassword(user.passwordHash, parsed.data.password);
  const locked = user.lockedUntil !== null && user.lockedUntil > now;

  if (!ok || locked || !user.isActive) {
    const reason = !user.isActive ? "inactive" : locked ? "locked" : "bad_password";
    await db.$transaction(async (tx) => {
      if (!ok && !locked) {
        const failed = user.failedLoginCount + 1;
        await tx.user.update({
          where: { id: user.id },
          data: {
            failedLoginCount: failed >= MAX_FAILED_LOGINS ? 0 : failed,
            lockedUntil: failed >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : undefined,
          },
        });
        if (failed >= MAX_FAILED_LOGINS) {
          await writeAudit(tx, { action: "auth.account.locked", targetType: "User", targetId: user.id, ip: input.ip });
        }
      }
      await writeAudit(tx, { action: "auth.signIn.failed", targetType: "User", targetId: user.id, ip: input.ip, after: { reason } });
    });
    return null;
  }

  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now } });
    await writeAudit(tx, { action: "auth.signIn", targetType: "User", targetId: user.id, actorId: user.id, actorRole: user.role, ip: input.ip });
  });
  await signInSucceeded(gate);
  return { id: user.id, name: user.fullName, email: user.email, role: user.role, agencyId: user.agencyId };
}
