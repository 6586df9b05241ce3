import "server-only";
import { db } from "@/lib/db";
import type { AuthenticatedUser } from "./authenticate-user";

/**
 * The active account linked to an identity-provider subject, in the shape a credentials sign-in
 * returns, or null. The session callback uses it to put the portal's user (not the provider's
 * subject) into the session token.
 */
export async function findIdentityUser(input: { provider: string; subject: string }): Promise<AuthenticatedUser | null> {
  const user = await db.user.findUnique({
    where: { identityProvider_identitySubject: { identityProvider: input.provider, identitySubject: input.subject } },
    select: { id: true, fullName: true, email: true, role: true, agencyId: true, isActive: true },
  });
  if (!user || !user.isActive) return null;
  return { id: user.id, name: user.fullName, email: user.email, role: user.role, agencyId: user.agencyId };
}
