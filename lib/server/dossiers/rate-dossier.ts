import "server-only";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { Satisfaction } from "@/lib/generated/prisma/enums";
import { dossierVi } from "@/lib/i18n/messages/vi/dossier";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { applyDossierStatDelta, DOSSIER_STATS_SELECT, toStatsShape } from "@/lib/server/rollups/apply-dossier-stat-delta";
import { dossierFormErrors, RATABLE_STATUSES, ZRateDossier } from "@/lib/validation/dossier-actions";

export type DossierRating = { id: string; score: Satisfaction; comment: string | null; createdAt: Date };

/** Prisma's "unique constraint failed" (Rating.dossierId is unique: one rating per dossier). */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}

/**
 * The applicant rates how their finished dossier was handled, once. The rating, the rollup's
 * rated* counters and the audit entry are written in one transaction; a second rating (even
 * two at the same moment) is refused by the unique constraint with a friendly message.
 */
export async function rateDossier(options: {
  actor: CurrentUser | null;
  dossierId: string;
  score: string;
  comment?: string | null;
  ip?: string | null;
}): Promise<DossierRating> {
  const { actor } = options;
  assertCan(actor, "dossier.readOwn");
  const parsed = ZRateDossier.safeParse({ dossierId: options.dossierId, score: options.score, comment: options.comment ?? undefined });
  if (!parsed.success) {
    const keys = dossierFormErrors(parsed.error, ["score", "comment"]);
    const fieldErrors = Object.fromEntries(Object.entries(keys).map(([field, key]) => [field, dossierVi.errors[key]]));
    throw new AppError("BAD_REQUEST", Object.values(fieldErrors)[0], fieldErrors);
  }
  const { dossierId, score, comment } = parsed.data;

  try {
    return await db.$transaction(async (tx) => {
      const dossier = await tx.dossier.findFirst({ where: { id: dossierId, applicantId: actor.id }, select: { id: true, ...DOSSIER_STATS_SELECT } });
      if (!dossier) throw new AppError("NOT_FOUND", "Không tìm thấy hồ sơ.");
      if (dossier.rating) throw new AppError("CONFLICT", dossierVi.errors.alreadyRated);
      if (!(RATABLE_STATUSES as readonly string[]).includes(dossier.status)) {
        throw new AppError("CONFLICT", "Chỉ đánh giá được hồ sơ đã giải quyết xong (đã trả kết quả, từ chối giải quyết hoặc từ chối tiếp nhận).");
      }
      const rating = await tx.rating.create({
        data: { dossierId: dossier.id, userId: actor.id, score, comment: comment ?? null },
        select: { id: true, score: true, comment: true, createdAt: true },
      });
      const before = toStatsShape(dossier);
      await applyDossierStatDelta(tx, before, { ...before, rating: score });
      await writeAudit(tx, {
        actorId: actor.id,
        actorRole: actor.role,
        ip: options.ip,
        action: "dossier.rate",
        targetType: "Dossier",
        targetId: dossier.id,
        after: { ratingId: rating.id, score, commentLength: comment?.length ?? 0 },
      });
      return rating;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", dossierVi.errors.alreadyRated);
    throw error;
  }
}
