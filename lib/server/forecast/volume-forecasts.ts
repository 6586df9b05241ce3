import "server-only";
import { readDb } from "@/lib/db";
import { accuracyOf, addSums, EMPTY_SUMS, type Accuracy } from "@/lib/domain/forecast/backtest";
import { backtestVolumeSums, forecastVolume, hasEnoughHistory, VOLUME, type MonthForecast, type MonthValue } from "@/lib/domain/forecast/dossier-volume";
import { monthOf, monthStart, shiftMonth } from "@/lib/domain/report-month";

export type AgencyVolumeForecast = {
  code: string;
  name: string;
  shortName: string;
  kind: "PROVINCE" | "DEPARTMENT" | "COMMUNE";
  /** Complete months, oldest first, zero-filled. */
  history: MonthValue[];
  /** Dossiers received so far in the current (incomplete) month. */
  soFar: number;
  /** null: fewer than 12 complete months with dossiers. */
  forecast: MonthForecast[] | null;
  /** Monthly growth in % and the Tết factor of the fitted model. */
  growthPerMonth: number | null;
  tetFactor: number | null;
  accuracy: Accuracy;
};

export type VolumeForecasts = {
  /** The current month (the first forecast month) and the months forecast. */
  currentMonth: string;
  forecastMonths: string[];
  province: Omit<AgencyVolumeForecast, "code" | "name" | "shortName" | "kind">;
  agencies: AgencyVolumeForecast[];
  /** The method's accuracy pooled over the agencies that have a forecast. */
  agencyAccuracy: Accuracy;
  agenciesWithForecast: number;
  agenciesTotal: number;
  lastUpdate: Date | null;
};

const collator = new Intl.Collator("vi");

/**
 * Dossiers received per agency and month from the agency-level rollup (DossierStatAgencyMonthly, never the
 * dossiers), the forecast of the current month and the two after it, and the backtest of each.
 * History = complete months before the current one, from the second month of the rollup on:
 * the rollup's first month is when the system started receiving and may be partial.
 */
export async function loadVolumeForecasts(now: Date): Promise<VolumeForecasts> {
  const current = monthOf(now);
  const [agencies, grouped, first, newest] = await Promise.all([
    readDb.agency.findMany({ where: { isActive: true, kind: { in: ["DEPARTMENT", "COMMUNE"] } }, select: { id: true, code: true, name: true, shortName: true, kind: true } }),
    readDb.dossierStatAgencyMonthly.groupBy({
      by: ["agencyId", "month"],
      where: { month: { gte: monthStart(shiftMonth(current, -VOLUME.window)), lte: monthStart(current) } },
      _sum: { received: true },
    }),
    readDb.dossierStatAgencyMonthly.findFirst({ orderBy: { month: "asc" }, select: { month: true } }),
    // The [submittedAt] index answers this with one row.
    readDb.dossier.findFirst({ where: { submittedAt: { not: null } }, orderBy: { submittedAt: "desc" }, select: { submittedAt: true } }),
  ]);
  const startMonth = first ? shiftMonth(first.month.toISOString().slice(0, 7), 1) : current;
  const windowStart = shiftMonth(current, -VOLUME.window);
  const from = startMonth > windowStart ? startMonth : windowStart;
  const months: string[] = [];
  for (let m = from; m < current; m = shiftMonth(m, 1)) months.push(m);

  const byAgency = new Map<string, Map<string, number>>();
  for (const g of grouped) {
    const m = g.month.toISOString().slice(0, 7);
    const map = byAgency.get(g.agencyId) ?? new Map<string, number>();
    map.set(m, (map.get(m) ?? 0) + (g._sum.received ?? 0));
    byAgency.set(g.agencyId, map);
  }
  const seriesOf = (values: Map<string, number> | undefined): MonthValue[] => months.map((month) => ({ month, value: values?.get(month) ?? 0 }));
  const forecastMonths = [current, shiftMonth(current, 1), shiftMonth(current, 2)];

  const build = (history: MonthValue[], soFar: number) => {
    const f = hasEnoughHistory(history) ? forecastVolume(history, forecastMonths.length) : null;
    const sums = f ? backtestVolumeSums(history) : EMPTY_SUMS;
    return {
      history,
      soFar,
      forecast: f?.months ?? null,
      growthPerMonth: f ? Math.exp(f.model.growth) - 1 : null,
      tetFactor: f ? Math.exp(f.model.tet) : null,
      accuracy: accuracyOf(sums, VOLUME.nominal),
      sums,
    };
  };

  const provinceMap = new Map<string, number>();
  let provinceSoFar = 0;
  const rows = agencies.map((a) => {
    const values = byAgency.get(a.id);
    for (const [m, v] of values ?? []) {
      if (m === current) provinceSoFar += v;
      else provinceMap.set(m, (provinceMap.get(m) ?? 0) + v);
    }
    return { ...a, ...build(seriesOf(values), values?.get(current) ?? 0) };
  });
  rows.sort((a, b) => (a.kind === b.kind ? collator.compare(a.shortName, b.shortName) : a.kind === "DEPARTMENT" ? -1 : 1));
  const pooled = rows.reduce((s, r) => addSums(s, r.sums), EMPTY_SUMS);
  const { sums: _provinceSums, ...province } = build(seriesOf(provinceMap), provinceSoFar);
  return {
    currentMonth: current,
    forecastMonths,
    province,
    agencies: rows.map(({ id: _id, sums: _sums, ...r }) => r),
    agencyAccuracy: accuracyOf(pooled, VOLUME.nominal),
    agenciesWithForecast: rows.filter((r) => r.forecast).length,
    agenciesTotal: rows.length,
    lastUpdate: newest?.submittedAt ?? null,
  };
}
