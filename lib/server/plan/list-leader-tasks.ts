import "server-only";
import * as z from "zod";
import { readDb } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import type { Accuracy } from "@/lib/domain/forecast/backtest";
import { countByStatus, weightedProgress } from "@/lib/domain/task-health";
import { TaskStatus } from "@/lib/generated/prisma/enums";
import { loadTaskForecasts, probabilityOf, type TaskForecastRow } from "@/lib/server/forecast/task-forecasts";

/** Filters of the leaders' task list, from the URL; anything unknown is ignored. */
export const ZLeaderTaskFilters = z.object({
  pillar: z.string().trim().toUpperCase().regex(/^[A-Z]{2,10}$/).optional().catch(undefined),
  agency: z.string().trim().toUpperCase().regex(/^[A-Z0-9_-]{1,40}$/).optional().catch(undefined),
  health: z.enum(Object.values(TaskStatus) as [TaskStatus, ...TaskStatus[]]).optional().catch(undefined),
});
export type TLeaderTaskFilters = z.infer<typeof ZLeaderTaskFilters>;

export function parseLeaderTaskFilters(query: Record<string, string | string[] | undefined>): TLeaderTaskFilters {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  return ZLeaderTaskFilters.parse({ pillar: one(query.pillar), agency: one(query.agency), health: one(query.health) });
}

export type LeaderTaskRow = Omit<TaskForecastRow, "history" | "id"> & { probability: number | null };

export type LeaderTaskList = {
  filters: TLeaderTaskFilters;
  tasks: LeaderTaskRow[];
  /** Of the tasks shown. */
  weightedProgress: number;
  byHealth: Record<TaskStatus, number>;
  pillars: { code: string; name: string; nameEn: string }[];
  agencies: { code: string; shortName: string }[];
  /** The completion method's accuracy pooled over all tasks. */
  accuracy: Accuracy;
  lastReport: Date | null;
  total: number;
};

/**
 * The plan's tasks filtered by pillar, lead agency and health (the status the lead agency
 * reports), soonest deadline first, each with its completion forecast.
 */
export async function listLeaderTasks(options: { actor: CurrentUser | null; filters: TLeaderTaskFilters; now?: Date }): Promise<LeaderTaskList> {
  assertCan(options.actor, "dashboard.read");
  const now = options.now ?? new Date();
  const { filters } = options;
  const [{ rows, accuracy, lastReport }, pillars] = await Promise.all([
    loadTaskForecasts(now),
    readDb.pillar.findMany({ orderBy: { order: "asc" }, select: { code: true, name: true, nameEn: true } }),
  ]);
  const agencies = new Map(rows.map((r) => [r.leadAgency.code, r.leadAgency.shortName]));
  const shown = rows
    .filter((r) => (!filters.pillar || r.pillar.code === filters.pillar) && (!filters.agency || r.leadAgency.code === filters.agency) && (!filters.health || r.status === filters.health))
    .sort((a, b) => a.dueDate.getTime() - b.dueDate.getTime() || a.code.localeCompare(b.code));
  return {
    filters,
    tasks: shown.map(({ history: _h, id: _id, ...r }) => ({ ...r, probability: probabilityOf(r.forecast) })),
    weightedProgress: weightedProgress(shown),
    byHealth: countByStatus(shown),
    pillars,
    agencies: [...agencies].map(([code, shortName]) => ({ code, shortName })).sort((a, b) => a.shortName.localeCompare(b.shortName, "vi")),
    accuracy,
    lastReport,
    total: rows.length,
  };
}
