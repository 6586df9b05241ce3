import "server-only";
import { readDb } from "@/lib/db";
import type { TStatisticsQuery } from "@/lib/validation/procedures";
import {
  addCounts, countsOf, lastMonthKeys, monthDate, periodOf, rankAgencies, sharesOf, ZERO_COUNTS,
  type StatCounts, type StatPeriod, type StatShares,
} from "@/lib/domain/stat-figures";

export type StatAgency = { code: string; name: string; shortName: string; kind: "PROVINCE" | "DEPARTMENT" | "COMMUNE" };

export type AgencyStatRow = { code: string; name: string; counts: StatCounts; shares: StatShares; rank: number };

export type MonthlyStat = {
  /** "yyyy-mm" (Vietnam month of submission). */
  month: string;
  received: number;
  finished: number;
  /** Finished early or on time. */
  onTime: number;
  onTimeShare: number | null;
};

export type PublicStatistics = {
  period: StatPeriod;
  /** The agency looked at; null for the whole province. */
  agency: StatAgency | null;
  counts: StatCounts;
  shares: StatShares;
  /** The last 12 months (oldest first) of the same agency or the province, zero-filled. */
  monthly: MonthlyStat[];
  /** Every agency that received dossiers in the period, best first. */
  ranking: AgencyStatRow[];
  /** Agencies one can choose (active departments and communes). */
  agencies: StatAgency[];
  computedAt: Date;
};

const SUMS = {
  received: true, finished: true, finishedEarly: true, finishedOnTime: true, finishedLate: true,
  feeBearing: true, paidOnline: true, ratedSatisfied: true, ratedNeutral: true, ratedDissatisfied: true,
} as const;

const collator = new Intl.Collator("vi");

/**
 * Public service-quality figures per agency and for the province, this month or this year,
 * read from the agency-level monthly rollup (DossierStatAgencyMonthly), never from the dossiers themselves.
 * A dossier counts in the month it was submitted (Vietnam time), as the rollup is built.
 */
export async function getPublicStatistics(query: TStatisticsQuery, now = new Date()): Promise<PublicStatistics> {
  const period = periodOf(query.period, now);
  const months = lastMonthKeys(now, 12);

  const allAgencies = await readDb.agency.findMany({ select: { id: true, code: true, name: true, shortName: true, kind: true, isActive: true } });
  const selectable = allAgencies
    .filter((a) => a.isActive && a.kind !== "PROVINCE")
    .sort((a, b) => (a.kind === b.kind ? collator.compare(a.shortName, b.shortName) : a.kind === "DEPARTMENT" ? -1 : 1));
  // An unknown or inactive code shows the province rather than an error.
  const chosen = selectable.find((a) => a.code === query.agency) ?? null;

  const [byAgencyChannel, byMonth] = await Promise.all([
    readDb.dossierStatAgencyMonthly.groupBy({
      by: ["agencyId", "channel"],
      where: { month: { gte: period.from, lt: period.to } },
      _sum: SUMS,
    }),
    readDb.dossierStatAgencyMonthly.groupBy({
      by: ["month"],
      where: { month: { gte: monthDate(months[0]) }, ...(chosen ? { agencyId: chosen.id } : {}) },
      _sum: { received: true, finished: true, finishedEarly: true, finishedOnTime: true },
    }),
  ]);

  const perAgency = new Map<string, StatCounts>();
  for (const g of byAgencyChannel) perAgency.set(g.agencyId, addCounts(perAgency.get(g.agencyId) ?? ZERO_COUNTS, countsOf(g.channel, g._sum)));
  const byId = new Map(allAgencies.map((a) => [a.id, a]));
  const ranking = rankAgencies(
    [...perAgency].flatMap(([id, counts]) => {
      const a = byId.get(id);
      return a && counts.received > 0 ? [{ code: a.code, name: a.shortName, counts, shares: sharesOf(counts) }] : [];
    }),
  );
  const counts = chosen ? (perAgency.get(chosen.id) ?? ZERO_COUNTS) : [...perAgency.values()].reduce(addCounts, ZERO_COUNTS);

  const monthSums = new Map(byMonth.map((g) => [g.month.toISOString().slice(0, 7), g._sum]));
  const monthly = months.map((month) => {
    const s = monthSums.get(month);
    const finished = s?.finished ?? 0;
    const onTime = (s?.finishedEarly ?? 0) + (s?.finishedOnTime ?? 0);
    return { month, received: s?.received ?? 0, finished, onTime, onTimeShare: finished > 0 ? onTime / finished : null };
  });

  const pick = ({ code, name, shortName, kind }: (typeof allAgencies)[number]): StatAgency => ({ code, name, shortName, kind });
  return {
    period,
    agency: chosen ? pick(chosen) : null,
    counts,
    shares: sharesOf(counts),
    monthly,
    ranking,
    agencies: selectable.map(pick),
    computedAt: now,
  };
}
