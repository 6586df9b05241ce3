import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db";

export type AuditEntry = {
  actorId?: string | null;
  actorRole?: Role | null;
  ip?: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  requestId?: string | null;
};

/** Appends one audit entry. Pass the transaction client so it commits with the change. */
export async function writeAudit(client: Tx | Pick<Tx, "auditLog">, entry: AuditEntry): Promise<void> {
  await client.auditLog.create({
    data: {
      actorId: entry.actorId ?? null,
      actorRole: entry.actorRole ?? null,
      ip: entry.ip ?? null,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      before: entry.before,
      after: entry.after,
      requestId: entry.requestId ?? null,
    },
  });
}
