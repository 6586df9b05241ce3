import "server-only";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { adminFieldErrors, ZChangeUserRole, type TAdminError } from "@/lib/validation/admin-people";
import { issuePasswordLink } from "./password-links";
import { isUsableKey } from "@/lib/domain/safe-input";

/** Why an administrator's action on an account was refused (texts in t.adminPanel.people.refusals). */
export type UserRefusal = "self" | "inactive" | "unchanged";

export type UserActionResult = { ok: true } | { ok: false; refusal: UserRefusal };

async function loadUser(userId: string) {
  const user = await db.user.findUnique({
    where: { id: isUsableKey(userId) ? userId : "" },
    select: { id: true, role: true, agencyId: true, title: true, isActive: true, email: true },
  });
  if (!user) throw new AppError("NOT_FOUND", "Không tìm thấy người dùng.");
  return user;
}

/**
 * Deactivates (the person can no longer sign in, and unused set-password links stop working)
 * or reactivates an account. An administrator cannot deactivate their own account.
 */
export async function setUserActive(options: { actor: CurrentUser | null; userId: string; active: boolean; ip?: string | null }): Promise<UserActionResult> {
  const { actor } = options;
  assertCan(actor, "admin.manage");
  const user = await loadUser(options.userId);
  if (!options.active && user.id === actor.id) return { ok: false, refusal: "self" };
  if (user.isActive === options.active) return { ok: false, refusal: "unchanged" };
  await db.$transaction(async (tx) => {
    // Guarded by the state read above: two administrators clicking at once change it once.
    const { count } = await tx.user.updateMany({ where: { id: user.id, isActive: !options.active }, data: { isActive: options.active } });
    if (count !== 1) throw new AppError("CONFLICT");
    if (!options.active) await tx.passwordToken.deleteMany({ where: { userId: user.id, usedAt: null } });
    await writeAudit(tx, {
      actorId: actor.id, actorRole: actor.role, ip: options.ip, action: options.active ? "user.reactivate" : "user.deactivate",
      targetType: "User", targetId: user.id, before: { isActive: !options.active }, after: { isActive: options.active },
    });
  });
  return { ok: true };
}

export type ChangeRoleResult = { ok: true } | { ok: false; fieldErrors: Record<string, TAdminError> } | { ok: false; refusal: UserRefusal };

/** Changes a person's role, agency and title. An administrator cannot change their own role. */
export async function changeUserRole(options: { actor: CurrentUser | null; userId: string; input: unknown; ip?: string | null }): Promise<ChangeRoleResult> {
  const { actor } = options;
  assertCan(actor, "admin.manage");
  const user = await loadUser(options.userId);
  const parsed = ZChangeUserRole.safeParse(options.input);
  if (!parsed.success) return { ok: false, fieldErrors: adminFieldErrors(parsed.error) };
  const next = parsed.data;
  if (user.id === actor.id && next.role !== user.role) return { ok: false, refusal: "self" };
  if (next.agencyId && next.agencyId !== user.agencyId) {
    const agency = await db.agency.findFirst({ where: { id: next.agencyId, isActive: true }, select: { id: true } });
    if (!agency) return { ok: false, fieldErrors: { agencyId: "agencyId.invalid" } };
  }
  if (next.role === user.role && next.agencyId === user.agencyId && next.title === user.title) return { ok: false, refusal: "unchanged" };
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { role: next.role, agencyId: next.agencyId, title: next.title } });
    await writeAudit(tx, {
      actorId: actor.id, actorRole: actor.role, ip: options.ip, action: "user.changeRole", targetType: "User", targetId: user.id,
      before: { role: user.role, agencyId: user.agencyId, title: user.title },
      after: { role: next.role, agencyId: next.agencyId, title: next.title },
    });
  });
  return { ok: true };
}

export type ResetPasswordResult = { ok: true; link: string; expiresAt: Date; emailQueued: boolean } | { ok: false; refusal: UserRefusal };

/**
 * Resets a person's password: the current one stops working at once (hash removed,
 * passwordChangedAt set, lock-out cleared) and a one-time link to choose a new one is issued,
 * e-mailed and returned to show once. Not for deactivated accounts.
 */
export async function resetUserPassword(options: { actor: CurrentUser | null; userId: string; ip?: string | null; now?: Date }): Promise<ResetPasswordResult> {
  const { actor } = options;
  assertCan(actor, "admin.manage");
  const user = await loadUser(options.userId);
  if (!user.isActive) return { ok: false, refusal: "inactive" };
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash: null, passwordChangedAt: now, failedLoginCount: 0, lockedUntil: null } });
    const issued = await issuePasswordLink(tx, { userId: user.id, purpose: "RESET", createdById: actor.id, now });
    await writeAudit(tx, {
      actorId: actor.id, actorRole: actor.role, ip: options.ip, action: "user.resetPassword", targetType: "User", targetId: user.id,
      after: { linkExpiresAt: issued.expiresAt.toISOString(), emailQueued: issued.emailQueued },
    });
    return { ok: true as const, ...issued };
  });
}
