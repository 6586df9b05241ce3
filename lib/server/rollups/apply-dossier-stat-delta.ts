import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { STAT_COUNTERS, statDelta, type DossierForStats, type StatKey } from "@/lib/domain/dossier-stats";

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
 * both increments count). Both levels move together: agency × procedure × month × channel
 * (DossierStatMonthly) and its sum over procedures, agency × month × channel
 * (DossierStatAgencyMonthly). Rows are taken in key order within each level, the procedure
 * level first, so two transactions always lock them in the same order.
 */
export async function applyDossierStatDelta(tx: Tx, before: DossierForStats | null, after: DossierForStats | null): Promise<void> {
  const deltas = statDelta(before, after);
  if (deltas.length === 0) return;
  const columns = Prisma.join(STAT_COUNTERS.map((c) => Prisma.raw(`"${c}"`)));
  const increments = (table: string) => Prisma.join(STAT_COUNTERS.map((c) => Prisma.raw(`"${c}" = "${table}"."${c}" + EXCLUDED."${c}"`)));
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const byProcedure = [...deltas].sort((a, b) => order(procedureKey(a.key), procedureKey(b.key)));
  for (const { key, counts } of byProcedure) {
    const values = Prisma.join(STAT_COUNTERS.map((c) => counts[c]));
    await tx.$executeRaw`
      INSERT INTO "DossierStatMonthly" ("month", "agencyId", "procedureId", "channel", ${columns})
      VALUES (${key.month}::date, ${key.agencyId}, ${key.procedureId}, ${key.channel}::"DossierChannel", ${values})
      ON CONFLICT ("month", "agencyId", "procedureId", "channel") DO UPDATE SET ${increments("DossierStatMonthly")}`;
  }
  // Sum the changes per agency key: a dossier moved between two procedures of one agency nets out.
  const byAgency = new Map<string, (typeof deltas)[number]>();
  for (const { key, counts } of deltas) {
    const k = agencyKey(key);
    const into = byAgency.get(k);
    if (!into) byAgency.set(k, { key, counts: { ...counts } });
    else for (const c of STAT_COUNTERS) into.counts[c] += counts[c];
  }
  for (const [, { key, counts }] of [...byAgency].sort(([a], [b]) => order(a, b))) {
    if (STAT_COUNTERS.every((c) => counts[c] === 0)) continue;
    const values = Prisma.join(STAT_COUNTERS.map((c) => counts[c]));
    await tx.$executeRaw`
      INSERT INTO "DossierStatAgencyMonthly" ("month", "agencyId", "channel", ${columns})
      VALUES (${key.month}::date, ${key.agencyId}, ${key.channel}::"DossierChannel", ${values})
      ON CONFLICT ("month", "agencyId", "channel") DO UPDATE SET ${increments("DossierStatAgencyMonthly")}`;
  }
}

const agencyKey = (k: StatKey) => `${k.month}|${k.agencyId}|${k.channel}`;
const procedureKey = (k: StatKey) => `${k.month}|${k.agencyId}|${k.procedureId}|${k.channel}`;
