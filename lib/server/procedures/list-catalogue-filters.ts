import "server-only";
import { readDb } from "@/lib/db";

export type CatalogueFilterOptions = {
  sectors: { code: string; name: string; nameEn: string }[];
  /** Departments that implement at least one published procedure, then the communes. */
  agencies: { code: string; shortName: string; kind: "PROVINCE" | "DEPARTMENT" | "COMMUNE" }[];
};

// Vietnamese alphabetical order (Đ after D, not after Z as in the database's C collation).
const collator = new Intl.Collator("vi");

/** The choices of the catalogue's filter form, from the database (only those with procedures). */
export async function listCatalogueFilters(): Promise<CatalogueFilterOptions> {
  const [sectors, agencies, communeProcedures] = await Promise.all([
    readDb.sector.findMany({ where: { procedures: { some: { isPublished: true } } }, select: { code: true, name: true, nameEn: true } }),
    readDb.agency.findMany({
      where: { isActive: true, OR: [{ kind: "COMMUNE" }, { procedures: { some: { isPublished: true } } }] },
      select: { code: true, shortName: true, kind: true },
    }),
    readDb.procedure.count({ where: { isPublished: true, scope: "COMMUNE" } }),
  ]);
  const kindOrder = { PROVINCE: 0, DEPARTMENT: 1, COMMUNE: 2 } as const;
  return {
    sectors: sectors.sort((a, b) => collator.compare(a.name, b.name)),
    agencies: agencies
      // A commune filter shows the commune-scope procedures: pointless when there are none.
      .filter((a) => a.kind !== "COMMUNE" || communeProcedures > 0)
      .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || collator.compare(a.shortName, b.shortName)),
  };
}
