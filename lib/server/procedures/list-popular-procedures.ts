import "server-only";
import { readReplica } from "@/lib/db";

export type PopularProcedure = { code: string; name: string; level: "FULL_ONLINE" | "PARTIAL"; dossiers: number };

/**
 * The procedures with the most dossiers over the last 12 months (from the monthly rollup), in
 * one statement; unpublished ones are left out after the ranking, as before.
 */
export async function listPopularProcedures(options: { limit?: number; now?: Date } = {}): Promise<PopularProcedure[]> {
  const now = options.now ?? new Date();
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1)).toISOString().slice(0, 10);
  return readReplica().$queryRaw<PopularProcedure[]>`
    SELECT p."code", p."name", p."level"::text AS "level", t."dossiers"
    FROM (SELECT "procedureId", coalesce(sum("received"), 0)::int AS "dossiers" FROM "DossierStatMonthly"
          WHERE "month" >= ${since}::date GROUP BY 1 ORDER BY 2 DESC LIMIT ${options.limit ?? 6}) t
    JOIN "Procedure" p ON p."id" = t."procedureId" AND p."isPublished"
    ORDER BY t."dossiers" DESC, p."code"`;
}
