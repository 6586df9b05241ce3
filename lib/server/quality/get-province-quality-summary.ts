import "server-only";
import { score766, type GroupScore } from "@/lib/domain/service-index-766";
import type { MonthKey } from "@/lib/domain/report-month";
import { countsOf, loadQualityData } from "./quality-data";

export type ProvinceQualitySummary = {
  month: MonthKey;
  /** Total /100 (unrounded; show it with roundPoints); null when no dossier was received that month. */
  total: number | null;
  groups: GroupScore[];
  /** Newest dossier submission seen by the rollup. */
  lastUpdate: Date | null;
  agenciesWithData: number;
  agenciesTotal: number;
};

/**
 * The province's 766 total and group points for a month ("yyyy-mm", default: the current
 * Vietnam month), for the leaders' overview. Aggregate, non-personal figures (the same level of
 * detail as the public statistics): the calling page checks its own permission.
 */
export async function getProvinceQualitySummary(month?: string | null, now = new Date()): Promise<ProvinceQualitySummary> {
  // Only the chosen month is read.
  const data = await loadQualityData({ month: month ?? undefined, now, trendMonths: 1 });
  const score = score766(countsOf(data, null, [data.month]));
  return {
    month: data.month,
    total: score.total,
    groups: score.groups,
    lastUpdate: data.freshness.lastUpdate,
    agenciesWithData: data.freshness.agenciesWithData,
    agenciesTotal: data.freshness.agenciesTotal,
  };
}
