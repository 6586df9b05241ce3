import "server-only";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { adminFieldErrors, ZInviteUser, type TAdminError } from "@/lib/validation/admin-people";
import { issuePasswordLink } from "./password-links";

export type InviteUserResult =
  | { ok: true; userId: string; link: string; expiresAt: Date; emailQueued: boolean }
  | { ok: false; fieldErrors: Record<string, TAdminError> };

/**
 * An administrator invites a person: the account is created without a usable password, and a
 * one-time link (72 h) lets the person choose one. The link is e-mailed through the outbox and
 * returned here so it can be shown to the administrator once. Audited without the link.
 */
export async function inviteUser(options: { actor: CurrentUser | null; input: unknown; ip?: string | null; now?: Date }): Promise<InviteUserResult> {
  const { actor } = options;
  assertCan(actor, "admin.manage");
  const parsed = ZInviteUser.safeParse(options.input);
  if (!parsed.success) return { ok: false, fieldErrors: adminFieldErrors(parsed.error) };
  const input = parsed.data;
  const now = options.now ?? new Date();

  const fieldErrors: Record<string, TAdminError> = {};
  if (input.agencyId) {
    const agency = await db.agency.findFirst({ where: { id: input.agencyId, isActive: true }, select: { id: true } });
    if (!agency) fieldErrors.agencyId = "agencyId.invalid";
  }
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) fieldErrors.email = "email.taken";
  if (input.phone && (await db.user.findUnique({ where: { phone: input.phone }, select: { id: true } }))) fieldErrors.phone = "phone.taken";
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };

  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          fullName: input.fullName, email: input.email, phone: input.phone, role: input.role,
          agencyId: input.agencyId, title: input.title, passwordHash: null, isActive: true, createdAt: now,
        },
        select: { id: true },
      });
      const issued = await issuePasswordLink(tx, { userId: user.id, purpose: "INVITE", createdById: actor.id, now });
      await writeAudit(tx, {
        actorId: actor.id, actorRole: actor.role, ip: options.ip, action: "user.invite", targetType: "User", targetId: user.id,
        after: {
          fullName: input.fullName, email: input.email, phone: input.phone, role: input.role, agencyId: input.agencyId, title: input.title,
          linkExpiresAt: issued.expiresAt.toISOString(), emailQueued: issued.emailQueued,
        },
      });
      return { ok: true as const, userId: user.id, ...issued };
    });
  } catch (error) {
    // Someone took the address between the check and the insert.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const target = JSON.stringify(error.meta ?? {});
      return { ok: false, fieldErrors: target.includes("phone") ? { phone: "phone.taken" } : { email: "email.taken" } };
    }
    throw error;
  }
}
