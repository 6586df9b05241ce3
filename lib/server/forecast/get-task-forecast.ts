import "server-only";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { accuracyOf, type Accuracy } from "@/lib/domain/forecast/backtest";
import { backtestTaskProgressSums, BAND, forecastProgressAt, forecastTaskCompletion, MONTH_MS, type ProgressPoint, type TaskForecast } from "@/lib/domain/forecast/task-completion";
import type { Interval } from "@/lib/domain/forecast/backtest";

export type TaskForecastDetail = {
  code: string;
  dueDate: Date;
  history: ProgressPoint[];
  forecast: TaskForecast;
  /** Monthly projected progress from the last report until 100 % or 24 months (median and band). */
  path: ({ at: Date } & Interval)[];
  accuracy: Accuracy;
};

/**
 * One task's completion forecast for its page: any role that may read tasks may read it.
 * `task` is the task's id or its code (NV07). null when there is no such task.
 */
export async function getTaskForecast(options: { actor: CurrentUser | null; task: string; now?: Date }): Promise<TaskForecastDetail | null> {
  assertCan(options.actor, "task.read");
  const now = options.now ?? new Date();
  const key = options.task.trim();
  const task = await db.task.findFirst({
    where: { OR: [{ id: key }, { code: key.toUpperCase() }] },
    select: {
      code: true, status: true, dueDate: true, completedAt: true,
      updates: { orderBy: [{ reportedAt: "asc" }, { createdAt: "asc" }], select: { reportedAt: true, progress: true } },
    },
  });
  if (!task) return null;
  const history = task.updates.map((u) => ({ at: u.reportedAt, progress: u.progress }));
  const forecast = forecastTaskCompletion({ history, dueDate: task.dueDate, status: task.status, completedAt: task.completedAt, seed: task.code, now });
  let path: TaskForecastDetail["path"] = [];
  if (forecast.kind === "forecast") {
    const start = forecast.lastAt.getTime();
    const until = Math.min(start + 24 * MONTH_MS, forecast.high ? forecast.high.getTime() + MONTH_MS : start + 24 * MONTH_MS);
    const at: Date[] = [];
    for (let t = start + MONTH_MS; t <= until; t += MONTH_MS) at.push(new Date(t));
    const f = forecastProgressAt(history, at, task.code) ?? [];
    path = f.map((v, i) => ({ at: at[i], ...v }));
  }
  return { code: task.code, dueDate: task.dueDate, history, forecast, path, accuracy: accuracyOf(backtestTaskProgressSums(history, task.code), BAND.nominal) };
}
