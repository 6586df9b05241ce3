import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { score766, type Counts766, type Score766 } from "@/lib/domain/service-index-766";
import type { MonthKey } from "@/lib/domain/report-month";
import { QUALITY_MONTH_SPAN, countsOf, loadQualityData, rankingOf, trendOf, yearToDate, type DataFreshness, type RankedAgency, type TrendPoint } from "./quality-data";
import { monthsEndingAt, monthOf } from "@/lib/domain/report-month";

export type QualityDashboard = {
  month: MonthKey;
  /** Months one can choose, newest first. */
  selectableMonths: MonthKey[];
  province: { counts: Counts766; score: Score766; yearToDate: Score766; previousTotal: number | null };
  ranking: RankedAgency[];
  trend: TrendPoint[];
  freshness: DataFreshness;
};

/**
 * The province's 766 self-score for a month (and the year to date), the ranking of agencies
 * with their change since the previous month, and the 12-month trend. Reads the monthly rollup
 * and Feedback only (dashboard.read).
 */
export async function getQualityDashboard(options: { actor: CurrentUser | null; month?: string; now?: Date }): Promise<QualityDashboard> {
  assertCan(options.actor, "dashboard.read");
  const now = options.now ?? new Date();
  const data = await loadQualityData({ month: options.month, now });
  const counts = countsOf(data, null, [data.month]);
  const trend = trendOf(data, null);
  return {
    month: data.month,
    selectableMonths: monthsEndingAt(monthOf(now), QUALITY_MONTH_SPAN).reverse(),
    province: {
      counts,
      score: score766(counts),
      yearToDate: score766(countsOf(data, null, yearToDate(data.month))),
      previousTotal: trend.length > 1 ? trend[trend.length - 2].total : null,
    },
    ranking: rankingOf(data),
    trend,
    freshness: data.freshness,
  };
}
