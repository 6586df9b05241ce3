import { describe, expect, it } from "vitest";
import { accuracyOf, addSums, errorSums, rollingOriginBacktest, type Interval, type Point } from "./backtest";

describe("errorSums / accuracyOf", () => {
  it("computes MAE, MAPE, WAPE and coverage of known forecasts", () => {
    const f: Interval[] = [
      { mean: 110, low: 90, high: 120 }, // actual 100: error 10 (10 %), inside
      { mean: 180, low: 170, high: 195 }, // actual 200: error 20 (10 %), outside
    ];
    const a = accuracyOf(errorSums([100, 200], f), 0.8);
    expect(a).toMatchObject({ n: 2, mae: 15, coverage: 0.5, nominal: 0.8 });
    expect(a.mape).toBeCloseTo(0.1, 12);
    expect(a.wape).toBeCloseTo(0.1, 12);
  });

  it("leaves zero actual values out of MAPE but not out of MAE / WAPE", () => {
    const a = accuracyOf(errorSums([0, 50], [{ mean: 5, low: 0, high: 10 }, { mean: 40, low: 30, high: 45 }]), 0.8);
    expect(a.mae).toBe(7.5);
    expect(a.mape).toBeCloseTo(0.2, 12);
    expect(a.wape).toBeCloseTo(15 / 50, 12);
    expect(a.coverage).toBe(0.5);
  });

  it("has no figures without comparisons", () => {
    expect(accuracyOf(addSums(errorSums([], []), errorSums([], [])), 0.8)).toEqual({ n: 0, mae: null, mape: null, wape: null, coverage: null, nominal: 0.8 });
  });
});

describe("rollingOriginBacktest", () => {
  const series: Point[] = [1, 2, 3, 4, 5, 6].map((y, x) => ({ x, y }));

  it("replays the last-value method on a known series exactly as by hand", () => {
    const seen: number[][] = [];
    const a = rollingOriginBacktest({
      series,
      minTrain: 2,
      holdout: 3,
      horizon: 2,
      nominal: 0.8,
      forecast: (train, xs) => {
        seen.push([train.length, ...xs]);
        const last = train[train.length - 1].y;
        return xs.map(() => ({ mean: last, low: last - 0.5, high: last + 0.5 }));
      },
    });
    // Origins 3, 4, 5: forecasts of (4, 5) from 3, (5, 6) from 4, (6) from 5.
    expect(seen).toEqual([[3, 3, 4], [4, 4, 5], [5, 5]]);
    expect(a.n).toBe(5);
    expect(a.mae).toBeCloseTo(7 / 5, 12); // errors 1, 2, 1, 2, 1
    expect(a.mape).toBeCloseTo((1 / 4 + 2 / 5 + 1 / 5 + 2 / 6 + 1 / 6) / 5, 12);
    expect(a.coverage).toBe(0);
  });

  it("skips origins with too little training data and origins where the method declines", () => {
    const a = rollingOriginBacktest({ series, minTrain: 5, holdout: 4, horizon: 1, nominal: 0.8, forecast: (train, xs) => (train.length === 5 ? xs.map(() => ({ mean: 6, low: 6, high: 6 })) : null) });
    expect(a.n).toBe(1);
    expect(a.mae).toBe(0);
    expect(a.coverage).toBe(1);
  });

  it("a method that knows the rule of the series scores zero error and full coverage", () => {
    const a = rollingOriginBacktest({ series, minTrain: 2, holdout: 4, horizon: 3, nominal: 0.8, forecast: (_t, xs) => xs.map((x) => ({ mean: x + 1, low: x + 1, high: x + 1 })) });
    expect(a.n).toBe(3 + 3 + 2 + 1);
    expect(a.mae).toBe(0);
    expect(a.coverage).toBe(1);
  });
});
