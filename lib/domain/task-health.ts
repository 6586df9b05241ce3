// Progress of the plan: weighted averages over tasks. Pure functions.
import type { TaskStatus } from "@/lib/generated/prisma/enums";

export type TaskLike = { progress: number; weight: number; status: TaskStatus };

/** Weighted mean progress (0–100) of a set of tasks; 0 for an empty set. */
export function weightedProgress(tasks: readonly TaskLike[]): number {
  const totalWeight = tasks.reduce((s, t) => s + Math.max(0, t.weight), 0);
  if (totalWeight === 0) return 0;
  return tasks.reduce((s, t) => s + Math.min(100, Math.max(0, t.progress)) * Math.max(0, t.weight), 0) / totalWeight;
}

export function countByStatus(tasks: readonly TaskLike[]): Record<TaskStatus, number> {
  const counts: Record<TaskStatus, number> = { NOT_STARTED: 0, ON_TRACK: 0, AT_RISK: 0, LATE: 0, DONE: 0 };
  for (const t of tasks) counts[t.status] += 1;
  return counts;
}
