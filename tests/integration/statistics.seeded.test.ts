// The public statistics read the monthly rollup; here every number is recounted from the
// dossiers and ratings themselves (Vietnam months of submission), for the province and for
// single agencies, this month and this year.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { vnInstant } from "@/lib/domain/working-days";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getPublicStatistics } from "@/lib/server/stats/get-public-statistics";
import { lastMonthKeys, periodOf, type StatPeriodKind } from "@/lib/domain/stat-figures";
import { ZStatisticsQuery } from "@/lib/validation/procedures";

const now = new Date();

/** [start, end) instants of a period, from Vietnam calendar dates. */
function instants(kind: StatPeriodKind) {
  const p = periodOf(kind, now);
  return { gte: vnInstant(p.from.toISOString().slice(0, 10)), lt: vnInstant(p.to.toISOString().slice(0, 10)) };
}

/** The statistics' counts, recounted from Dossier and Rating rows. */
async function recount(kind: StatPeriodKind, agencyId?: string) {
  const where: Prisma.DossierWhereInput = { submittedAt: instants(kind), ...(agencyId ? { agencyId } : {}) };
  const n = (extra: Prisma.DossierWhereInput) => db.dossier.count({ where: { ...where, ...extra } });
  const rating = (extra: Prisma.RatingWhereInput = {}) => db.rating.count({ where: { dossier: where, ...extra } });
  const [received, early, onTime, late, online, feeBearing, paidOnline, rated, satisfied] = await Promise.all([
    n({}), n({ finishTiming: "EARLY" }), n({ finishTiming: "ON_TIME" }), n({ finishTiming: "LATE" }),
    n({ channel: { in: ["ONLINE", "NATIONAL_PORTAL"] } }), n({ feeAmount: { gt: 0 } }), n({ paidOnline: true }),
    rating(), rating({ score: "SATISFIED" }),
  ]);
  return {
    received, finished: early + onTime + late, finishedEarly: early, finishedOnTime: onTime, finishedLate: late,
    online, feeBearing, paidOnline, rated, ratedSatisfied: satisfied,
  };
}

let busiest: { id: string; code: string };
let commune: { id: string; code: string };

beforeAll(async () => {
  // The agencies with the most dossiers this year: a department and a commune.
  const year = instants("year");
  const top = await db.dossier.groupBy({ by: ["agencyId"], where: { submittedAt: year }, _count: { _all: true }, orderBy: { _count: { agencyId: "desc" } } });
  const agencies = await db.agency.findMany({ where: { id: { in: top.map((t) => t.agencyId) } }, select: { id: true, code: true, kind: true } });
  const ordered = top.map((t) => agencies.find((a) => a.id === t.agencyId)!);
  busiest = ordered.find((a) => a.kind === "DEPARTMENT")!;
  commune = ordered.find((a) => a.kind === "COMMUNE")!;
  expect(busiest && commune).toBeTruthy();
});

describe("getPublicStatistics equals counts of the dossiers themselves", () => {
  for (const kind of ["month", "year"] as const) {
    it(`for the province, this ${kind}`, async () => {
      const stats = await getPublicStatistics({ period: kind }, now);
      const expected = await recount(kind);
      if (kind === "year") expect(expected.received).toBeGreaterThan(0);
      expect(stats.agency).toBeNull();
      expect(stats.counts).toEqual(expected);
    });

    it(`for one department and one commune, this ${kind}`, async () => {
      for (const agency of [busiest, commune]) {
        const stats = await getPublicStatistics({ period: kind, agency: agency.code }, now);
        expect(stats.agency?.code).toBe(agency.code);
        expect(stats.counts, agency.code).toEqual(await recount(kind, agency.id));
      }
    });
  }

  it("shares are the ratios the brief defines", async () => {
    const stats = await getPublicStatistics({ period: "year" }, now);
    const c = await recount("year");
    expect(c.finished).toBeGreaterThan(0);
    expect(stats.shares.onTime).toBeCloseTo((c.finishedEarly + c.finishedOnTime) / c.finished, 10);
    expect(stats.shares.online).toBeCloseTo(c.online / c.received, 10);
    expect(stats.shares.onlinePayment).toBeCloseTo(c.paidOnline / c.feeBearing, 10);
    expect(stats.shares.satisfaction).toBeCloseTo(c.ratedSatisfied / c.rated, 10);
  });

  it("the 12-month series of an agency equals its dossiers per Vietnam month of submission", async () => {
    const stats = await getPublicStatistics({ period: "month", agency: busiest.code }, now);
    const months = lastMonthKeys(now, 12);
    expect(stats.monthly.map((m) => m.month)).toEqual(months);
    const dossiers = await db.dossier.findMany({
      where: { agencyId: busiest.id, submittedAt: { gte: vnInstant(`${months[0]}-01`) } },
      select: { submittedAt: true, finishTiming: true },
    });
    for (const m of stats.monthly) {
      // Vietnam month of an instant: shift by +7 h, then read the UTC month.
      const inMonth = dossiers.filter((d) => new Date(d.submittedAt!.getTime() + 7 * 3_600_000).toISOString().slice(0, 7) === m.month);
      const finished = inMonth.filter((d) => d.finishTiming !== null);
      const onTime = finished.filter((d) => d.finishTiming !== "LATE");
      expect({ month: m.month, received: m.received, finished: m.finished, onTime: m.onTime }).toEqual({
        month: m.month, received: inMonth.length, finished: finished.length, onTime: onTime.length,
      });
      expect(m.onTimeShare).toBe(finished.length ? onTime.length / finished.length : null);
    }
    expect(stats.monthly.reduce((s, m) => s + m.received, 0)).toBe(dossiers.length);
  });

  it("the ranking lists every agency with dossiers, adds up to the province, and is ordered by on-time share", async () => {
    const stats = await getPublicStatistics({ period: "year" }, now);
    const perAgency = await db.dossier.groupBy({ by: ["agencyId"], where: { submittedAt: instants("year") }, _count: { _all: true } });
    expect(stats.ranking).toHaveLength(perAgency.length);
    expect(stats.ranking.reduce((s, r) => s + r.counts.received, 0)).toBe(stats.counts.received);
    const row = stats.ranking.find((r) => r.code === busiest.code)!;
    expect(row.counts).toEqual(await recount("year", busiest.id));
    const onTime = stats.ranking.map((r) => r.shares.onTime ?? -1);
    expect(onTime).toEqual([...onTime].sort((a, b) => b - a));
    expect(stats.ranking[0].rank).toBe(1);
  });

  it("an unknown agency or period falls back to the province this month", async () => {
    const stats = await getPublicStatistics(ZStatisticsQuery.parse({ period: "decade", agency: "KHONGCO" }), now);
    expect(stats.period.kind).toBe("month");
    expect(stats.agency).toBeNull();
    expect(stats.counts).toEqual(await recount("month"));
  });

  it("offers active departments and communes, never the province itself", async () => {
    const stats = await getPublicStatistics({ period: "month" }, now);
    const expected = await db.agency.count({ where: { isActive: true, kind: { in: ["DEPARTMENT", "COMMUNE"] } } });
    expect(stats.agencies).toHaveLength(expected);
    expect(stats.agencies.some((a) => a.kind === "PROVINCE")).toBe(false);
  });
});

