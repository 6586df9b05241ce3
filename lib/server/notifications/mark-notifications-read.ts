import "server-only";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { isUsableKey } from "@/lib/domain/safe-input";

/**
 * Marks the citizen's own in-portal notifications as read: the given ones, or all of them.
 * Ids of other people's notifications simply match nothing (the owner is in the condition).
 */
export async function markNotificationsRead(options: { actor: CurrentUser | null; ids: string[] | "all"; ip?: string | null; now?: Date }): Promise<{ updated: number }> {
  const { actor } = options;
  assertCan(actor, "area.citizen");
  const ids = options.ids === "all" ? null : options.ids.filter((id) => isUsableKey(id, 40) && id.length > 0).slice(0, 200);
  if (ids && ids.length === 0) return { updated: 0 };
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: { userId: actor.id, channel: "IN_APP", readAt: null, ...(ids ? { id: { in: ids } } : {}) },
      data: { readAt: now },
    });
    if (count > 1) {
      // Marking many at once is audited; single reads are not worth an entry each.
      await writeAudit(tx, { actorId: actor.id, actorRole: actor.role, ip: options.ip, action: "notification.markRead", targetType: "User", targetId: actor.id, after: { count } });
    }
    return { updated: count };
  });
}
