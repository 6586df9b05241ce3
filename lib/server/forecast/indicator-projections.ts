import "server-only";
import { readDb } from "@/lib/db";
import { accuracyOf, addSums, EMPTY_SUMS, type Accuracy, type ErrorSums } from "@/lib/domain/forecast/backtest";
import { backtestIndicatorSums, PROJECTION, projectToTarget, type MonthValue, type TargetProjection } from "@/lib/domain/forecast/indicator-projection";
import { monthOf, shiftMonth } from "@/lib/domain/report-month";

export type IndicatorProjection = {
  code: string;
  name: string;
  nameEn: string;
  unit: string;
  direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
  isKey: boolean;
  pillarCode: string;
  /** Monthly values reported by the owner agency, oldest first. */
  history: MonthValue[];
  latest: MonthValue | null;
  target2025: TargetProjection;
  target2030: TargetProjection;
  accuracy: Accuracy;
};

export type IndicatorProjections = {
  indicators: IndicatorProjection[];
  /** The last complete month, and how many indicators have a value for it. */
  period: string;
  reported: number;
  lastUpdate: Date | null;
  /** The projection method's accuracy pooled over the indicators. */
  accuracy: Accuracy;
};

type Projection = { sums: ErrorSums; target2025: TargetProjection; target2030: TargetProjection; accuracy: Accuracy };

// The backtest refits the line for every origin of the last 12 months: ~15 ms of CPU per page
// for the leaders' overview, recomputed on every request although an indicator's series changes
// only when a value is reported. The results are pure functions of (series, unit, direction,
// targets), so they are kept per process under exactly that key (shared, never mutated).
const projectionCache = new Map<string, Projection>();
const PROJECTION_CACHE_MAX = 2_000;

function projectionOf(history: MonthValue[], unit: string, direction: IndicatorProjection["direction"], target2025: number, target2030: number): Projection {
  let key = `${unit}\u0000${direction}\u0000${target2025}\u0000${target2030}`;
  for (const h of history) key += `\u0000${h.month}=${h.value}`;
  const cached = projectionCache.get(key);
  if (cached) return cached;
  const sums = backtestIndicatorSums(history, unit);
  const base = { series: history, direction, unit };
  const projection: Projection = {
    sums,
    target2025: projectToTarget({ ...base, year: 2025, target: target2025 }),
    target2030: projectToTarget({ ...base, year: 2030, target: target2030 }),
    accuracy: accuracyOf(sums, PROJECTION.nominal),
  };
  if (projectionCache.size >= PROJECTION_CACHE_MAX) projectionCache.clear();
  projectionCache.set(key, projection);
  return projection;
}

/**
 * Active indicators (only the key ones with `keyOnly`) with their monthly series and the
 * projection to December 2025 and December 2030. The series is the owner agency's: it is the
 * agency that reports the province's value of the indicator.
 */
export async function loadIndicatorProjections(now: Date, options: { keyOnly?: boolean } = {}): Promise<IndicatorProjections> {
  const indicators = await readDb.indicator.findMany({
    where: { isActive: true, ...(options.keyOnly ? { isKey: true } : {}) },
    orderBy: [{ pillar: { order: "asc" } }, { code: "asc" }],
    select: {
      id: true, code: true, name: true, nameEn: true, unit: true, direction: true, isKey: true, ownerAgencyId: true, target2025: true, target2030: true,
      pillar: { select: { code: true } },
    },
  });
  const observations = indicators.length
    ? await readDb.observation.findMany({
        where: { indicatorId: { in: indicators.map((i) => i.id) } },
        orderBy: { period: "asc" },
        select: { indicatorId: true, agencyId: true, period: true, value: true, ingestedAt: true, updatedAt: true },
      })
    : [];
  const period = shiftMonth(monthOf(now), -1);
  let lastUpdate: Date | null = null;
  const byIndicator = new Map<string, MonthValue[]>();
  const owner = new Map(indicators.map((i) => [i.id, i.ownerAgencyId]));
  for (const o of observations) {
    if (owner.get(o.indicatorId) !== o.agencyId) continue;
    const list = byIndicator.get(o.indicatorId) ?? [];
    list.push({ month: o.period.toISOString().slice(0, 7), value: Number(o.value) });
    byIndicator.set(o.indicatorId, list);
    const changed = o.updatedAt > o.ingestedAt ? o.updatedAt : o.ingestedAt;
    if (!lastUpdate || changed > lastUpdate) lastUpdate = changed;
  }
  let pooled = EMPTY_SUMS;
  const rows = indicators.map((i) => {
    const history = byIndicator.get(i.id) ?? [];
    const { sums, target2025, target2030, accuracy } = projectionOf(history, i.unit, i.direction, Number(i.target2025), Number(i.target2030));
    pooled = addSums(pooled, sums);
    return {
      code: i.code, name: i.name, nameEn: i.nameEn, unit: i.unit, direction: i.direction, isKey: i.isKey, pillarCode: i.pillar.code,
      history,
      latest: history[history.length - 1] ?? null,
      target2025,
      target2030,
      accuracy,
    };
  });
  return { indicators: rows, accuracy: accuracyOf(pooled, PROJECTION.nominal), period, reported: rows.filter((r) => r.history.some((h) => h.month === period)).length, lastUpdate };
}
