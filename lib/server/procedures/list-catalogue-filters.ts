import "server-only";
import { readReplica } from "@/lib/db";

export type CatalogueFilterOptions = {
  sectors: { code: string; name: string; nameEn: string }[];
  /** Departments that implement at least one published procedure, then the communes. */
  agencies: { code: string; shortName: string; kind: "PROVINCE" | "DEPARTMENT" | "COMMUNE" }[];
};

// Vietnamese alphabetical order (Đ after D, not after Z as in the database's C collation).
const collator = new Intl.Collator("vi");

/**
 * The choices of the catalogue's filter form, from the database (only those with procedures), in
 * one statement (every round trip costs the server more CPU than these few rows).
 */
export async function listCatalogueFilters(): Promise<CatalogueFilterOptions> {
  const [{ sectors, agencies, communeProcedures }] = await readReplica().$queryRaw<
    { sectors: CatalogueFilterOptions["sectors"]; agencies: CatalogueFilterOptions["agencies"]; communeProcedures: number }[]
  >`
    SELECT
      COALESCE((SELECT json_agg(json_build_object('code', s."code", 'name', s."name", 'nameEn', s."nameEn"))
                FROM "Sector" s WHERE EXISTS (SELECT 1 FROM "Procedure" p WHERE p."sectorId" = s."id" AND p."isPublished")), '[]'::json) AS "sectors",
      COALESCE((SELECT json_agg(json_build_object('code', a."code", 'shortName', a."shortName", 'kind', a."kind"))
                FROM "Agency" a
                WHERE a."isActive" AND (a."kind" = 'COMMUNE' OR EXISTS (SELECT 1 FROM "Procedure" p WHERE p."agencyId" = a."id" AND p."isPublished"))), '[]'::json) AS "agencies",
      (SELECT count(*) FROM "Procedure" p WHERE p."isPublished" AND p."scope" = 'COMMUNE')::int AS "communeProcedures"`;
  const kindOrder = { PROVINCE: 0, DEPARTMENT: 1, COMMUNE: 2 } as const;
  return {
    sectors: sectors.sort((a, b) => collator.compare(a.name, b.name)),
    agencies: agencies
      // A commune filter shows the commune-scope procedures: pointless when there are none.
      .filter((a) => a.kind !== "COMMUNE" || communeProcedures > 0)
      .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || collator.compare(a.shortName, b.shortName)),
  };
}
