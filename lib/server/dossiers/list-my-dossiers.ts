import "server-only";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";

/** The signed-in citizen's own dossiers (the owner condition is in the query itself). */
export async function listMyDossiers(actor: CurrentUser | null, options: { take?: number } = {}) {
  assertCan(actor, "dossier.readOwn");
  return db.dossier.findMany({
    where: { applicantId: actor.id },
    orderBy: { createdAt: "desc" },
    take: options.take ?? 50,
    select: { id: true, code: true, status: true, submittedAt: true, dueAt: true, procedure: { select: { name: true } } },
  });
}
