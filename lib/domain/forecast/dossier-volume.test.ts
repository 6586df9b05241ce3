import { describe, expect, it } from "vitest";
import { Rng } from "@/lib/domain/random";
import { backtestVolume, fitVolumeModel, forecastVolume, hasEnoughHistory, predictVolume, type MonthValue } from "./dossier-volume";
import { addMonths, tetShare } from "./lunar-new-year";

/** Months from `first`, value = f(index, month). */
const series = (first: string, n: number, f: (i: number, month: string) => number): MonthValue[] =>
  Array.from({ length: n }, (_, i) => ({ month: addMonths(first, i), value: f(i, addMonths(first, i)) }));

// 200 dossiers, +2 % a month, and half the volume in a month that holds the whole Tết break.
const exact = (i: number, month: string) => 200 * 1.02 ** i * 0.5 ** tetShare(month);

describe("fitVolumeModel", () => {
  it("recovers the growth and the Tết factor of a seasonal series exactly", () => {
    const m = fitVolumeModel(series("2024-01", 34, exact))!;
    expect(Math.exp(m.growth)).toBeCloseTo(1.02, 10);
    expect(Math.exp(m.tet)).toBeCloseTo(0.5, 10);
    expect(Math.exp(m.level)).toBeCloseTo(200, 8);
    expect(m.sigma).toBeLessThan(1e-9);
  });

  it("forecasts the next three months of that series exactly, Tết month included", () => {
    const s = series("2024-01", 37, exact); // up to 2027-01
    const f = forecastVolume(s.slice(0, 34))!; // known up to 2026-10
    expect(f.months.map((m) => m.month)).toEqual(["2026-11", "2026-12", "2027-01"]);
    f.months.forEach((m, k) => expect(m.mean).toBeCloseTo(s[34 + k].value, 6));
    // Tết 2027 falls in February: a fourth month would halve.
    const feb = predictVolume(f.model, "2027-02");
    expect(feb.mean).toBeCloseTo(200 * 1.02 ** 37 * 0.5, 6);
  });

  it("copes with months without any dossier and a split Tết (January / February 2025)", () => {
    const m = fitVolumeModel(series("2024-11", 24, (i) => (i % 5 === 0 ? 0 : 3)))!;
    expect(m.offset).toBe(1);
    expect(Number.isFinite(m.sigma)).toBe(true);
    const p = predictVolume(m, "2026-11");
    expect(p.low).toBeGreaterThanOrEqual(0);
    expect(p.low).toBeLessThanOrEqual(p.mean);
    expect(p.mean).toBeLessThanOrEqual(p.high);
  });

  it("needs 12 months from the first month with dossiers", () => {
    expect(hasEnoughHistory(series("2025-01", 11, () => 5))).toBe(false);
    expect(hasEnoughHistory(series("2025-01", 12, () => 5))).toBe(true);
    expect(hasEnoughHistory(series("2025-01", 14, (i) => (i < 3 ? 0 : 5)))).toBe(false);
    expect(fitVolumeModel(series("2025-01", 11, () => 5))).toBeNull();
  });
});

describe("prediction interval", () => {
  it("covers about 80 % of the next month's value on simulated noisy series (fixed seed)", () => {
    const rng = new Rng("coverage:volume");
    let covered = 0;
    let n = 0;
    for (let k = 0; k < 400; k++) {
      const s = series("2024-11", 25, (i, month) => exact(i, month) * Math.exp(rng.normal(0, 0.1)));
      const f = forecastVolume(s.slice(0, 24), 1)!;
      n += 1;
      if (s[24].value >= f.months[0].low && s[24].value <= f.months[0].high) covered += 1;
    }
    const coverage = covered / n;
    expect(coverage).toBeGreaterThan(0.72);
    expect(coverage).toBeLessThan(0.88);
  });
});

describe("backtestVolume", () => {
  it("scores the exact seasonal series with zero error and full coverage", () => {
    const a = backtestVolume(series("2024-01", 24, exact));
    // Origins 15…23 (holdout 9), 3, 3, …, 2, 1 comparisons.
    expect(a.n).toBe(7 * 3 + 2 + 1);
    expect(a.mape).toBeLessThan(1e-9);
    expect(a.coverage).toBe(1);
  });

  it("measures the error of a series with a break the model cannot know", () => {
    // Volume doubles for the last 3 months: forecasts from before the break miss by about half.
    const s = series("2024-01", 24, (i, m) => exact(i, m) * (i >= 21 ? 2 : 1));
    const a = backtestVolume(s);
    expect(a.mape).toBeGreaterThan(0.1); // 6 of the 24 comparisons miss by half before the model sees the break
    expect(a.coverage).toBeLessThan(1);
  });
});
