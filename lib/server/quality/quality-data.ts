import "server-only";
import { readDb } from "@/lib/db";
import { addCounts766, score766, ZERO_COUNTS_766, rankByScore, type Counts766, type Score766 } from "@/lib/domain/service-index-766";
import { clampMonth, monthsEndingAt, shiftMonth, type MonthKey } from "@/lib/domain/report-month";
import { loadCounts766, type CountsByAgencyMonth } from "./load-counts-766";

/** Months one can choose on the quality page (the rollup keeps 24 months of demo history). */
export const QUALITY_MONTH_SPAN = 24;
export const TREND_MONTHS = 12;

export type QualityAgency = { id: string; code: string; name: string; shortName: string; kind: "PROVINCE" | "DEPARTMENT" | "COMMUNE" };

export type RankedAgency = {
  agency: QualityAgency;
  counts: Counts766;
  score: Score766;
  rank: number | null;
  previousRank: number | null;
  /** Places gained since the previous month (positive: moved up); null when unranked in either. */
  rankChange: number | null;
};

export type TrendPoint = { month: MonthKey; total: number | null; groups: Score766["groups"] };

export type DataFreshness = {
  /** Submission time of the newest dossier in the rollup (it is updated in the same transaction). */
  lastUpdate: Date | null;
  agenciesWithData: number;
  agenciesTotal: number;
  computedAt: Date;
};

/** Everything the quality pages show, for one month, computed from one rollup read. */
export type QualityData = {
  month: MonthKey;
  months: MonthKey[];
  agencies: QualityAgency[];
  byAgencyMonth: CountsByAgencyMonth;
  province: Map<MonthKey, Counts766>;
  freshness: DataFreshness;
};

const sumMonths = (m: Map<MonthKey, Counts766> | undefined, keys: MonthKey[]) =>
  keys.reduce((acc, k) => addCounts766(acc, m?.get(k) ?? ZERO_COUNTS_766), ZERO_COUNTS_766);

export function countsOf(data: QualityData, agencyId: string | null, months: MonthKey[]): Counts766 {
  return agencyId === null ? sumMonths(data.province, months) : sumMonths(data.byAgencyMonth.get(agencyId), months);
}

/** January to the chosen month of the same year. */
export function yearToDate(month: MonthKey): MonthKey[] {
  const n = Number(month.slice(5, 7));
  return monthsEndingAt(month, n);
}

/** `trendMonths`: how many months ending with the chosen one to read (12 holds the previous month and January). */
export async function loadQualityData(options: { month?: string; now: Date; trendMonths?: number }): Promise<QualityData> {
  const month = clampMonth(options.month, options.now, QUALITY_MONTH_SPAN);
  const months = monthsEndingAt(month, options.trendMonths ?? TREND_MONTHS);
  const [agencies, byAgencyMonth, newest] = await Promise.all([
    readDb.agency.findMany({
      where: { isActive: true, kind: { in: ["DEPARTMENT", "COMMUNE"] } },
      select: { id: true, code: true, name: true, shortName: true, kind: true },
    }),
    loadCounts766({ first: months[0], last: month, now: options.now }),
    // The [submittedAt] index answers this with one row.
    readDb.dossier.findFirst({ where: { submittedAt: { not: null } }, orderBy: { submittedAt: "desc" }, select: { submittedAt: true } }),
  ]);
  const province = new Map<MonthKey, Counts766>();
  for (const perMonth of byAgencyMonth.values()) {
    for (const [m, c] of perMonth) province.set(m, addCounts766(province.get(m) ?? ZERO_COUNTS_766, c));
  }
  const agenciesWithData = agencies.filter((a) => (byAgencyMonth.get(a.id)?.get(month)?.received ?? 0) > 0).length;
  return {
    month,
    months,
    agencies,
    byAgencyMonth,
    province,
    freshness: { lastUpdate: newest?.submittedAt ?? null, agenciesWithData, agenciesTotal: agencies.length, computedAt: options.now },
  };
}

/** Agencies ranked by their score of `month`, with their rank of the month before. */
export function rankingOf(data: QualityData, month: MonthKey = data.month): RankedAgency[] {
  const previous = shiftMonth(month, -1);
  const rank = (m: MonthKey) =>
    rankByScore(data.agencies.map((agency) => {
      const counts = countsOf(data, agency.id, [m]);
      const score = score766(counts);
      return { agency, name: agency.shortName, counts, score, total: score.total };
    }));
  const before = new Map(rank(previous).map((r) => [r.agency.id, r.rank]));
  return rank(month).map(({ agency, counts, score, rank: r }) => {
    const previousRank = before.get(agency.id) ?? null;
    return { agency, counts, score, rank: r, previousRank, rankChange: r !== null && previousRank !== null ? previousRank - r : null };
  });
}

export function trendOf(data: QualityData, agencyId: string | null): TrendPoint[] {
  return data.months.map((m) => {
    const s = score766(countsOf(data, agencyId, [m]));
    return { month: m, total: s.total, groups: s.groups };
  });
}
