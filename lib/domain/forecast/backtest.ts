// Measured accuracy of a forecast method: rolling-origin backtesting. We pretend to stand at an
// earlier point of the history (the "origin"), forecast the next points with only what was
// known then, and compare with what really happened. The origin rolls over the last `holdout`
// points, so each held-out point is forecast from every origin up to `horizon` steps before it.
// The figures shown beside every forecast on the dashboards come from here, at request time.

export type Point = { x: number; y: number };
/** A forecast of one future point: central value and the bounds of its interval. */
export type Interval = { mean: number; low: number; high: number };

/** Sums that pool across series (agencies, tasks) before turning into averages. */
export type ErrorSums = {
  /** Forecasts compared with actual values. */
  n: number;
  sumAbsError: number;
  sumAbsActual: number;
  /** |error| / |actual| summed over points whose actual value is not zero, and their number. */
  sumAbsPctError: number;
  nPct: number;
  /** Actual values inside the forecast interval. */
  covered: number;
};

export type Accuracy = {
  /** Number of (origin, held-out point) comparisons. */
  n: number;
  /** Mean absolute error, in the unit of the series. */
  mae: number | null;
  /** Mean absolute percentage error (0.12 = 12 %), over actual values ≠ 0. */
  mape: number | null;
  /** Weighted absolute percentage error: Σ|error| / Σ|actual| (robust to small counts). */
  wape: number | null;
  /** Share of actual values inside the interval; compare with `nominal`. */
  coverage: number | null;
  nominal: number;
};

export const EMPTY_SUMS: ErrorSums = { n: 0, sumAbsError: 0, sumAbsActual: 0, sumAbsPctError: 0, nPct: 0, covered: 0 };

export function addSums(a: ErrorSums, b: ErrorSums): ErrorSums {
  return {
    n: a.n + b.n,
    sumAbsError: a.sumAbsError + b.sumAbsError,
    sumAbsActual: a.sumAbsActual + b.sumAbsActual,
    sumAbsPctError: a.sumAbsPctError + b.sumAbsPctError,
    nPct: a.nPct + b.nPct,
    covered: a.covered + b.covered,
  };
}

/** Error sums of forecasts against actual values (same order). */
export function errorSums(actual: readonly number[], forecast: readonly Interval[]): ErrorSums {
  if (actual.length !== forecast.length) throw new RangeError("actual and forecast differ in length");
  let s = EMPTY_SUMS;
  actual.forEach((y, i) => {
    const f = forecast[i];
    const e = Math.abs(y - f.mean);
    s = addSums(s, {
      n: 1,
      sumAbsError: e,
      sumAbsActual: Math.abs(y),
      sumAbsPctError: y !== 0 ? e / Math.abs(y) : 0,
      nPct: y !== 0 ? 1 : 0,
      covered: y >= f.low - 1e-9 && y <= f.high + 1e-9 ? 1 : 0,
    });
  });
  return s;
}

export function accuracyOf(s: ErrorSums, nominal: number): Accuracy {
  return {
    n: s.n,
    mae: s.n > 0 ? s.sumAbsError / s.n : null,
    mape: s.nPct > 0 ? s.sumAbsPctError / s.nPct : null,
    wape: s.sumAbsActual > 0 ? s.sumAbsError / s.sumAbsActual : null,
    coverage: s.n > 0 ? s.covered / s.n : null,
    nominal,
  };
}

export type BacktestOptions<P extends Point> = {
  /** The history, oldest first. */
  series: readonly P[];
  /** The method: given the points known at the origin, forecast the points at `xs`. */
  forecast: (train: readonly P[], xs: readonly number[]) => readonly Interval[] | null;
  /** Fewest points the method needs to fit; earlier origins are skipped. */
  minTrain: number;
  /** How many of the last points are held out (origins roll over them). */
  holdout: number;
  /** Steps ahead forecast from each origin. */
  horizon: number;
  /** Nominal coverage of the method's interval (e.g. 0.8). */
  nominal: number;
};

/**
 * Rolling-origin evaluation. For each origin o in the last `holdout` positions (and with at
 * least `minTrain` points before it), the method sees series[0..o) and forecasts
 * series[o..o+horizon); every comparison counts once. Origins where the method declines
 * (returns null) are skipped.
 */
export function rollingOriginSums<P extends Point>(o: BacktestOptions<P>): ErrorSums {
  const n = o.series.length;
  let sums = EMPTY_SUMS;
  for (let origin = Math.max(o.minTrain, n - o.holdout); origin < n; origin++) {
    const test = o.series.slice(origin, Math.min(n, origin + o.horizon));
    if (test.length === 0) continue;
    const f = o.forecast(o.series.slice(0, origin), test.map((p) => p.x));
    if (!f) continue;
    sums = addSums(sums, errorSums(test.map((p) => p.y), f));
  }
  return sums;
}

export function rollingOriginBacktest<P extends Point>(o: BacktestOptions<P>): Accuracy {
  return accuracyOf(rollingOriginSums(o), o.nominal);
}