describe("home page figures", () => {
  it("headline figures equal the per-procedure rollup and the procedure table, counted separately", async () => {
    const { getHeadlineFigures } = await import("@/lib/server/stats/get-headline-figures");
    const figures = await getHeadlineFigures(now);
    const vn = new Date(now.getTime() + 7 * 3600_000);
    const yearStart = new Date(Date.UTC(vn.getUTCFullYear(), 0, 1));
    const since = new Date(Date.UTC(vn.getUTCFullYear(), vn.getUTCMonth() - 11, 1));
    const [published, fullOnline, thisYear, last12, online12] = await Promise.all([
      db.procedure.count({ where: { isPublished: true } }),
      db.procedure.count({ where: { isPublished: true, level: "FULL_ONLINE" } }),
      db.dossierStatMonthly.aggregate({ where: { month: { gte: yearStart } }, _sum: { received: true } }),
      db.dossierStatMonthly.aggregate({ where: { month: { gte: since } }, _sum: { finished: true, finishedEarly: true, finishedOnTime: true, received: true, ratedSatisfied: true, ratedNeutral: true, ratedDissatisfied: true } }),
      db.dossierStatMonthly.aggregate({ where: { month: { gte: since }, channel: { in: ["ONLINE", "NATIONAL_PORTAL"] } }, _sum: { received: true } }),
    ]);
    const s = last12._sum;
    expect(s.received).toBeGreaterThan(0);
    expect(figures).toMatchObject({
      procedures: published,
      fullOnlineProcedures: fullOnline,
      year: vn.getUTCFullYear(),
      receivedThisYear: thisYear._sum.received ?? 0,
    });
    expect(figures.onTimeShare).toBeCloseTo(((s.finishedEarly ?? 0) + (s.finishedOnTime ?? 0)) / (s.finished ?? 0), 12);
    expect(figures.onlineShare).toBeCloseTo((online12._sum.received ?? 0) / (s.received ?? 0), 12);
    expect(figures.satisfiedShare).toBeCloseTo((s.ratedSatisfied ?? 0) / ((s.ratedSatisfied ?? 0) + (s.ratedNeutral ?? 0) + (s.ratedDissatisfied ?? 0)), 12);
  });

  it("popular procedures are the published ones with the most dossiers over 12 months, most first", async () => {
    const { listPopularProcedures } = await import("@/lib/server/procedures/list-popular-procedures");
    const popular = await listPopularProcedures({ limit: 6, now });
    const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
    const top = await db.dossierStatMonthly.groupBy({ by: ["procedureId"], where: { month: { gte: since } }, _sum: { received: true }, orderBy: { _sum: { received: "desc" } }, take: 6 });
    const published = await db.procedure.findMany({ where: { id: { in: top.map((t) => t.procedureId) }, isPublished: true }, select: { id: true, code: true } });
    const codeOf = new Map(published.map((p) => [p.id, p.code]));
    expect(popular.length).toBeGreaterThan(0);
    expect(popular.map((p) => p.dossiers)).toEqual(top.filter((t) => codeOf.has(t.procedureId)).map((t) => t._sum.received));
    // Each one's count is its own (ties at the last place may pick either procedure).
    const all = await db.dossierStatMonthly.groupBy({ by: ["procedureId"], where: { month: { gte: since } }, _sum: { received: true } });
    const procedures = await db.procedure.findMany({ where: { code: { in: popular.map((p) => p.code) } }, select: { id: true, code: true, isPublished: true } });
    const received = new Map(all.map((g) => [g.procedureId, g._sum.received]));
    for (const p of popular) {
      const row = procedures.find((r) => r.code === p.code)!;
      expect(row.isPublished).toBe(true);
      expect(received.get(row.id)).toBe(p.dossiers);
    }
  });
});
