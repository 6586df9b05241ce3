import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { checkUpload, safeDisplayName } from "@/lib/domain/file-check";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { getStorage, newStorageKey } from "@/lib/server/storage/file-storage";
import { assertUsableKey } from "@/lib/domain/safe-input";

export type SavedAttachment = { id: string; originalName: string; mimeType: string; sizeBytes: number; documentName: string | null };

/**
 * Stores a citizen's file for one of their own dossiers while it is a draft (application
 * documents) or waiting for a supplement (supplement documents). Checked by content and size;
 * stored under a generated name; hashed. The row and the file exist together or not at all.
 */
export async function saveDossierAttachment(options: {
  actor: CurrentUser | null;
  dossierId: string;
  fileName: string;
  bytes: Uint8Array;
  documentName?: string | null;
  ip?: string | null;
}): Promise<SavedAttachment> {
  const { actor } = options;
  assertCan(actor, "dossier.create");
  assertUsableKey(options.dossierId, "Mã hồ sơ không hợp lệ.");
  const dossier = await db.dossier.findFirst({
    where: { id: options.dossierId, applicantId: actor.id },
    select: { id: true, status: true, attachments: { select: { sizeBytes: true } } },
  });
  if (!dossier) throw new AppError("NOT_FOUND", "Không tìm thấy hồ sơ.");
  if (dossier.status !== "DRAFT" && dossier.status !== "SUPPLEMENT_REQUESTED") {
    throw new AppError("CONFLICT", "Hồ sơ đã gửi: không thể thêm tệp lúc này.");
  }
  const existing = dossier.attachments.reduce((s, a) => s + a.sizeBytes, 0);
  const check = checkUpload({ bytes: options.bytes, existingDossierBytes: existing });
  if (!check.ok) throw new AppError("BAD_REQUEST", check.message, { file: check.message });

  const key = newStorageKey();
  const storage = getStorage();
  await storage.put(key, options.bytes);
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.attachment.create({
        data: {
          kind: dossier.status === "DRAFT" ? "APPLICATION" : "SUPPLEMENT",
          dossierId: dossier.id,
          documentName: options.documentName?.trim().slice(0, 300) || null,
          originalName: safeDisplayName(options.fileName, check.mime),
          storageKey: key,
          mimeType: check.mime,
          sizeBytes: options.bytes.length,
          sha256: crypto.createHash("sha256").update(options.bytes).digest("hex"),
          uploadedById: actor.id,
        },
        select: { id: true, originalName: true, mimeType: true, sizeBytes: true, documentName: true, sha256: true },
      });
      await writeAudit(tx, {
        actorId: actor.id,
        actorRole: actor.role,
        ip: options.ip,
        action: "attachment.upload",
        targetType: "Attachment",
        targetId: row.id,
        after: { dossierId: dossier.id, sizeBytes: row.sizeBytes, sha256: row.sha256, mimeType: row.mimeType },
      });
      return { id: row.id, originalName: row.originalName, mimeType: row.mimeType, sizeBytes: row.sizeBytes, documentName: row.documentName };
    });
  } catch (error) {
    await storage.remove(key);
    throw error;
  }
}
