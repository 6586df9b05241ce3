import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import type { Accuracy } from "@/lib/domain/forecast/backtest";
import { loadIndicatorProjections, type IndicatorProjections } from "./indicator-projections";
import { loadTaskForecasts, probabilityOf, type TaskForecastRow } from "./task-forecasts";
import { loadVolumeForecasts, type VolumeForecasts } from "./volume-forecasts";

export type ForecastsDashboard = {
  volumes: VolumeForecasts;
  indicators: IndicatorProjections;
  /** Open tasks whose probability of meeting the deadline is below 50 %, least likely first. */
  tasksAtRisk: (Omit<TaskForecastRow, "history"> & { probability: number })[];
  /** Open (not done) tasks, and those of them with enough history for a forecast. */
  tasksOpen: number;
  tasksForecast: number;
  taskAccuracy: Accuracy;
  lastTaskReport: Date | null;
  computedAt: Date;
};

/**
 * The forecasts page: dossier volume per agency for the next 3 months, indicators at their
 * 2025 / 2030 target dates, tasks likely to miss their deadline; each with the accuracy that
 * the backtest measures on held-out history, computed now. Leaders and administrators.
 */
export async function getForecasts(options: { actor: CurrentUser | null; now?: Date }): Promise<ForecastsDashboard> {
  assertCan(options.actor, "dashboard.read");
  const now = options.now ?? new Date();
  const [volumes, indicators, tasks] = await Promise.all([loadVolumeForecasts(now), loadIndicatorProjections(now), loadTaskForecasts(now)]);
  const tasksAtRisk = tasks.rows
    .flatMap(({ history: _h, ...t }) => {
      const p = probabilityOf(t.forecast);
      return t.status !== "DONE" && t.forecast.kind !== "insufficient" && p !== null && p < 0.5 ? [{ ...t, probability: p }] : [];
    })
    .sort((a, b) => a.probability - b.probability || a.dueDate.getTime() - b.dueDate.getTime() || a.code.localeCompare(b.code));
  return {
    volumes,
    indicators,
    tasksAtRisk,
    tasksOpen: tasks.rows.filter((t) => t.status !== "DONE").length,
    tasksForecast: tasks.rows.filter((t) => t.forecast.kind === "forecast" || t.forecast.kind === "stalled").length,
    taskAccuracy: tasks.accuracy,
    lastTaskReport: tasks.lastReport,
    computedAt: now,
  };
}
