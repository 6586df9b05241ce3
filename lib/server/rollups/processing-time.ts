// The ProcessingTimeStat rollup: how long each procedure usually takes at each agency, for the
// "likely to be late" list (lib/domain/likely-late.ts). Kept current in the transaction that
// decides a dossier (refreshProcessingTime, called by transitionDossier), so the dashboard reads
// one indexed row per agency × procedure instead of thousands of decided dossiers.
// Deliberately without `import "server-only"`: the seed and the rebuild script run it too.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { HISTORY_PER_PAIR, typicalFromSamples, type DecidedSample, type TypicalTime } from "@/lib/domain/likely-late";
import type { WorkCalendar } from "@/lib/domain/working-days";

type Client = Pick<PrismaClient, "$queryRaw" | "$executeRaw">;

export type Pair = { agencyId: string; procedureId: string };

type SampleRow = DecidedSample & Pair;

/** The newest decided dossiers of each pair (through the [agencyId, procedureId, submittedAt] index). */
async function readSamples(client: Client, pairs: readonly Pair[]): Promise<Map<string, DecidedSample[]>> {
  const rows = await client.$queryRaw<SampleRow[]>`
    SELECT p."agencyId", p."procedureId", x."submittedAt", x."receivedAt", x."finishedAt", x."pausedWorkingDays"
    FROM unnest(${pairs.map((p) => p.agencyId)}::text[], ${pairs.map((p) => p.procedureId)}::text[]) AS p("agencyId", "procedureId")
    CROSS JOIN LATERAL (
      SELECT d."submittedAt", d."receivedAt", d."finishedAt", d."pausedWorkingDays"
      FROM "Dossier" d
      WHERE d."agencyId" = p."agencyId" AND d."procedureId" = p."procedureId"
        AND d."submittedAt" IS NOT NULL AND d."finishedAt" IS NOT NULL AND d."receivedAt" IS NOT NULL
      ORDER BY d."submittedAt" DESC
      LIMIT ${HISTORY_PER_PAIR}
    ) x`;
  const byPair = new Map<string, DecidedSample[]>();
  for (const { agencyId, procedureId, ...sample } of rows) {
    const key = pairKey({ agencyId, procedureId });
    byPair.set(key, [...(byPair.get(key) ?? []), sample]);
  }
  return byPair;
}

export const pairKey = (p: Pair) => `${p.agencyId}|${p.procedureId}`;

/** Recomputes and stores the rollup rows of these pairs (a pair without decided dossiers has none). */
export async function refreshProcessingTimes(client: Client, pairs: readonly Pair[], calendar: WorkCalendar): Promise<number> {
  if (pairs.length === 0) return 0;
  const samples = await readSamples(client, pairs);
  let written = 0;
  for (const pair of pairs) {
    const { typical, samples: n, newestSubmittedAt } = typicalFromSamples(samples.get(pairKey(pair)) ?? [], calendar);
    if (!newestSubmittedAt) {
      await client.$executeRaw`DELETE FROM "ProcessingTimeStat" WHERE "agencyId" = ${pair.agencyId} AND "procedureId" = ${pair.procedureId}`;
      continue;
    }
    await client.$executeRaw`
      INSERT INTO "ProcessingTimeStat" ("agencyId", "procedureId", "samples", "median", "p75", "newestSubmittedAt", "updatedAt")
      VALUES (${pair.agencyId}, ${pair.procedureId}, ${n}, ${typical?.median ?? null}::float8, ${typical?.p75 ?? null}::float8, ${newestSubmittedAt}, now())
      ON CONFLICT ("agencyId", "procedureId") DO UPDATE SET
        "samples" = EXCLUDED."samples", "median" = EXCLUDED."median", "p75" = EXCLUDED."p75",
        "newestSubmittedAt" = EXCLUDED."newestSubmittedAt", "updatedAt" = now()`;
    written++;
  }
  return written;
}

/**
 * One pair, inside the caller's transaction (the one that decided a dossier of it). Two decisions
 * of the same pair at once queue on a transaction lock taken here, as the transaction's last lock
 * (no cycle with the dossier and rollup row locks taken before): the second reads the samples
 * after the first committed, so neither decision is lost from the stored time.
 */
export async function refreshProcessingTime(tx: Client, pair: Pair, calendar: WorkCalendar): Promise<number> {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${"ProcessingTimeStat|" + pairKey(pair)}))::text`;
  return refreshProcessingTimes(tx, [pair], calendar);
}

/** Deletes and refills the whole rollup (seed, repair): every pair with a decided dossier. */
export async function rebuildProcessingTimes(client: Client, calendar: WorkCalendar, batch = 500): Promise<number> {
  await client.$executeRaw`DELETE FROM "ProcessingTimeStat"`;
  const pairs = await client.$queryRaw<Pair[]>`
    SELECT DISTINCT "agencyId", "procedureId" FROM "DossierStatMonthly" ORDER BY 1, 2`;
  let written = 0;
  for (let i = 0; i < pairs.length; i += batch) written += await refreshProcessingTimes(client, pairs.slice(i, i + batch), calendar);
  return written;
}
