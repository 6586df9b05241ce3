import "server-only";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { getStorage } from "@/lib/server/storage/file-storage";
import { assertUsableKey } from "@/lib/domain/safe-input";

/** Removes a file the citizen attached, while the dossier is still editable by them. */
export async function deleteDossierAttachment(options: { actor: CurrentUser | null; attachmentId: string; ip?: string | null }) {
  const { actor } = options;
  assertCan(actor, "dossier.create");
  assertUsableKey(options.attachmentId, "Mã tệp không hợp lệ.");
  const row = await db.attachment.findFirst({
    where: {
      id: options.attachmentId,
      kind: { in: ["APPLICATION", "SUPPLEMENT"] },
      dossier: { applicantId: actor.id, status: { in: ["DRAFT", "SUPPLEMENT_REQUESTED"] } },
    },
    select: { id: true, storageKey: true, dossierId: true, kind: true, dossier: { select: { status: true } } },
  });
  // A supplement request cannot delete the documents of the original application.
  if (!row || (row.dossier?.status === "SUPPLEMENT_REQUESTED" && row.kind !== "SUPPLEMENT")) throw new AppError("NOT_FOUND", "Không tìm thấy tệp.");
  await db.$transaction(async (tx) => {
    await tx.attachment.delete({ where: { id: row.id } });
    await writeAudit(tx, { actorId: actor.id, actorRole: actor.role, ip: options.ip, action: "attachment.delete", targetType: "Attachment", targetId: row.id, before: { dossierId: row.dossierId } });
  });
  // After the commit: a file whose row is gone is harmless; a row without its file is not.
  await getStorage().remove(row.storageKey);
}
