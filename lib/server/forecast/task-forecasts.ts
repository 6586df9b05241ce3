import "server-only";
import { readDb } from "@/lib/db";
import { accuracyOf, addSums, EMPTY_SUMS, type Accuracy, type ErrorSums } from "@/lib/domain/forecast/backtest";
import { backtestTaskProgressSums, BAND, forecastTaskCompletion, type ProgressPoint, type TaskForecast } from "@/lib/domain/forecast/task-completion";
import { vnDateKey } from "@/lib/domain/working-days";
import type { TaskStatus } from "@/lib/generated/prisma/enums";

/**
 * The simulations are deterministic in their inputs, so a task's forecast and backtest are
 * kept until a new report arrives, the task changes or the day turns (the clock matters only
 * through "is the deadline past"). Per process; bounded.
 */
const memo = new Map<string, { forecast: TaskForecast; sums: ErrorSums }>();
const MEMO_LIMIT = 1000;

export type TaskForecastRow = {
  id: string;
  code: string;
  title: string;
  pillar: { code: string; name: string; nameEn: string };
  leadAgency: { code: string; name: string; shortName: string };
  weight: number;
  progress: number;
  status: TaskStatus;
  startDate: Date;
  dueDate: Date;
  completedAt: Date | null;
  history: ProgressPoint[];
  forecast: TaskForecast;
  /** This task's own backtest (its last 3 reports held out). */
  accuracy: Accuracy;
};

/**
 * Every task of the plan (37: read them all) with its progress history, its completion
 * forecast and its own backtest, plus the method's accuracy pooled over all tasks. For the
 * permission-checked operations of the leaders' pages only.
 */
export async function loadTaskForecasts(now: Date): Promise<{ rows: TaskForecastRow[]; accuracy: Accuracy; lastReport: Date | null }> {
  const tasks = await readDb.task.findMany({
    orderBy: { code: "asc" },
    select: {
      id: true, code: true, title: true, weight: true, progress: true, status: true, startDate: true, dueDate: true, completedAt: true,
      pillar: { select: { code: true, name: true, nameEn: true } },
      leadAgency: { select: { code: true, name: true, shortName: true } },
      updates: { orderBy: [{ reportedAt: "asc" }, { createdAt: "asc" }], select: { reportedAt: true, progress: true, createdAt: true } },
    },
  });
  let pooled = EMPTY_SUMS;
  let lastReport: Date | null = null;
  const rows = tasks.map(({ updates, ...t }) => {
    const history = updates.map((u) => ({ at: u.reportedAt, progress: u.progress }));
    for (const u of updates) if (!lastReport || u.createdAt > lastReport) lastReport = u.createdAt;
    const last = updates[updates.length - 1];
    const key = [t.code, t.status, t.dueDate.getTime(), t.completedAt?.getTime() ?? "", updates.length, last?.createdAt.getTime() ?? "", last?.progress ?? "", vnDateKey(now)].join("|");
    let cached = memo.get(key);
    if (!cached) {
      cached = {
        forecast: forecastTaskCompletion({ history, dueDate: t.dueDate, status: t.status, completedAt: t.completedAt, seed: t.code, now }),
        sums: backtestTaskProgressSums(history, t.code),
      };
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(key, cached);
    }
    pooled = addSums(pooled, cached.sums);
    return { ...t, history, forecast: cached.forecast, accuracy: accuracyOf(cached.sums, BAND.nominal) };
  });
  return { rows, accuracy: accuracyOf(pooled, BAND.nominal), lastReport };
}

/** Probability of meeting the deadline, when the method gives one (done tasks: 1 or 0). */
export function probabilityOf(f: TaskForecast): number | null {
  if (f.kind === "forecast" || f.kind === "stalled") return f.probability;
  if (f.kind === "done") return f.onTime === null ? null : f.onTime ? 1 : 0;
  return null;
}
