import { describe, expect, it } from "vitest";
import { Rng } from "@/lib/domain/random";
import { backtestTaskProgress, forecastProgressAt, forecastTaskCompletion, MONTH_MS, recentPaces, type ProgressPoint } from "./task-completion";

const T0 = Date.UTC(2025, 0, 25);
const at = (months: number) => new Date(T0 + months * MONTH_MS);
/** Reports every month with the given progress values. */
const monthly = (values: number[]): ProgressPoint[] => values.map((progress, i) => ({ at: at(i), progress }));
const NOW = at(11);

describe("forecastTaskCompletion", () => {
  const linear = monthly([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50]); // 5 points a month, 50 % at month 10

  it("projects a perfectly linear history exactly, with no spread", () => {
    const f = forecastTaskCompletion({ history: linear, dueDate: at(30), status: "ON_TRACK", seed: "lin", now: NOW });
    expect(f.kind).toBe("forecast");
    if (f.kind !== "forecast") return;
    expect(f.pacePerMonth).toBeCloseTo(5, 9);
    // 50 points left at 5 a month: 10 months after the last report.
    expect(Math.abs(f.projected!.getTime() - at(20).getTime())).toBeLessThan(1000);
    expect(f.low!.getTime()).toBe(f.projected!.getTime());
    expect(f.high!.getTime()).toBe(f.projected!.getTime());
    expect(f.probability).toBe(1);
  });

  it("gives probability 0 when the steady pace ends after the due date", () => {
    const f = forecastTaskCompletion({ history: linear, dueDate: at(18), status: "AT_RISK", seed: "lin", now: NOW });
    expect(f.kind === "forecast" && f.probability).toBe(0);
  });

  it("a task past its due date and not done can no longer meet it", () => {
    const f = forecastTaskCompletion({ history: linear, dueDate: at(10.5), status: "LATE", seed: "lin", now: NOW });
    expect(f.kind === "forecast" && f.probability).toBe(0);
  });

  it("answers done, too-short and stalled histories explicitly", () => {
    expect(forecastTaskCompletion({ history: linear, dueDate: at(12), status: "DONE", completedAt: at(11), seed: "x", now: NOW })).toEqual({ kind: "done", completedAt: at(11), onTime: true });
    expect(forecastTaskCompletion({ history: linear, dueDate: at(10), status: "DONE", completedAt: at(11), seed: "x", now: NOW })).toMatchObject({ kind: "done", onTime: false });
    expect(forecastTaskCompletion({ history: monthly([20]), dueDate: at(20), status: "ON_TRACK", seed: "x", now: NOW })).toEqual({ kind: "insufficient", points: 1 });
    expect(forecastTaskCompletion({ history: [], dueDate: at(20), status: "NOT_STARTED", seed: "x", now: NOW })).toEqual({ kind: "insufficient", points: 0 });
    expect(forecastTaskCompletion({ history: monthly([40, 40, 40]), dueDate: at(20), status: "AT_RISK", seed: "x", now: NOW })).toMatchObject({ kind: "stalled", lastProgress: 40, probability: 0 });
  });

  it("uses only the last 12 reporting periods for the pace", () => {
    // A fast start (10 a month) then 2 a month for the last 12 months.
    const h = monthly([0, 10, 20, 30, 32, 34, 36, 38, 40, 42, 44, 46, 48, 50, 52, 54]);
    expect(recentPaces(h)).toEqual(Array(12).fill(2).map((v) => expect.closeTo(v, 9)));
  });

  it("is reproducible: the same history and seed give the same answer", () => {
    const h = monthly([0, 3, 9, 10, 18, 20, 27, 30]);
    const a = forecastTaskCompletion({ history: h, dueDate: at(20), status: "ON_TRACK", seed: "NV10", now: NOW });
    const b = forecastTaskCompletion({ history: h, dueDate: at(20), status: "ON_TRACK", seed: "NV10", now: NOW });
    expect(a).toEqual(b);
    expect(a.kind === "forecast" && a.low! <= a.projected! && a.projected! <= a.high!).toBe(true);
  });
});

describe("forecastProgressAt", () => {
  it("follows a linear history exactly", () => {
    const f = forecastProgressAt(monthly([0, 4, 8, 12]), [at(4), at(5.5), at(40)], "p")!;
    expect(f[0].mean).toBeCloseTo(16, 6);
    expect(f[1].mean).toBeCloseTo(22, 6);
    expect(f[2]).toEqual({ mean: 100, low: 100, high: 100 }); // capped at 100
  });

  it("has an 80 % band covering about 80 % of outcomes on simulated noisy tasks (fixed seed)", () => {
    const rng = new Rng("coverage:tasks");
    let covered = 0;
    let n = 0;
    for (let k = 0; k < 300; k++) {
      const values = [0];
      for (let i = 1; i < 16; i++) values.push(values[i - 1] + rng.normal(4, 2));
      const history = monthly(values.slice(0, 13));
      const f = forecastProgressAt(history, [at(15)], `sim:${k}`)!;
      n += 1;
      if (values[15] >= f[0].low && values[15] <= f[0].high) covered += 1;
    }
    const coverage = covered / n;
    expect(coverage).toBeGreaterThan(0.7);
    expect(coverage).toBeLessThan(0.9);
  });
});

describe("backtestTaskProgress", () => {
  it("scores a linear history with zero error and full coverage", () => {
    const a = backtestTaskProgress(monthly([0, 5, 10, 15, 20, 25, 30, 35]), "bt");
    expect(a.n).toBe(3 + 2 + 1);
    expect(a.mae).toBeLessThan(1e-6);
    expect(a.coverage).toBe(1);
  });

  it("measures a real error when the pace changes in the held-out months", () => {
    // 5 a month, then nothing for the last 3 reports: forecasts from the steady pace overshoot.
    const a = backtestTaskProgress(monthly([0, 5, 10, 15, 20, 25, 25, 25, 25]), "bt2");
    // Origin 6 forecasts 30, 35, 40 against 25 ×3; origin 7 forecasts from paces incl. a 0.
    expect(a.mae).toBeGreaterThan(3);
    expect(a.coverage).toBeLessThan(1);
  });
});
