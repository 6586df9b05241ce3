import { describe, expect, it } from "vitest";
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { checkProgressUpdate, completedOnAfter, isBackwards, isReopening, reasonRequired, type ProgressUpdateCheck, type ReportStatus } from "./task-progress";

const MILESTONES = [
  { id: "m1", completedAt: new Date("2026-03-01T00:00:00Z") },
  { id: "m2", completedAt: null },
];

function input(over: { current?: Partial<ProgressUpdateCheck["current"]>; next?: Partial<ProgressUpdateCheck["next"]>; previousReportKey?: string | null; todayKey?: string } = {}): ProgressUpdateCheck {
  return {
    current: { progress: 60, status: "ON_TRACK", startKey: "2025-01-01", ...over.current },
    previousReportKey: over.previousReportKey === undefined ? "2026-10-31" : over.previousReportKey,
    milestones: MILESTONES,
    next: { progress: 70, status: "ON_TRACK", reason: null, milestoneId: null, reportedOn: "2026-11-27", evidenceCount: 0, ...over.next },
    todayKey: over.todayKey ?? "2026-11-27",
  };
}

const errorsOf = (i: ProgressUpdateCheck) => {
  const r = checkProgressUpdate(i);
  return r.ok ? {} : r.errors;
};

describe("checkProgressUpdate: allowed", () => {
  it.each<[string, ProgressUpdateCheck]>([
    ["progress forward", input()],
    ["same progress, another status", input({ next: { progress: 60, status: "AT_RISK" } })],
    ["first report of a task not started", input({ current: { progress: 0, status: "NOT_STARTED" }, previousReportKey: null, next: { progress: 5 } })],
    ["backwards with a reason", input({ next: { progress: 50, status: "LATE", reason: "Rà soát lại khối lượng sau hợp nhất" } })],
    ["done at 100 %", input({ next: { progress: 100, status: "DONE" } })],
    ["reopening a done task with a reason", input({ current: { progress: 100, status: "DONE" }, next: { progress: 95, status: "AT_RISK", reason: "Phát sinh hạng mục bổ sung" } })],
    ["done again on a done task (no reason needed)", input({ current: { progress: 100, status: "DONE" }, next: { progress: 100, status: "DONE" } })],
    ["completing an open milestone", input({ next: { milestoneId: "m2" } })],
    ["report on the same day as the previous one", input({ next: { reportedOn: "2026-10-31" } })],
    ["report dated today", input({ next: { reportedOn: "2026-11-27" } })],
    ["five evidence files", input({ next: { evidenceCount: 5 } })],
    ["report on the start date", input({ previousReportKey: null, current: { startKey: "2026-11-27" } })],
  ])("%s", (_label, i) => {
    expect(checkProgressUpdate(i).ok).toBe(true);
  });

  it("says when the update completes or reopens the task", () => {
    expect(checkProgressUpdate(input({ next: { progress: 100, status: "DONE" } }))).toEqual({ ok: true, completed: true, reopened: false });
    expect(checkProgressUpdate(input({ current: { progress: 100, status: "DONE" }, next: { progress: 90, status: "LATE", reason: "x" } }))).toEqual({ ok: true, completed: false, reopened: true });
    expect(checkProgressUpdate(input())).toEqual({ ok: true, completed: false, reopened: false });
  });
});

describe("checkProgressUpdate: refused", () => {
  it.each<[string, ProgressUpdateCheck, Record<string, string>]>([
    ["backwards without a reason", input({ next: { progress: 59 } }), { reason: "progress.backwardsNeedsReason" }],
    ["backwards with a blank reason", input({ next: { progress: 10, reason: "   " } }), { reason: "progress.backwardsNeedsReason" }],
    ["done below 100 %", input({ next: { progress: 99, status: "DONE" } }), { status: "status.doneNeedsFull" }],
    ["100 % but not done", input({ next: { progress: 100, status: "ON_TRACK" } }), { status: "progress.fullNeedsDone" }],
    ["reopening a done task without a reason (same 100 %)", input({ current: { progress: 100, status: "DONE" }, next: { progress: 100, status: "ON_TRACK" } }), { status: "progress.fullNeedsDone", reason: "status.reopenNeedsReason" }],
    ["reopening a done task below 100 % without a reason", input({ current: { progress: 100, status: "DONE" }, next: { progress: 90, status: "AT_RISK" } }), { reason: "progress.backwardsNeedsReason" }],
    ["a milestone completed twice", input({ next: { milestoneId: "m1" } }), { milestoneId: "milestone.alreadyCompleted" }],
    ["a milestone of another task", input({ next: { milestoneId: "elsewhere" } }), { milestoneId: "milestone.unknown" }],
    ["a date in the future", input({ next: { reportedOn: "2026-11-28" } }), { reportedOn: "reportedOn.future" }],
    ["a date before the previous report", input({ next: { reportedOn: "2026-10-30" } }), { reportedOn: "reportedOn.beforePrevious" }],
    ["a date before the task's start", input({ previousReportKey: null, current: { startKey: "2026-01-01" }, next: { reportedOn: "2025-12-31" } }), { reportedOn: "reportedOn.beforeStart" }],
    ["six evidence files", input({ next: { evidenceCount: 6 } }), { evidence: "evidence.tooMany" }],
  ])("%s", (_label, i, expected) => {
    expect(checkProgressUpdate(i)).toEqual({ ok: false, errors: expected });
  });

  it("reports every problem at once, one per field", () => {
    expect(errorsOf(input({ next: { progress: 40, status: "DONE", milestoneId: "m1", reportedOn: "2027-01-01", evidenceCount: 9 } }))).toEqual({
      status: "status.doneNeedsFull",
      reason: "progress.backwardsNeedsReason",
      milestoneId: "milestone.alreadyCompleted",
      reportedOn: "reportedOn.future",
      evidence: "evidence.tooMany",
    });
  });
});

describe("helpers", () => {
  it("backwards / reopening / reason required", () => {
    expect(isBackwards(50, 49)).toBe(true);
    expect(isBackwards(50, 50)).toBe(false);
    expect(isReopening("DONE", "ON_TRACK")).toBe(true);
    expect(isReopening("DONE", "DONE")).toBe(false);
    expect(isReopening("LATE", "ON_TRACK")).toBe(false);
    const cases: [number, TaskStatus, number, ReportStatus, boolean][] = [
      [50, "ON_TRACK", 60, "ON_TRACK", false],
      [50, "ON_TRACK", 40, "ON_TRACK", true],
      [100, "DONE", 100, "DONE", false],
      [100, "DONE", 100, "LATE", true],
    ];
    for (const [p, s, np, ns, expected] of cases) expect(reasonRequired({ progress: p, status: s }, { progress: np, status: ns })).toBe(expected);
  });

  it("completion date: the reported date when done, kept when already done, cleared when reopened", () => {
    expect(completedOnAfter({ status: "DONE", reportedOn: "2026-11-27" }, { status: "ON_TRACK", completedAt: null })).toBe("2026-11-27");
    expect(completedOnAfter({ status: "DONE", reportedOn: "2026-11-27" }, { status: "DONE", completedAt: new Date("2026-06-30T00:00:00Z") })).toBe("2026-06-30");
    expect(completedOnAfter({ status: "AT_RISK", reportedOn: "2026-11-27" }, { status: "DONE", completedAt: new Date("2026-06-30T00:00:00Z") })).toBeNull();
  });
});
