import { describe, it, expect } from "vitest";
import { countByStatus, weightedProgress, type TaskLike } from "./task-health";

const t = (progress: number, weight: number, status: TaskLike["status"] = "ON_TRACK"): TaskLike => ({ progress, weight, status });

describe("weightedProgress", () => {
  it.each([
    ["no tasks", [], 0],
    ["one task", [t(40, 1)], 40],
    ["equal weights: plain mean", [t(20, 1), t(60, 1), t(100, 1)], 60],
    ["weights count: (100·3 + 0·1) / 4", [t(100, 3), t(0, 1)], 75],
    ["weights count: (50·2 + 80·1 + 20·1) / 4", [t(50, 2), t(80, 1), t(20, 1)], 50],
    ["fractional weights: (90·0.5 + 30·1.5) / 2", [t(90, 0.5), t(30, 1.5)], 45],
    ["progress above 100 is clamped to 100", [t(150, 1), t(50, 1)], 75],
    ["progress below 0 is clamped to 0", [t(-40, 1), t(80, 1)], 40],
    ["a zero weight does not count", [t(100, 0), t(20, 2)], 20],
    ["a negative weight counts as zero", [t(100, -5), t(20, 2)], 20],
    ["all weights zero", [t(100, 0), t(50, 0)], 0],
    ["all done", [t(100, 2), t(100, 7)], 100],
  ] as [string, TaskLike[], number][])("%s → %d", (_name, tasks, expected) => {
    expect(weightedProgress(tasks)).toBeCloseTo(expected, 10);
  });

  it("stays within 0–100 whatever the input", () => {
    const tasks = [t(1e6, 3), t(-1e6, 1), t(55, 2)];
    // (100·3 + 0·1 + 55·2) / 6 = 410 / 6
    expect(weightedProgress(tasks)).toBeCloseTo(410 / 6, 10);
  });

  it("does not depend on the order of the tasks", () => {
    const tasks = [t(10, 1), t(70, 4), t(35, 2)];
    expect(weightedProgress([...tasks].reverse())).toBeCloseTo(weightedProgress(tasks), 10);
    expect(weightedProgress(tasks)).toBeCloseTo((10 + 280 + 70) / 7, 10);
  });
});

describe("countByStatus", () => {
  it("gives every status, zero when absent", () => {
    expect(countByStatus([])).toEqual({ NOT_STARTED: 0, ON_TRACK: 0, AT_RISK: 0, LATE: 0, DONE: 0 });
  });

  it("counts tasks per status, regardless of progress and weight", () => {
    const tasks = [
      t(0, 1, "NOT_STARTED"),
      t(30, 1, "ON_TRACK"),
      t(45, 2, "ON_TRACK"),
      t(10, 0, "AT_RISK"),
      t(5, 1, "LATE"),
      t(15, 3, "LATE"),
      t(20, 1, "LATE"),
      t(100, 1, "DONE"),
    ];
    expect(countByStatus(tasks)).toEqual({ NOT_STARTED: 1, ON_TRACK: 2, AT_RISK: 1, LATE: 3, DONE: 1 });
  });

  it("returns a fresh object each time", () => {
    const a = countByStatus([t(0, 1, "DONE")]);
    const b = countByStatus([]);
    expect(a.DONE).toBe(1);
    expect(b.DONE).toBe(0);
  });
});
