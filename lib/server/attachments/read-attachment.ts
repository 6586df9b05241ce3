import "server-only";
import { db } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { getStorage } from "@/lib/server/storage/file-storage";
import { assertUsableKey } from "@/lib/domain/safe-input";

/**
 * A file for download. A dossier file: only its owner and the officers of the handling agency
 * may read it. A task's evidence file: anyone with task.read (officers, leaders, admins).
 * Anyone else gets "not found" (the same answer as a file that does not exist), and the
 * refusal is logged.
 */
export async function readAttachment(options: { actor: CurrentUser | null; attachmentId: string; ip?: string | null }) {
  const { actor } = options;
  if (!actor) throw new AppError("UNAUTHORIZED");
  assertUsableKey(options.attachmentId, "Mã tệp không hợp lệ.");
  const scopes: Prisma.DossierWhereInput[] = [];
  if (can(actor.role, "dossier.readOwn")) scopes.push({ applicantId: actor.id });
  if (can(actor.role, "dossier.readAgency") && actor.agencyId) scopes.push({ agencyId: actor.agencyId });
  const allowed: Prisma.AttachmentWhereInput[] = scopes.length > 0 ? [{ dossier: { OR: scopes } }] : [];
  // Evidence of a task progress report: readable by everyone who may read tasks.
  if (can(actor.role, "task.read")) allowed.push({ kind: "EVIDENCE", taskUpdateId: { not: null } });
  const row =
    allowed.length === 0 || options.attachmentId.length > 64
      ? null
      : await db.attachment.findFirst({
          where: { id: options.attachmentId, OR: allowed },
          select: { id: true, storageKey: true, mimeType: true, originalName: true, sizeBytes: true },
        });
  if (!row) {
    await writeAudit(db, { actorId: actor.id, actorRole: actor.role, ip: options.ip, action: "attachment.read.refused", targetType: "Attachment", targetId: options.attachmentId.slice(0, 64) });
    throw new AppError("NOT_FOUND", "Không tìm thấy tệp.");
  }
  const bytes = await getStorage().read(row.storageKey);
  return { bytes, mimeType: row.mimeType, fileName: row.originalName };
}
