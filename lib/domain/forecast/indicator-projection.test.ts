import { describe, expect, it } from "vitest";
import { Rng } from "@/lib/domain/random";
import { backtestIndicator, fitLine, predictLine, projectToTarget, type MonthValue } from "./indicator-projection";
import { addMonths } from "./lunar-new-year";

const series = (first: string, n: number, f: (i: number) => number): MonthValue[] =>
  Array.from({ length: n }, (_, i) => ({ month: addMonths(first, i), value: f(i) }));

// 24 months 2024-11 … 2026-10, +0.5 a month from 50.
const line = series("2024-11", 24, (i) => 50 + 0.5 * i);

describe("projectToTarget", () => {
  it("extends a perfectly linear series exactly to December 2030", () => {
    const p = projectToTarget({ series: line, year: 2030, target: 80, direction: "HIGHER_IS_BETTER", unit: "%" });
    // 2030-12 is 73 months after 2024-11.
    expect(p).toMatchObject({ kind: "projected", month: "2030-12", probability: 1, verdict: "likely" });
    if (p.kind !== "projected") return;
    expect(p.value).toBeCloseTo(50 + 0.5 * 73, 9);
    expect(p.low).toBeCloseTo(p.value, 9);
  });

  it("respects the direction: lower is better", () => {
    const p = projectToTarget({ series: line, year: 2030, target: 80, direction: "LOWER_IS_BETTER", unit: "ngày" });
    expect(p).toMatchObject({ kind: "projected", probability: 0, verdict: "unlikely" });
  });

  it("keeps percentages within 100 %", () => {
    const steep = series("2024-11", 24, (i) => 80 + i);
    const p = projectToTarget({ series: steep, year: 2030, target: 100, direction: "HIGHER_IS_BETTER", unit: "%" });
    expect(p.kind === "projected" && p.value).toBe(100);
  });

  it("judges a past target date on the value reported then", () => {
    const p = projectToTarget({ series: line, year: 2025, target: 56, direction: "HIGHER_IS_BETTER", unit: "%" });
    // December 2025 is month 13: 56.5 ≥ 56.
    expect(p).toEqual({ year: 2025, target: 56, kind: "observed", month: "2025-12", value: 56.5, verdict: "met" });
    expect(projectToTarget({ series: line, year: 2025, target: 57, direction: "HIGHER_IS_BETTER", unit: "%" })).toMatchObject({ verdict: "missed" });
  });

  it("needs a few months of data", () => {
    expect(projectToTarget({ series: line.slice(0, 3), year: 2030, target: 80, direction: "HIGHER_IS_BETTER", unit: "%" })).toEqual({ year: 2030, target: 80, kind: "insufficient" });
  });

  it("gives an uncertain verdict when the target sits on the projected line", () => {
    const rng = new Rng("noisy-line");
    const noisy = series("2024-11", 24, (i) => 50 + 0.5 * i + rng.normal(0, 2));
    const f = fitLine(noisy)!;
    const centre = predictLine(f, "2030-12").mean;
    const p = projectToTarget({ series: noisy, year: 2030, target: centre, direction: "HIGHER_IS_BETTER", unit: "điểm" });
    expect(p).toMatchObject({ verdict: "uncertain" });
    expect(p.kind === "projected" && p.probability).toBeCloseTo(0.5, 1);
  });
});

describe("prediction interval and backtest", () => {
  it("covers about 80 % of values 12 months ahead on simulated noise (fixed seed)", () => {
    const rng = new Rng("coverage:indicator");
    let covered = 0;
    const trials = 500;
    for (let k = 0; k < trials; k++) {
      const s = series("2023-11", 36, (i) => 40 + 0.3 * i + rng.normal(0, 2));
      const f = fitLine(s.slice(0, 24))!;
      const p = predictLine(f, s[35].month);
      if (s[35].value >= p.low && s[35].value <= p.high) covered += 1;
    }
    expect(covered / trials).toBeGreaterThan(0.72);
    expect(covered / trials).toBeLessThan(0.88);
  });

  it("scores a perfect line with zero error and measures a noisy one", () => {
    const exact = backtestIndicator(series("2023-11", 36, (i) => 10 + 2 * i), "%");
    expect(exact.mae).toBeLessThan(1e-9);
    expect(exact.coverage).toBe(1);
    // 12 origins, 12 + 11 + … + 1 comparisons.
    expect(exact.n).toBe(78);
    const rng = new Rng("bt:indicator");
    const noisy = backtestIndicator(series("2023-11", 36, (i) => 40 + 0.3 * i + rng.normal(0, 2)), "điểm");
    expect(noisy.mae).toBeGreaterThan(0.5);
    expect(noisy.mae).toBeLessThan(5);
  });
});
