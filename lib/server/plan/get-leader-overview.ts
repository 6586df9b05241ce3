import "server-only";
import { readDb } from "@/lib/db";
import { loadPlanFigures } from "@/lib/server/plan/load-plan-figures";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { monthOf, monthStart, shiftMonth } from "@/lib/domain/report-month";
import { addCounts, countsOf, sharesOf, ZERO_COUNTS, type StatCounts, type StatShares } from "@/lib/domain/stat-figures";
import { countByStatus, weightedProgress } from "@/lib/domain/task-health";
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { loadIndicatorProjections, type IndicatorProjections } from "@/lib/server/forecast/indicator-projections";
import { getProvinceQualitySummary, type ProvinceQualitySummary } from "@/lib/server/quality/get-province-quality-summary";

export type OverviewPillar = {
  code: string;
  name: string;
  nameEn: string;
  taskCount: number;
  /** Weighted mean progress, 0–100. */
  progress: number;
  byHealth: Record<TaskStatus, number>;
};

export type LeaderOverview = {
  pillars: OverviewPillar[];
  lastTaskReport: Date | null;
  /** Tasks with at least one progress report, of all tasks. */
  tasksReported: number;
  tasksTotal: number;
  keyIndicators: IndicatorProjections;
  service: {
    month: string;
    counts: StatCounts;
    shares: StatShares;
    agenciesWithData: number;
    agenciesTotal: number;
    lastUpdate: Date | null;
  };
  quality: ProvinceQualitySummary;
  computedAt: Date;
};

/**
 * The leaders' overview: the three pillars (weighted progress, tasks by health), the key
 * indicators against their 2025 / 2030 targets with the projection, this month's service
 * figures from the rollup and the province's 766 score. Leaders and administrators.
 */
export async function getLeaderOverview(options: { actor: CurrentUser | null; now?: Date }): Promise<LeaderOverview> {
  assertCan(options.actor, "dashboard.read");
  const now = options.now ?? new Date();
  const month = monthOf(now);
  const [{ pillars, lastTaskReport, reported, agencies }, byAgencyChannel, keyIndicators, quality] = await Promise.all([
    loadPlanFigures(),
    readDb.dossierStatMonthly.groupBy({
      by: ["agencyId", "channel"],
      where: { month: { gte: monthStart(month), lt: monthStart(shiftMonth(month, 1)) } },
      _sum: {
        received: true, finished: true, finishedEarly: true, finishedOnTime: true, finishedLate: true,
        feeBearing: true, paidOnline: true, ratedSatisfied: true, ratedNeutral: true, ratedDissatisfied: true,
      },
    }),
    loadIndicatorProjections(now, { keyOnly: true }),
    getProvinceQualitySummary(month, now),
  ]);
  let counts = ZERO_COUNTS;
  const withData = new Set<string>();
  for (const g of byAgencyChannel) {
    counts = addCounts(counts, countsOf(g.channel, g._sum));
    if ((g._sum.received ?? 0) > 0) withData.add(g.agencyId);
  }
  return {
    pillars: pillars.map((p) => ({
      code: p.code,
      name: p.name,
      nameEn: p.nameEn,
      taskCount: p.tasks.length,
      progress: weightedProgress(p.tasks),
      byHealth: countByStatus(p.tasks),
    })),
    lastTaskReport,
    tasksReported: reported,
    tasksTotal: pillars.reduce((s, p) => s + p.tasks.length, 0),
    keyIndicators,
    service: { month, counts, shares: sharesOf(counts), agenciesWithData: withData.size, agenciesTotal: agencies, lastUpdate: quality.lastUpdate },
    quality,
    computedAt: now,
  };
}
