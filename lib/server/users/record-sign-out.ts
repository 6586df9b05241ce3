import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/server/audit/write-audit";

/** Authentication decisions are audited: sign-in in authenticate-user, sign-out here. */
export async function recordSignOut(user: CurrentUser, ip: string | null): Promise<void> {
  await writeAudit(db, { actorId: user.id, actorRole: user.role, ip, action: "auth.signOut", targetType: "User", targetId: user.id });
}
