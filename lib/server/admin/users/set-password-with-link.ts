import "server-only";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { hashPasswordLinkToken, isPasswordLinkToken, passwordLinkState, passwordProblem, type PasswordLinkState } from "@/lib/domain/password-policy";
import type { PasswordTokenPurpose } from "@/lib/generated/prisma/enums";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { adminFieldErrors, ZSetPassword, type TAdminError } from "@/lib/validation/admin-people";

export type PasswordLinkView =
  | { state: "valid"; purpose: PasswordTokenPurpose; fullName: string; email: string | null }
  | { state: Exclude<PasswordLinkState, "valid"> };

async function findLink(token: unknown) {
  if (!isPasswordLinkToken(token)) return null;
  return db.passwordToken.findUnique({
    where: { tokenHash: hashPasswordLinkToken(token) },
    select: { id: true, purpose: true, expiresAt: true, usedAt: true, user: { select: { id: true, fullName: true, email: true, role: true, isActive: true } } },
  });
}

/**
 * What the public set-password page may show for a link: whether it can be used and whose it
 * is. Anyone holding the link may ask (the secret is the permission); a deactivated account's
 * links are unknown.
 */
export async function inspectPasswordLink(token: unknown, now = new Date()): Promise<PasswordLinkView> {
  const link = await findLink(token);
  if (!link || !link.user.isActive) return { state: "unknown" };
  const state = passwordLinkState(link, now);
  if (state !== "valid") return { state };
  return { state, purpose: link.purpose, fullName: link.user.fullName, email: link.user.email };
}

export type SetPasswordResult =
  | { ok: true; email: string | null }
  | { ok: false; fieldErrors: Record<string, TAdminError> }
  | { ok: false; link: Exclude<PasswordLinkState, "valid"> };

/**
 * The holder of a valid link chooses a password (policy of lib/domain/password-policy.ts).
 * The link is consumed in the same transaction as the new hash, guarded so that two
 * submissions of the same link set a password once. Audited without the password or link.
 */
export async function setPasswordWithLink(options: { token: unknown; input: unknown; ip?: string | null; now?: Date }): Promise<SetPasswordResult> {
  const now = options.now ?? new Date();
  const link = await findLink(options.token);
  if (!link || !link.user.isActive) return { ok: false, link: "unknown" };
  const state = passwordLinkState(link, now);
  if (state !== "valid") return { ok: false, link: state };

  const parsed = ZSetPassword.safeParse(options.input);
  if (!parsed.success) return { ok: false, fieldErrors: adminFieldErrors(parsed.error) };
  const problem = passwordProblem(parsed.data.password, { email: link.user.email });
  if (problem) return { ok: false, fieldErrors: { password: `password.${problem}` } };

  const passwordHash = await hashPassword(parsed.data.password);
  const consumed = await db.$transaction(async (tx) => {
    const { count } = await tx.passwordToken.updateMany({ where: { id: link.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (count !== 1) return false;
    await tx.user.update({
      where: { id: link.user.id },
      data: { passwordHash, passwordChangedAt: now, failedLoginCount: 0, lockedUntil: null },
    });
    await writeAudit(tx, {
      actorId: link.user.id, actorRole: link.user.role, ip: options.ip, action: "user.setPassword", targetType: "User", targetId: link.user.id,
      after: { purpose: link.purpose },
    });
    return true;
  });
  if (!consumed) return { ok: false, link: "used" };
  return { ok: true, email: link.user.email };
}
