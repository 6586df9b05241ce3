// Rebuilds the monthly dossier rollup (DossierStatMonthly) from the dossiers, from scratch.
// Month = the Vietnam calendar month of submission. Dossier timestamps are stored as UTC in
// `timestamp without time zone`, so they are first declared UTC, then converted to Vietnam
// time (a bare AT TIME ZONE would read them as local time and shift the wrong way).
import type { PrismaClient } from "@/lib/generated/prisma/client";

const REBUILD_SQL = `
INSERT INTO "DossierStatMonthly" (
  "month", "agencyId", "procedureId", "channel",
  "received", "finished", "finishedEarly", "finishedOnTime", "finishedLate", "rejected", "withdrawn",
  "feeBearing", "paidOnline", "electronicResult", "digitized", "syncedNational",
  "ratedSatisfied", "ratedNeutral", "ratedDissatisfied"
)
SELECT
  date_trunc('month', (d."submittedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
  d."agencyId", d."procedureId", d."channel",
  count(*)::int,
  count(*) FILTER (WHERE d."finishTiming" IS NOT NULL)::int,
  count(*) FILTER (WHERE d."finishTiming" = 'EARLY')::int,
  count(*) FILTER (WHERE d."finishTiming" = 'ON_TIME')::int,
  count(*) FILTER (WHERE d."finishTiming" = 'LATE')::int,
  count(*) FILTER (WHERE d."status" = 'REJECTED')::int,
  count(*) FILTER (WHERE d."status" = 'WITHDRAWN')::int,
  count(*) FILTER (WHERE d."feeAmount" > 0)::int,
  count(*) FILTER (WHERE d."paidOnline")::int,
  count(*) FILTER (WHERE d."electronicResult")::int,
  count(*) FILTER (WHERE d."digitized")::int,
  count(*) FILTER (WHERE d."syncedNationalAt" IS NOT NULL)::int,
  count(r."id") FILTER (WHERE r."score" = 'SATISFIED')::int,
  count(r."id") FILTER (WHERE r."score" = 'NEUTRAL')::int,
  count(r."id") FILTER (WHERE r."score" = 'DISSATISFIED')::int
FROM "Dossier" d
LEFT JOIN "Rating" r ON r."dossierId" = d."id"
WHERE d."submittedAt" IS NOT NULL
GROUP BY 1, 2, 3, 4`;

// The agency level (sum over procedures), from the level above: the same statement fills it in the
// migration stat_agency_monthly.
const REBUILD_AGENCY_SQL = `
INSERT INTO "DossierStatAgencyMonthly" (
  "month", "agencyId", "channel",
  "received", "finished", "finishedEarly", "finishedOnTime", "finishedLate", "rejected", "withdrawn",
  "feeBearing", "paidOnline", "electronicResult", "digitized", "syncedNational",
  "ratedSatisfied", "ratedNeutral", "ratedDissatisfied"
)
SELECT "month", "agencyId", "channel",
  sum("received"), sum("finished"), sum("finishedEarly"), sum("finishedOnTime"), sum("finishedLate"), sum("rejected"), sum("withdrawn"),
  sum("feeBearing"), sum("paidOnline"), sum("electronicResult"), sum("digitized"), sum("syncedNational"),
  sum("ratedSatisfied"), sum("ratedNeutral"), sum("ratedDissatisfied")
FROM "DossierStatMonthly"
GROUP BY 1, 2, 3`;

/**
 * Deletes and refills DossierStatMonthly and its agency level DossierStatAgencyMonthly in one
 * transaction; returns the number of DossierStatMonthly rows.
 */
export async function rebuildDossierStats(prisma: PrismaClient): Promise<number> {
  // Interactive transaction with a long timeout: a million dossiers take longer than the default 5 s.
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`DELETE FROM "DossierStatAgencyMonthly"`);
      await tx.$executeRawUnsafe(`DELETE FROM "DossierStatMonthly"`);
      const rows = await tx.$executeRawUnsafe(REBUILD_SQL);
      await tx.$executeRawUnsafe(REBUILD_AGENCY_SQL);
      return rows;
    },
    { maxWait: 60_000, timeout: 30 * 60_000 },
  );
}
