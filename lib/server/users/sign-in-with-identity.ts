import "server-only";
import { db, type Tx } from "@/lib/db";
import { changedVerifiedFields, parseIdentityClaims, verifiedUserFields, type VerifiedIdentity } from "@/lib/domain/identity";
import type { IdentityRefusal } from "@/lib/domain/identity-signin";
import { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/server/audit/write-audit";
import type { AuthenticatedUser } from "./authenticate-user";

export type IdentitySignInResult =
  | { ok: true; user: AuthenticatedUser; outcome: "matched" | "linked" | "created" }
  | { ok: false; reason: IdentityRefusal };

const USER_FIELDS = {
  id: true, fullName: true, email: true, role: true, agencyId: true, isActive: true,
  identityProvider: true, identitySubject: true,
  nationalId: true, birthDate: true, gender: true, address: true,
} as const;

/**
 * Signs a person in with what the national identity provider asserts (claims already checked by
 * the OIDC client: signature, issuer, audience, nonce). Finds the account by (provider, subject),
 * else by CCCD (linking the account the citizen already has), else creates a citizen; then writes
 * the verified fields, which the identity provider is the source of truth for. Staff accounts
 * are never opened this way: their privileges come with the portal's own credentials.
 * Every outcome is audited.
 */
export async function signInWithIdentity(input: { provider: string; claims: unknown; ip?: string | null }): Promise<IdentitySignInResult> {
  const parsed = parseIdentityClaims(input.claims);
  if (!parsed.ok) {
    await refuse(db, input, parsed.reason, null);
    return parsed;
  }
  // Two first sign-ins of the same person at once both try to create the account; the loser hits
  // a unique constraint and, on its second pass, finds the winner's account.
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction((tx) => signIn(tx, input, parsed.identity));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (attempt >= 2) {
        // Still colliding: the CCCD or the contact details belong to another account.
        await refuse(db, input, "conflict", null, parsed.identity.subject);
        return { ok: false, reason: "conflict" };
      }
    }
  }
}

async function signIn(tx: Tx, input: { provider: string; ip?: string | null }, identity: VerifiedIdentity): Promise<IdentitySignInResult> {
  const bySubject = await tx.user.findUnique({
    where: { identityProvider_identitySubject: { identityProvider: input.provider, identitySubject: identity.subject } },
    select: USER_FIELDS,
  });
  const existing = bySubject ?? (await tx.user.findUnique({ where: { nationalId: identity.nationalId }, select: USER_FIELDS }));
  const now = new Date();
  const verified = verifiedUserFields(identity);

  if (!existing) {
    const user = await tx.user.create({
      data: {
        ...verified,
        role: "CITIZEN",
        // Contact details are a convenience for notifications, not proof: taken only when no other account uses them.
        email: identity.email && !(await tx.user.findUnique({ where: { email: identity.email }, select: { id: true } })) ? identity.email : null,
        phone: identity.phone && !(await tx.user.findUnique({ where: { phone: identity.phone }, select: { id: true } })) ? identity.phone : null,
        identityProvider: input.provider,
        identitySubject: identity.subject,
        identityVerifiedAt: now,
        lastLoginAt: now,
      },
      select: USER_FIELDS,
    });
    await writeAudit(tx, {
      action: "auth.signIn", targetType: "User", targetId: user.id, actorId: user.id, actorRole: user.role, ip: input.ip,
      after: { provider: input.provider, outcome: "created" },
    });
    return { ok: true, outcome: "created", user: authenticated(user) };
  }

  if (existing.role !== "CITIZEN") {
    await refuse(tx, input, "not_citizen", existing.id, identity.subject);
    return { ok: false, reason: "not_citizen" };
  }
  if (!existing.isActive) {
    await refuse(tx, input, "inactive", existing.id, identity.subject);
    return { ok: false, reason: "inactive" };
  }

  const outcome = bySubject ? "matched" : "linked";
  const changed = changedVerifiedFields(existing, verified);
  const user = await tx.user.update({
    where: { id: existing.id },
    data: { ...verified, identityProvider: input.provider, identitySubject: identity.subject, identityVerifiedAt: now, lastLoginAt: now },
    select: USER_FIELDS,
  });
  await writeAudit(tx, {
    action: "auth.signIn", targetType: "User", targetId: user.id, actorId: user.id, actorRole: user.role, ip: input.ip,
    // Field names only: the values are personal data and stay in the User row.
    before: outcome === "linked" ? { identityProvider: existing.identityProvider, identitySubject: existing.identitySubject } : undefined,
    after: { provider: input.provider, outcome, changed },
  });
  return { ok: true, outcome, user: authenticated(user) };
}

// The provider's subject (pseudonymous, not personal data) says which identity tried, when known.
async function refuse(client: Tx | typeof db, input: { provider: string; ip?: string | null }, reason: IdentityRefusal, userId: string | null, subject?: string) {
  await writeAudit(client, {
    action: "auth.signIn.failed", targetType: "User", targetId: userId, ip: input.ip,
    after: subject ? { provider: input.provider, reason, subject } : { provider: input.provider, reason },
  });
}

function authenticated(user: { id: string; fullName: string; email: string | null; role: AuthenticatedUser["role"]; agencyId: string | null }): AuthenticatedUser {
  return { id: user.id, name: user.fullName, email: user.email, role: user.role, agencyId: user.agencyId };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
