import type { TProcedureListQuery } from "@/lib/validation/procedures";

/**
 * The catalogue URL of a query: only the parameters that are set, in a fixed order, so a
 * search can be shared and every page link keeps the text and the filters.
 */
export function catalogueHref(query: Partial<Pick<TProcedureListQuery, "q" | "sector" | "agency" | "level">>, page = 1): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.sector) params.set("sector", query.sector);
  if (query.agency) params.set("agency", query.agency);
  if (query.level) params.set("level", query.level);
  if (page > 1) params.set("page", String(page));
  const s = params.toString();
  return s ? `/procedures?${s}` : "/procedures";
}
