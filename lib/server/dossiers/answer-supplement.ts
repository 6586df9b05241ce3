import "server-only";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { dossierVi } from "@/lib/i18n/messages/vi/dossier";
import { transitionDossier } from "@/lib/server/dossiers/transition-dossier";
import { dossierFormErrors, ZAnswerSupplement } from "@/lib/validation/dossier-actions";

/**
 * The applicant answers a request for more documents: at least one supplement file uploaded
 * since the request, an optional note, then the "supplement" step of the state machine, which
 * resumes the legal clock and moves the deadline by the working days waited.
 */
export async function answerSupplement(options: {
  actor: CurrentUser | null;
  dossierId: string;
  expectedVersion: number | string;
  note?: string | null;
  ip?: string | null;
  now?: Date;
}) {
  const { actor } = options;
  assertCan(actor, "dossier.readOwn");
  const parsed = ZAnswerSupplement.safeParse({ dossierId: options.dossierId, expectedVersion: options.expectedVersion, note: options.note ?? undefined });
  if (!parsed.success) {
    const keys = dossierFormErrors(parsed.error, ["note"]);
    const fieldErrors = Object.fromEntries(Object.entries(keys).map(([field, key]) => [field, dossierVi.errors[key]]));
    throw new AppError("BAD_REQUEST", Object.values(fieldErrors)[0], fieldErrors);
  }
  const { dossierId, expectedVersion, note } = parsed.data;

  const dossier = await db.dossier.findFirst({ where: { id: dossierId, applicantId: actor.id }, select: { id: true, status: true, pausedAt: true } });
  if (!dossier) throw new AppError("NOT_FOUND", "Không tìm thấy hồ sơ.");
  if (dossier.status === "SUPPLEMENT_REQUESTED") {
    const files = await db.attachment.count({
      where: { dossierId: dossier.id, kind: "SUPPLEMENT", ...(dossier.pausedAt ? { createdAt: { gte: dossier.pausedAt } } : {}) },
    });
    if (files === 0) throw new AppError("BAD_REQUEST", dossierVi.errors["files.required"], { file: dossierVi.errors["files.required"] });
  }
  // Any other status is refused by the state machine with its own message.
  return transitionDossier({ actor, dossierId: dossier.id, action: "supplement", expectedVersion, note, ip: options.ip, now: options.now });
}
