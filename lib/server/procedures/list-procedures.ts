import "server-only";
import { readReplica } from "@/lib/db";
import type { TProcedureListQuery } from "@/lib/validation/procedures";
import { listCatalogueFilters, type CatalogueFilterOptions } from "./list-catalogue-filters";
import { searchProcedures, type ProcedureListPage } from "./search-procedures";

export type { ProcedureListItem, ProcedureListPage } from "./search-procedures";

export type ProcedureCatalogue = {
  result: ProcedureListPage;
  filters: CatalogueFilterOptions;
  /** The query actually applied: unknown sector or agency codes are dropped, the page clamped. */
  query: TProcedureListQuery;
};

/**
 * The public catalogue: published procedures matching an accent-insensitive text and the
 * sector / agency / level filters, best matches first, with the filter choices.
 */
export async function listProcedures(query: TProcedureListQuery): Promise<ProcedureCatalogue> {
  const filters = await listCatalogueFilters();
  // A well-formed but unknown code (an old or edited link) means "all", as the form will show.
  const applied: TProcedureListQuery = {
    ...query,
    sector: filters.sectors.some((s) => s.code === query.sector) ? query.sector : undefined,
    agency: filters.agencies.some((a) => a.code === query.agency) ? query.agency : undefined,
  };
  // Raw SQL (and the search's SET LOCAL batch) on one replica: the catalogue may lag a little.
  const result = await searchProcedures(readReplica(), applied);
  return { result, filters, query: { ...applied, page: result.page } };
}
