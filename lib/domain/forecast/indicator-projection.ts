// Where will an indicator stand at its 2025 and 2030 target dates (December of that year)?
//
// In plain words: we draw the straight line that best fits the indicator's last 24 monthly
// values (least squares), extend it to the target month, and give the 80 % prediction
// interval from how far the monthly values strayed from the line. The chance of meeting the
// target is the probability, under that spread, of landing on the right side of the target
// (above it for "higher is better", below it for "lower is better"): 70 % or more reads as
// "likely", 30 % or less as "unlikely", in between as "uncertain". Percentages are kept within
// 0–100 %. A target date already in the past is judged on the value actually reported then.
import { cumulativeStdNormalProbability, linearRegression, probit } from "simple-statistics";
import { accuracyOf, rollingOriginSums, type Accuracy, type ErrorSums, type Interval, type Point } from "./backtest";
import { monthsBetween } from "./lunar-new-year";

export type Direction = "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
export type MonthValue = { month: string; value: number };

export const PROJECTION = { window: 24, minPoints: 6, holdout: 12, horizon: 12, minTrain: 12, nominal: 0.8, likely: 0.7, unlikely: 0.3 } as const;

export type Verdict = "met" | "missed" | "likely" | "uncertain" | "unlikely";

export type TargetProjection =
  | { year: number; target: number; kind: "observed"; month: string; value: number; verdict: "met" | "missed" }
  | { year: number; target: number; kind: "projected"; month: string; value: number; low: number; high: number; probability: number; verdict: "likely" | "uncertain" | "unlikely" }
  | { year: number; target: number; kind: "insufficient" };

export type LineFit = { first: string; n: number; intercept: number; slope: number; sigma: number; meanX: number; sxx: number };

const Z80 = probit(0.9);

export function fitLine(series: readonly MonthValue[], window: number = PROJECTION.window): LineFit | null {
  const s = series.slice(-window);
  const n = s.length;
  if (n < 3) return null;
  const xs = s.map((p) => monthsBetween(s[0].month, p.month));
  const f = linearRegression(xs.map((x, i) => [x, s[i].value]));
  const sse = xs.reduce((a, x, i) => a + (s[i].value - f.b - f.m * x) ** 2, 0);
  const meanX = xs.reduce((a, x) => a + x, 0) / n;
  const sxx = xs.reduce((a, x) => a + (x - meanX) ** 2, 0);
  if (sxx === 0) return null;
  return { first: s[0].month, n, intercept: f.b, slope: f.m, sigma: Math.sqrt(sse / (n - 2)), meanX, sxx };
}

/** The line's value at `month` with its 80 % prediction interval and standard error (unclamped). */
export function predictLine(f: LineFit, month: string): Interval & { se: number } {
  const x = monthsBetween(f.first, month);
  const mean = f.intercept + f.slope * x;
  const se = f.sigma * Math.sqrt(1 + 1 / f.n + (x - f.meanX) ** 2 / f.sxx);
  return { mean, low: mean - Z80 * se, high: mean + Z80 * se, se };
}

const clampTo = (bounds: { min: number; max: number }) => (v: number) => Math.min(bounds.max, Math.max(bounds.min, v));

/** Physical bounds of a value by its unit: percentages stay within 0–100, counts at or above 0. */
export function boundsOf(unit: string): { min: number; max: number } {
  return unit.trim() === "%" ? { min: 0, max: 100 } : { min: 0, max: Infinity };
}

export function meets(value: number, target: number, direction: Direction): boolean {
  return direction === "HIGHER_IS_BETTER" ? value >= target : value <= target;
}

export function verdictOf(probability: number): "likely" | "uncertain" | "unlikely" {
  return probability >= PROJECTION.likely ? "likely" : probability <= PROJECTION.unlikely ? "unlikely" : "uncertain";
}

export function projectToTarget(input: {
  series: readonly MonthValue[];
  year: number;
  target: number;
  direction: Direction;
  unit: string;
}): TargetProjection {
  const { series, year, target, direction } = input;
  const month = `${year}-12`;
  const s = [...series].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  const last = s[s.length - 1];
  if (last && last.month >= month) {
    const at = [...s].reverse().find((p) => p.month <= month) ?? s[0];
    return { year, target, kind: "observed", month: at.month, value: at.value, verdict: meets(at.value, target, direction) ? "met" : "missed" };
  }
  const f = s.length >= PROJECTION.minPoints ? fitLine(s) : null;
  if (!f) return { year, target, kind: "insufficient" };
  const p = predictLine(f, month);
  const clamp = clampTo(boundsOf(input.unit));
  let probability: number;
  if (p.se === 0) probability = meets(p.mean, target, direction) ? 1 : 0;
  else {
    const zScore = (p.mean - target) / p.se;
    probability = direction === "HIGHER_IS_BETTER" ? cumulativeStdNormalProbability(zScore) : 1 - cumulativeStdNormalProbability(zScore);
  }
  return { year, target, kind: "projected", month, value: clamp(p.mean), low: clamp(p.low), high: clamp(p.high), probability, verdict: verdictOf(probability) };
}

/** Rolling-origin backtest: each of the last 12 months forecast 1–12 months ahead by the line. */
export function backtestIndicator(series: readonly MonthValue[], unit: string): Accuracy {
  return accuracyOf(backtestIndicatorSums(series, unit), PROJECTION.nominal);
}

/** The same, as sums that pool over indicators. */
export function backtestIndicatorSums(series: readonly MonthValue[], unit: string): ErrorSums {
  const clamp = clampTo(boundsOf(unit));
  const pts: (Point & { month: string })[] = series.map((p, i) => ({ x: i, y: p.value, month: p.month }));
  return rollingOriginSums({
    series: pts,
    minTrain: PROJECTION.minTrain,
    holdout: PROJECTION.holdout,
    horizon: PROJECTION.horizon,
    nominal: PROJECTION.nominal,
    forecast: (train, xs) => {
      const f = fitLine(train.map((p) => ({ month: p.month, value: p.y })));
      if (!f) return null;
      return xs.map((x) => {
        const p = predictLine(f, pts[x].month);
        return { mean: clamp(p.mean), low: clamp(p.low), high: clamp(p.high) };
      });
    },
  });
}
