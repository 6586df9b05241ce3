// Rules of a task progress update (báo cáo tiến độ nhiệm vụ). Pure: the task's current state,
// its milestones, the previous report date and "today" (Vietnam date) are parameters.
//
// - progress never goes backwards without a reason;
// - DONE requires 100 %, and 100 % means DONE;
// - a DONE task is reopened only with a reason;
// - a milestone is completed once, and only a milestone of this task;
// - the reported date is not in the future and not before the previous update.
import type { TaskStatus } from "@/lib/generated/prisma/enums";

/** The statuses an officer may report (NOT_STARTED is only the state before the first report). */
export const REPORT_STATUSES = ["ON_TRACK", "AT_RISK", "LATE", "DONE"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const MAX_EVIDENCE_FILES = 5;

export type ProgressRuleError =
  | "progress.backwardsNeedsReason"
  | "progress.fullNeedsDone"
  | "status.doneNeedsFull"
  | "status.reopenNeedsReason"
  | "milestone.unknown"
  | "milestone.alreadyCompleted"
  | "reportedOn.future"
  | "reportedOn.beforePrevious"
  | "reportedOn.beforeStart"
  | "evidence.tooMany";

export type ProgressRuleField = "progress" | "status" | "reason" | "milestoneId" | "reportedOn" | "evidence";

export type ProgressUpdateCheck = {
  current: { progress: number; status: TaskStatus; startKey: string };
  /** yyyy-mm-dd (Vietnam date) of the latest update, or null before the first one. */
  previousReportKey: string | null;
  milestones: readonly { id: string; completedAt: Date | null }[];
  next: {
    progress: number;
    status: ReportStatus;
    reason: string | null;
    milestoneId: string | null;
    /** yyyy-mm-dd (Vietnam date). */
    reportedOn: string;
    evidenceCount: number;
  };
  /** yyyy-mm-dd (Vietnam date) of the clock. */
  todayKey: string;
};

export type ProgressRuleResult = { ok: true; completed: boolean; reopened: boolean } | { ok: false; errors: Partial<Record<ProgressRuleField, ProgressRuleError>> };

const hasText = (s: string | null | undefined) => !!s && s.trim().length > 0;

/** True when the new report goes below the current progress. */
export function isBackwards(currentProgress: number, nextProgress: number): boolean {
  return nextProgress < currentProgress;
}

/** True when a DONE task would leave DONE. */
export function isReopening(currentStatus: TaskStatus, nextStatus: ReportStatus): boolean {
  return currentStatus === "DONE" && nextStatus !== "DONE";
}

/** Whether the report must give a reason (backwards, or reopening a finished task). */
export function reasonRequired(current: { progress: number; status: TaskStatus }, next: { progress: number; status: ReportStatus }): boolean {
  return isBackwards(current.progress, next.progress) || isReopening(current.status, next.status);
}

/** Checks every rule; all the problems are reported at once, one per field. */
export function checkProgressUpdate(input: ProgressUpdateCheck): ProgressRuleResult {
  const { current, next } = input;
  const errors: Partial<Record<ProgressRuleField, ProgressRuleError>> = {};
  const set = (field: ProgressRuleField, error: ProgressRuleError) => {
    errors[field] ??= error;
  };

  if (next.status === "DONE" && next.progress !== 100) set("status", "status.doneNeedsFull");
  if (next.progress === 100 && next.status !== "DONE") set("status", "progress.fullNeedsDone");
  if (!hasText(next.reason)) {
    if (isBackwards(current.progress, next.progress)) set("reason", "progress.backwardsNeedsReason");
    else if (isReopening(current.status, next.status)) set("reason", "status.reopenNeedsReason");
  }

  if (next.milestoneId) {
    const milestone = input.milestones.find((m) => m.id === next.milestoneId);
    if (!milestone) set("milestoneId", "milestone.unknown");
    else if (milestone.completedAt) set("milestoneId", "milestone.alreadyCompleted");
  }

  if (next.reportedOn > input.todayKey) set("reportedOn", "reportedOn.future");
  else if (input.previousReportKey && next.reportedOn < input.previousReportKey) set("reportedOn", "reportedOn.beforePrevious");
  else if (next.reportedOn < current.startKey) set("reportedOn", "reportedOn.beforeStart");

  if (next.evidenceCount > MAX_EVIDENCE_FILES) set("evidence", "evidence.tooMany");

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, completed: next.status === "DONE" && current.status !== "DONE", reopened: isReopening(current.status, next.status) };
}

/** Task.completedAt after an accepted update: the reported date when DONE, else none. */
export function completedOnAfter(next: { status: ReportStatus; reportedOn: string }, current: { status: TaskStatus; completedAt: Date | null }): string | null {
  if (next.status !== "DONE") return null;
  // Already DONE and reported DONE again: the original completion date stays.
  if (current.status === "DONE" && current.completedAt) return current.completedAt.toISOString().slice(0, 10);
  return next.reportedOn;
}
