import "server-only";
import type { Tx } from "@/lib/db";
import { formatDossierCode } from "@/lib/domain/dossier-code";
import { vnDateKey } from "@/lib/domain/working-days";

/**
 * The next dossier code of an agency for the Vietnam day of `now`, from the per-agency daily
 * counter (an atomic upsert inside the caller's transaction: parallel intakes serialise on
 * the counter row, and a rolled-back intake gives its number back, so codes have no gaps).
 * Used by online submission and by counter and national-portal intake.
 */
export async function issueDossierCode(tx: Tx, agency: { id: string; code: string }, now: Date): Promise<string> {
  const day = vnDateKey(now).slice(2).replace(/-/g, "");
  const counter = await tx.dossierCodeCounter.upsert({
    where: { agencyId_day: { agencyId: agency.id, day } },
    create: { agencyId: agency.id, day, value: 1 },
    update: { value: { increment: 1 } },
    select: { value: true },
  });
  return formatDossierCode({ agencyCode: agency.code, date: now, sequence: counter.value });
}
