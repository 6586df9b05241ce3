import "server-only";
import { db } from "@/lib/db";

export type VerifiedIdentityView = {
  /** True when the national identity provider has proven this person's identity. */
  verified: boolean;
  /** When it last did (each sign-in through it refreshes the fields below). */
  verifiedAt: Date | null;
  fullName: string;
  nationalId: string | null;
  birthDate: Date | null;
  gender: string | null;
  address: string | null;
  /** Contact details: kept by the citizen, never locked. */
  phone: string | null;
  email: string | null;
};

/**
 * What the portal knows about a person, for prefilling application forms. When `verified`, the
 * non-null fullName, nationalId, birthDate, gender and address are exactly what the identity
 * provider asserted at the last sign-in (absent claims are stored as null), so a form may lock
 * them: the state does not ask again for what it already holds. Returns null for an unknown id.
 * The caller passes the signed-in user's own id; nothing here widens who may read whom.
 */
export async function getVerifiedIdentity(userId: string): Promise<VerifiedIdentityView | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      fullName: true, nationalId: true, birthDate: true, gender: true, address: true, phone: true, email: true,
      identityProvider: true, identityVerifiedAt: true,
    },
  });
  if (!user) return null;
  return {
    verified: user.identityProvider !== null && user.identityVerifiedAt !== null,
    verifiedAt: user.identityVerifiedAt,
    fullName: user.fullName,
    nationalId: user.nationalId,
    birthDate: user.birthDate,
    gender: user.gender,
    address: user.address,
    phone: user.phone,
    email: user.email,
  };
}
