// When will a task reach 100 %? From the task's own progress reports.
//
// In plain words: we look at how many percentage points the task gained per month between
// consecutive reports over its last 12 reporting periods ("its recent pace"), then replay that
// pace at random — each simulated month draws one of those past monthly gains — 1,000 times,
// starting from the latest report. The middle simulated finish is the projected completion
// date, the 10th–90th percentile of finishes is the band, and the share of simulations that
// finish by the due date is the probability of meeting the deadline (a bootstrap over the
// task's historical velocities). A task that moved at a constant pace gets an exact date.
// Done tasks, tasks with fewer than two reports and stalled tasks are answered explicitly.
import { median, quantileSorted } from "simple-statistics";
import { Rng } from "@/lib/domain/random";
import type { Interval, Point } from "./backtest";
import { accuracyOf, rollingOriginSums, type Accuracy, type ErrorSums } from "./backtest";

export const DAY_MS = 86_400_000;
/** An average month, in milliseconds. */
export const MONTH_MS = 30.4375 * DAY_MS;
/** Reporting periods of the recent pace. */
export const PACE_WINDOW = 12;
export const SIMULATIONS = 1000;
/** Simulations stop after 10 years: later finishes count as "not within 10 years". */
export const HORIZON_MONTHS = 120;
/** The band: 10th to 90th percentile (an 80 % interval). */
export const BAND = { low: 0.1, high: 0.9, nominal: 0.8 } as const;

export type ProgressPoint = { at: Date; progress: number };

export type TaskForecast =
  | { kind: "done"; completedAt: Date | null; onTime: boolean | null }
  | { kind: "insufficient"; points: number }
  | { kind: "stalled"; lastAt: Date; lastProgress: number; probability: number }
  | {
      kind: "forecast";
      lastAt: Date;
      lastProgress: number;
      /** Median pace in percentage points a month over the recent window. */
      pacePerMonth: number;
      /** Middle simulated finish; null when most simulations do not finish within 10 years. */
      projected: Date | null;
      low: Date | null;
      /** null: the 90th percentile lies beyond 10 years. */
      high: Date | null;
      /** Probability (0–1) of reaching 100 % by the due date. */
      probability: number;
    };

export type TaskForecastInput = {
  history: readonly ProgressPoint[];
  dueDate: Date;
  status: string;
  completedAt?: Date | null;
  /** Seed of the simulation (e.g. the task code): the same input always gives the same answer. */
  seed: string;
  /** The clock: a task not done after its due date can no longer meet it. */
  now: Date;
};

/** Reports oldest first, one per instant (the later report of the same instant wins). */
function clean(history: readonly ProgressPoint[]): ProgressPoint[] {
  const sorted = [...history].sort((a, b) => a.at.getTime() - b.at.getTime());
  const out: ProgressPoint[] = [];
  for (const p of sorted) {
    if (out.length && out[out.length - 1].at.getTime() === p.at.getTime()) out[out.length - 1] = p;
    else out.push(p);
  }
  return out;
}

/** Percentage points gained per month between consecutive reports of the recent window. */
export function recentPaces(history: readonly ProgressPoint[], window = PACE_WINDOW): number[] {
  const h = clean(history).slice(-(window + 1));
  const out: number[] = [];
  for (let i = 1; i < h.length; i++) {
    const dt = (h[i].at.getTime() - h[i - 1].at.getTime()) / MONTH_MS;
    if (dt > 0) out.push((h[i].progress - h[i - 1].progress) / dt);
  }
  return out;
}

/**
 * Simulated paths from (t0, p0) drawing a monthly pace from `paces` each month. Returns the
 * finish time of each path (Infinity when beyond the horizon) and, for each of `at`, the
 * progress of each path at that time (capped at 100).
 */
const NONE: number[] = [];

export function simulate(t0: number, p0: number, paces: readonly number[], seed: string, at: readonly number[] = [], needFinish = true, sims = SIMULATIONS) {
  const rng = new Rng(`forecast:${seed}`);
  const finishes: number[] = [];
  const progressAt: number[][] = at.map(() => []);
  for (let s = 0; s < sims; s++) {
    let t = t0;
    let p = Math.min(100, p0);
    let finish = p >= 100 ? t : Infinity;
    const pending = at.length ? at.map((_, i) => i) : NONE;
    for (let m = 0; m < HORIZON_MONTHS && ((needFinish && finish === Infinity) || pending.length); m++) {
      const v = paces[paces.length === 1 ? 0 : Math.floor(rng.next() * paces.length)];
      const tNext = t + MONTH_MS;
      // Targets inside this month: progress grows linearly within the month.
      for (let k = pending.length - 1; k >= 0; k--) {
        const target = at[pending[k]];
        if (target < tNext) {
          progressAt[pending[k]].push(Math.max(0, Math.min(100, p + (v * Math.max(0, target - t)) / MONTH_MS)));
          pending.splice(k, 1);
        }
      }
      if (finish === Infinity && v > 0 && p + v >= 100) finish = t + ((100 - p) / v) * MONTH_MS;
      p = Math.max(0, Math.min(100, p + v));
      t = tNext;
    }
    for (const k of pending) progressAt[k].push(p);
    finishes.push(finish);
  }
  return { finishes, progressAt };
}

