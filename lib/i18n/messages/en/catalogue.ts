// English texts of the "catalogue" feature: the same keys as ../vi/catalogue.ts.
import { formatNumber } from "@/lib/domain/format";
import type { catalogueVi } from "../vi/catalogue";

export const catalogueEn: typeof catalogueVi = {
  formLabel: "Search and filter procedures",
  searchLabel: "Procedure name or code",
  searchPlaceholder: "For example: dang ky khai sinh, 1.001193",
  searchHint: "With or without Vietnamese diacritics; a small typo still finds it.",
  sector: "Sector",
  allSectors: "All sectors",
  agency: "Implementing agency",
  allAgencies: "All agencies",
  agencyGroups: { DEPARTMENT: "Provincial agencies", COMMUNE: "Communes and wards" },
  level: "Online level",
  allLevels: "All levels",
  levels: { FULL_ONLINE: "Fully online", PARTIAL: "Partly online" },
  submit: "Search",
  clear: "Clear filters",
  resultsTitle: "Results",
  matching: (q: string) => `Matching “${q}”, best matches first.`,
  byName: "Sorted by procedure name.",
  activeFilters: (n: number) => `${formatNumber(n)} filter${n === 1 ? "" : "s"} applied.`,
  communeNote: (commune: string) =>
    `${commune} handles the commune-level procedures below; people apply at the commune or ward of their choice.`,
  approximate: "Similar name",
  emptyHint: "Try a shorter word, check the spelling or remove a filter.",
};
