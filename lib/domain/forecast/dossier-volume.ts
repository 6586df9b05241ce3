// How many dossiers will each agency receive in the coming months? From the monthly rollup.
//
// In plain words: the monthly count grows (or shrinks) by a steady percentage, and drops in
// the month(s) that the Tết break falls in — the break moves between January and February, so
// we measure how much of each month it covers from a table of Lunar New Year dates. We fit
//   log(dossiers) = level + growth × month + Tết effect × (share of the Tết break in the month)
// by least squares on up to 36 complete months (months with no dossier are handled by adding
// one before taking the logarithm), then extend the line over the next months. The band is
// the 80 % prediction interval from the spread of past errors around the line. The fit is
// exact least squares done in two steps (Frisch–Waugh–Lovell): remove the time trend from both
// the counts and the Tết shares, regress one remainder on the other for the Tết effect, then
// fit the trend on the counts with the Tết effect taken out.
import { linearRegression, probit } from "simple-statistics";
import { rollingOriginSums, accuracyOf, type Accuracy, type ErrorSums, type Interval, type Point } from "./backtest";
import { addMonths, tetShare } from "./lunar-new-year";

export type MonthValue = { month: string; value: number };
export type MonthForecast = { month: string } & Interval;

export const VOLUME = {
  /** Fewest complete months with dossiers to fit the model. */
  minMonths: 12,
  /** Months used to fit (the most recent). */
  window: 36,
  /** Months forecast ahead. */
  horizon: 3,
  /** Months held out by the backtest. */
  holdout: 9,
  nominal: 0.8,
} as const;

export type VolumeModel = {
  /** Index 0 = first month of the fit. */
  firstMonth: string;
  n: number;
  level: number;
  /** Growth per month on the log scale (exp(growth) − 1 = monthly growth rate). */
  growth: number;
  /** Tết effect on the log scale for a month holding the whole break (exp(tet) = factor). */
  tet: number;
  /** Residual standard deviation on the log scale. */
  sigma: number;
  meanT: number;
  sxx: number;
  /** log(y) or log(1 + y). */
  offset: 0 | 1;
};

/** The months from the first one with dossiers (earlier zeros are before the agency started). */
export function trimLeadingZeros(series: readonly MonthValue[]): MonthValue[] {
  const first = series.findIndex((p) => p.value > 0);
  return first < 0 ? [] : series.slice(first);
}

export function hasEnoughHistory(series: readonly MonthValue[]): boolean {
  return trimLeadingZeros(series).length >= VOLUME.minMonths;
}

/** Fits the model on the last `window` months; null when there are too few. */
export function fitVolumeModel(series: readonly MonthValue[], window: number = VOLUME.window): VolumeModel | null {
  const s = trimLeadingZeros(series).slice(-window);
  const n = s.length;
  if (n < VOLUME.minMonths) return null;
  const offset: 0 | 1 = s.every((p) => p.value > 0) ? 0 : 1;
  const y = s.map((p) => Math.log(p.value + offset));
  const z = s.map((p) => tetShare(p.month));
  const t = s.map((_, i) => i);
  // Frisch–Waugh–Lovell: the Tết effect from the detrended values and shares.
  const fy = linearRegression(t.map((ti, i) => [ti, y[i]]));
  const fz = linearRegression(t.map((ti, i) => [ti, z[i]]));
  const ry = t.map((ti, i) => y[i] - (fy.b + fy.m * ti));
  const rz = t.map((ti, i) => z[i] - (fz.b + fz.m * ti));
  const szz = rz.reduce((a, v) => a + v * v, 0);
  const tet = szz > 1e-9 ? ry.reduce((a, v, i) => a + v * rz[i], 0) / szz : 0;
  const f = linearRegression(t.map((ti, i) => [ti, y[i] - tet * z[i]]));
  const params = szz > 1e-9 ? 3 : 2;
  const sse = t.reduce((a, ti, i) => a + (y[i] - f.b - f.m * ti - tet * z[i]) ** 2, 0);
  const sigma = n > params ? Math.sqrt(sse / (n - params)) : 0;
  const meanT = (n - 1) / 2;
  const sxx = t.reduce((a, ti) => a + (ti - meanT) ** 2, 0);
  return { firstMonth: s[0].month, n, level: f.b, growth: f.m, tet, sigma, meanT, sxx, offset };
}

const Z80 = probit(0.9);

/** Forecast of month `month` with the model (80 % interval). */
export function predictVolume(m: VolumeModel, month: string): Interval {
  const [y0, m0] = m.firstMonth.split("-").map(Number);
  const [y1, m1] = month.split("-").map(Number);
  const t = (y1 - y0) * 12 + (m1 - m0);
  const mu = m.level + m.growth * t + m.tet * tetShare(month);
  const se = m.sigma * Math.sqrt(1 + 1 / m.n + (t - m.meanT) ** 2 / m.sxx);
  const back = (v: number) => Math.max(0, Math.exp(v) - m.offset);
  return { mean: back(mu), low: back(mu - Z80 * se), high: back(mu + Z80 * se) };
}

/** The next `horizon` months after the last month of the series. */
export function forecastVolume(series: readonly MonthValue[], horizon: number = VOLUME.horizon): { model: VolumeModel; months: MonthForecast[] } | null {
  const model = fitVolumeModel(series);
  if (!model || series.length === 0) return null;
  const last = series[series.length - 1].month;
  return { model, months: Array.from({ length: horizon }, (_, i) => ({ month: addMonths(last, i + 1), ...predictVolume(model, addMonths(last, i + 1)) })) };
}

/** Months as backtest points (x = month index from the first month). */
function points(series: readonly MonthValue[]): (Point & { month: string })[] {
  return series.map((p, i) => ({ x: i, y: p.value, month: p.month }));
}

/** Rolling-origin backtest over the last 9 months, 1 to 3 months ahead. */
export function backtestVolumeSums(series: readonly MonthValue[]): ErrorSums {
  const s = trimLeadingZeros(series);
  const byX = points(s);
  return rollingOriginSums({
    series: byX,
    minTrain: VOLUME.minMonths,
    holdout: VOLUME.holdout,
    horizon: VOLUME.horizon,
    nominal: VOLUME.nominal,
    forecast: (train, xs) => {
      const model = fitVolumeModel(train.map((p) => ({ month: p.month, value: p.y })));
      return model ? xs.map((x) => predictVolume(model, byX[x].month)) : null;
    },
  });
}

export function backtestVolume(series: readonly MonthValue[]): Accuracy {
  return accuracyOf(backtestVolumeSums(series), VOLUME.nominal);
}
