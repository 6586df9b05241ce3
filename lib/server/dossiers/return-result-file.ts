import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { checkUpload, safeDisplayName } from "@/lib/domain/file-check";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { getStorage, newStorageKey } from "@/lib/server/storage/file-storage";
import { transitionDossier } from "./transition-dossier";

const RESULT_ONLY_PDF = "Kết quả giải quyết phải là tệp PDF (kiểm tra theo nội dung tệp).";

/**
 * Returns the result of an approved dossier of the officer's agency as an uploaded PDF: the
 * file is checked by content and stored like any dossier file (kind RESULT, generated name,
 * hash, audit), then the one workflow operation (transitionDossier, return_result) runs with it.
 * When the transition is refused (another officer acted first, wrong status) the file is
 * removed again, so no orphan result stays attached.
 */
export async function returnResultFile(options: {
  actor: CurrentUser | null;
  dossierId: string;
  expectedVersion: number;
  fileName: string;
  bytes: Uint8Array;
  note?: string;
  ip?: string | null;
  now?: Date;
}) {
  const { actor } = options;
  assertCan(actor, "dossier.process");
  if (!actor.agencyId) throw new AppError("FORBIDDEN", "Tài khoản chưa được gán cơ quan.");
  const dossier = await db.dossier.findFirst({
    where: { id: options.dossierId, agencyId: actor.agencyId },
    select: { id: true, status: true, version: true, attachments: { select: { sizeBytes: true } } },
  });
  if (!dossier) throw new AppError("NOT_FOUND", "Không tìm thấy hồ sơ.");
  if (dossier.version !== options.expectedVersion) {
    throw new AppError("CONFLICT", "Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại trang để xem trạng thái mới nhất.");
  }
  if (dossier.status !== "APPROVED") throw new AppError("CONFLICT", "Không thể thực hiện thao tác này ở trạng thái hiện tại của hồ sơ.");

  const check = checkUpload({ bytes: options.bytes, existingDossierBytes: dossier.attachments.reduce((s, a) => s + a.sizeBytes, 0) });
  if (!check.ok) throw new AppError("BAD_REQUEST", check.message, { file: check.message });
  if (check.mime !== "application/pdf") throw new AppError("BAD_REQUEST", RESULT_ONLY_PDF, { file: RESULT_ONLY_PDF });

  const key = newStorageKey();
  const storage = getStorage();
  await storage.put(key, options.bytes);
  let attachmentId: string;
  try {
    attachmentId = await db.$transaction(async (tx) => {
      const row = await tx.attachment.create({
        data: {
          kind: "RESULT",
          dossierId: dossier.id,
          documentName: "Kết quả giải quyết",
          originalName: safeDisplayName(options.fileName, check.mime),
          storageKey: key,
          mimeType: check.mime,
          sizeBytes: options.bytes.length,
          sha256: crypto.createHash("sha256").update(options.bytes).digest("hex"),
          uploadedById: actor.id,
        },
        select: { id: true, sizeBytes: true, sha256: true, mimeType: true },
      });
      await writeAudit(tx, {
        actorId: actor.id,
        actorRole: actor.role,
        ip: options.ip,
        action: "attachment.upload",
        targetType: "Attachment",
        targetId: row.id,
        after: { dossierId: dossier.id, kind: "RESULT", sizeBytes: row.sizeBytes, sha256: row.sha256, mimeType: row.mimeType },
      });
      return row.id;
    });
  } catch (error) {
    await storage.remove(key);
    throw error;
  }

  try {
    return await transitionDossier({
      actor,
      dossierId: dossier.id,
      action: "return_result",
      expectedVersion: options.expectedVersion,
      resultAttachmentId: attachmentId,
      note: options.note,
      ip: options.ip,
      now: options.now,
    });
  } catch (error) {
    await db.attachment.delete({ where: { id: attachmentId } }).catch(() => undefined);
    await storage.remove(key).catch(() => undefined);
    throw error;
  }
}
