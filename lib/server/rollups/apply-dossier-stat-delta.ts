import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { STAT_COUNTERS, statDelta, type DossierForStats } from "@/lib/domain/dossier-stats";

/** Columns a caller must select from Dossier (plus rating.score) to compute its contribution. */
export const DOSSIER_STATS_SELECT = {
  submittedAt: true,
  agencyId: true,
  procedureId: true,
  channel: true,
  status: true,
  finishTiming: true,
  feeAmount: true,
  paidOnline: true,
  electronicResult: true,
  digitized: true,
  syncedNationalAt: true,
  rating: { select: { score: true } },
} as const;

type Selected = Omit<DossierForStats, "rating"> & { rating: { score: DossierForStats["rating"] } | null };

export function toStatsShape(d: Selected): DossierForStats {
  return { ...d, rating: d.rating?.score ?? null };
}

/**
 * Applies the rollup change of one dossier change, inside the caller's transaction, with
 * atomic increments (two transactions touching the same rollup row serialise on its lock and
 * both increments count).
 */
export async function applyDossierStatDelta(tx: Tx, before: DossierForStats | null, after: DossierForStats | null): Promise<void> {
  for (const { key, counts } of statDelta(before, after)) {
    const columns = STAT_COUNTERS.map((c) => Prisma.raw(`"${c}"`));
    const values = STAT_COUNTERS.map((c) => counts[c]);
    const updates = STAT_COUNTERS.map((c) => Prisma.raw(`"${c}" = "DossierStatMonthly"."${c}" + EXCLUDED."${c}"`));
    await tx.$executeRaw`
      INSERT INTO "DossierStatMonthly" ("month", "agencyId", "procedureId", "channel", ${Prisma.join(columns)})
      VALUES (${key.month}::date, ${key.agencyId}, ${key.procedureId}, ${key.channel}::"DossierChannel", ${Prisma.join(values)})
      ON CONFLICT ("month", "agencyId", "procedureId", "channel") DO UPDATE SET ${Prisma.join(updates)}`;
  }
}