/** Quantile of sorted values that may end with Infinity (Infinity when it reaches them). */
function q(sorted: readonly number[], p: number): number {
  if (!Number.isFinite(sorted[Math.floor((sorted.length - 1) * p)])) return Infinity;
  return quantileSorted(sorted as number[], p);
}

const asDate = (ms: number) => (Number.isFinite(ms) ? new Date(Math.round(ms)) : null);

export function forecastTaskCompletion(input: TaskForecastInput): TaskForecast {
  const due = input.dueDate.getTime();
  if (input.status === "DONE") {
    const completedAt = input.completedAt ?? null;
    return { kind: "done", completedAt, onTime: completedAt ? completedAt.getTime() <= due : null };
  }
  const h = clean(input.history);
  if (h.length < 2) return { kind: "insufficient", points: h.length };
  const last = h[h.length - 1];
  const paces = recentPaces(h);
  const lateAlready = input.now.getTime() > due + DAY_MS - 1;
  if (!paces.some((v) => v > 0)) {
    return { kind: "stalled", lastAt: last.at, lastProgress: last.progress, probability: 0 };
  }
  const { finishes } = simulate(last.at.getTime(), last.progress, paces, input.seed);
  const sorted = [...finishes].sort((a, b) => a - b);
  const onTime = lateAlready ? 0 : sorted.filter((f) => f <= due + DAY_MS - 1).length / sorted.length;
  return {
    kind: "forecast",
    lastAt: last.at,
    lastProgress: last.progress,
    pacePerMonth: median(paces),
    projected: asDate(q(sorted, 0.5)),
    low: asDate(q(sorted, BAND.low)),
    high: asDate(q(sorted, BAND.high)),
    probability: onTime,
  };
}

/** Forecast of the progress at future instants (median and the 80 % band), or null without a pace. */
export function forecastProgressAt(history: readonly ProgressPoint[], at: readonly Date[], seed: string): Interval[] | null {
  const h = clean(history);
  if (h.length < 2) return null;
  const paces = recentPaces(h);
  if (paces.length === 0) return null;
  const last = h[h.length - 1];
  const { progressAt } = simulate(last.at.getTime(), last.progress, paces, seed, at.map((d) => d.getTime()), false);
  return progressAt.map((values) => {
    const s = [...values].sort((a, b) => a - b);
    return { mean: q(s, 0.5), low: q(s, BAND.low), high: q(s, BAND.high) };
  });
}

/** Points of a task's history for backtesting: x = time (ms), y = progress. */
export function progressSeries(history: readonly ProgressPoint[]): Point[] {
  return clean(history).map((p) => ({ x: p.at.getTime(), y: p.progress }));
}

/** Held-out reports of one task's history and what the method would have said. */
export const TASK_BACKTEST = { holdout: 3, horizon: 3, minTrain: 3 } as const;

/**
 * Measured accuracy on the task's own history: hide each of its last 3 reports in turn, forecast
 * them (up to 3 reports ahead) from the reports before, compare. Error in percentage points.
 */
export function backtestTaskProgress(history: readonly ProgressPoint[], seed: string): Accuracy {
  return accuracyOf(backtestTaskProgressSums(history, seed), BAND.nominal);
}

/** The same, as sums that pool over tasks (the method's accuracy over the whole plan). */
export function backtestTaskProgressSums(history: readonly ProgressPoint[], seed: string): ErrorSums {
  return rollingOriginSums({
    series: progressSeries(history),
    minTrain: TASK_BACKTEST.minTrain,
    holdout: TASK_BACKTEST.holdout,
    horizon: TASK_BACKTEST.horizon,
    nominal: BAND.nominal,
    forecast: (train, xs) =>
      forecastProgressAt(train.map((p) => ({ at: new Date(p.x), progress: p.y })), xs.map((x) => new Date(x)), `${seed}:bt:${train.length}`),
  });
}
