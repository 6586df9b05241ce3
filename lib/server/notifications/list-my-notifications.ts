import "server-only";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";

/** The signed-in citizen's in-portal notifications, newest first, and how many are unread. */
export async function listMyNotifications(options: { actor: CurrentUser | null; take?: number }) {
  const { actor } = options;
  assertCan(actor, "area.citizen");
  const where = { userId: actor.id, channel: "IN_APP" as const };
  const [items, unread] = await Promise.all([
    db.notification.findMany({
      where,
      orderBy: { createdAt: "desc" },
      take: Math.min(options.take ?? 50, 200),
      select: { id: true, subject: true, body: true, createdAt: true, readAt: true, dossier: { select: { code: true } } },
    }),
    db.notification.count({ where: { ...where, readAt: null } }),
  ]);
  return { items, unread };
}

export type MyNotifications = Awaited<ReturnType<typeof listMyNotifications>>;
