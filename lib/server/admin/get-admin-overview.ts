import "server-only";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";

export async function getAdminOverview(actor: CurrentUser | null) {
  assertCan(actor, "admin.manage");
  const [agencies, users, procedures, tasks, indicators, holidays, audit] = await Promise.all([
    db.agency.count(),
    db.user.count(),
    db.procedure.count(),
    db.task.count(),
    db.indicator.count(),
    db.holiday.count(),
    db.auditLog.findMany({
      orderBy: { id: "desc" },
      take: 20,
      select: { id: true, at: true, actorId: true, actorRole: true, action: true, targetType: true, targetId: true },
    }),
  ]);
  return { counts: { agencies, users, procedures, tasks, indicators, holidays }, audit };
}
