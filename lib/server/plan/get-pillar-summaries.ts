import "server-only";
import { loadPlanFigures } from "@/lib/server/plan/load-plan-figures";
import { countByStatus, weightedProgress } from "@/lib/domain/task-health";
import type { TaskStatus } from "@/lib/generated/prisma/enums";

export type PillarSummary = {
  code: string;
  name: string;
  nameEn: string;
  taskCount: number;
  progress: number;
  byStatus: Record<TaskStatus, number>;
};

/**
 * The three pillars with their task counts and weighted progress (37 tasks: read them all), in
 * the one statement the leaders' overview also uses (lib/server/plan/load-plan-figures.ts).
 */
export async function getPillarSummaries(): Promise<{ pillars: PillarSummary[]; lastUpdate: Date | null }> {
  const { pillars, lastTaskReport } = await loadPlanFigures();
  return {
    pillars: pillars.map((p) => ({
      code: p.code,
      name: p.name,
      nameEn: p.nameEn,
      taskCount: p.tasks.length,
      progress: weightedProgress(p.tasks),
      byStatus: countByStatus(p.tasks),
    })),
    lastUpdate: lastTaskReport,
  };
}
