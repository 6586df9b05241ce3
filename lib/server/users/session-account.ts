import "server-only";
import { db } from "@/lib/db";

export type SessionAccount = { fullName: string; email: string | null; role: "CITIZEN" | "OFFICER" | "LEADER" | "ADMIN"; agencyId: string | null; isActive: boolean; passwordChangedAt: Date | null };

/** The account behind a session, read on every request so deactivation and resets take effect at once. */
export async function loadSessionAccount(userId: string): Promise<SessionAccount | null> {
  return db.user.findUnique({ where: { id: userId }, select: { fullName: true, email: true, role: true, agencyId: true, isActive: true, passwordChangedAt: true } });
}

/**
 * Whether a session signed in at `signedInAt` (ms) still stands: the account exists, is active,
 * and its password was not reset or changed after the sign-in.
 */
export function sessionStillValid(account: SessionAccount | null, signedInAt: number | undefined): account is SessionAccount {
  if (!account || !account.isActive) return false;
  if (account.passwordChangedAt && signedInAt !== undefined && account.passwordChangedAt.getTime() > signedInAt) return false;
  return true;
}
