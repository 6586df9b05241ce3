import "server-only";
import { readDb } from "@/lib/db";
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

/** The three pillars with their task counts and weighted progress (37 tasks: read them all). */
export async function getPillarSummaries(): Promise<{ pillars: PillarSummary[]; lastUpdate: Date | null }> {
  const [pillars, last] = await Promise.all([
    readDb.pillar.findMany({
      orderBy: { order: "asc" },
      select: { code: true, name: true, nameEn: true, tasks: { select: { progress: true, weight: true, status: true } } },
    }),
    readDb.taskUpdate.findFirst({ orderBy: { createdAt: "desc" }, select: { createdAt: true } }),
  ]);
  return {
    pillars: pillars.map((p) => ({
      code: p.code,
      name: p.name,
      nameEn: p.nameEn,
      taskCount: p.tasks.length,
      progress: weightedProgress(p.tasks),
      byStatus: countByStatus(p.tasks),
    })),
    lastUpdate: last?.createdAt ?? null,
  };
}
