import "server-only";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";

/**
 * What a citizen can send feedback about: their own dossiers that have a code, the published
 * procedures, and the communes (for a commune-level procedure without a dossier).
 */
export async function getFeedbackFormOptions(options: { actor: CurrentUser | null }) {
  const { actor } = options;
  assertCan(actor, "feedback.create");
  const [dossiers, procedures, communes] = await Promise.all([
    db.dossier.findMany({
      where: { applicantId: actor.id, code: { not: null }, status: { not: "DRAFT" } },
      orderBy: { submittedAt: "desc" },
      take: 200,
      select: { code: true, procedure: { select: { name: true } } },
    }),
    db.procedure.findMany({
      where: { isPublished: true },
      orderBy: { name: "asc" },
      select: { code: true, name: true, scope: true },
    }),
    db.agency.findMany({ where: { kind: "COMMUNE", isActive: true }, orderBy: { name: "asc" }, select: { code: true, name: true } }),
  ]);
  return {
    dossiers: dossiers.flatMap((d) => (d.code ? [{ code: d.code, procedureName: d.procedure.name }] : [])),
    procedures,
    communes,
  };
}

export type FeedbackFormOptions = Awaited<ReturnType<typeof getFeedbackFormOptions>>;
