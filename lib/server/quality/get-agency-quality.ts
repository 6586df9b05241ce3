import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { gapToPoints, openOf, score766, type Counts766, type GapAction, type Score766 } from "@/lib/domain/service-index-766";
import { monthOf, monthsEndingAt, type MonthKey } from "@/lib/domain/report-month";
import { QUALITY_MONTH_SPAN, countsOf, loadQualityData, rankingOf, trendOf, yearToDate, type DataFreshness, type QualityAgency, type TrendPoint } from "./quality-data";

export type AgencyQuality = {
  month: MonthKey;
  selectableMonths: MonthKey[];
  agency: QualityAgency;
  counts: Counts766;
  open: number;
  score: Score766;
  yearToDate: Score766;
  provinceTotal: number | null;
  rank: number | null;
  previousRank: number | null;
  rankedAgencies: number;
  trend: TrendPoint[];
  /** The province's totals of the same months, for comparison. */
  provinceTrend: (number | null)[];
  /** The concrete actions worth the most points this month, best first. */
  actions: GapAction[];
  freshness: DataFreshness;
};

/** One agency's 766 self-score for a month, its trend and its gap to points (dashboard.read). */
export async function getAgencyQuality(options: { actor: CurrentUser | null; agencyCode: string; month?: string; now?: Date }): Promise<AgencyQuality> {
  assertCan(options.actor, "dashboard.read");
  const now = options.now ?? new Date();
  const data = await loadQualityData({ month: options.month, now });
  const agency = data.agencies.find((a) => a.code === options.agencyCode.toUpperCase());
  if (!agency) throw new AppError("NOT_FOUND", "Không tìm thấy cơ quan.");
  const counts = countsOf(data, agency.id, [data.month]);
  const ranking = rankingOf(data);
  const mine = ranking.find((r) => r.agency.id === agency.id)!;
  return {
    month: data.month,
    selectableMonths: monthsEndingAt(monthOf(now), QUALITY_MONTH_SPAN).reverse(),
    agency,
    counts,
    open: openOf(counts),
    score: score766(counts),
    yearToDate: score766(countsOf(data, agency.id, yearToDate(data.month))),
    provinceTotal: score766(countsOf(data, null, [data.month])).total,
    rank: mine.rank,
    previousRank: mine.previousRank,
    rankedAgencies: ranking.filter((r) => r.rank !== null).length,
    trend: trendOf(data, agency.id),
    provinceTrend: trendOf(data, null).map((p) => p.total),
    actions: gapToPoints(counts),
    freshness: data.freshness,
  };
}
