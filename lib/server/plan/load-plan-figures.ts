import "server-only";
import { readReplica } from "@/lib/db";
import type { TaskStatus } from "@/lib/generated/prisma/enums";

export type PlanFigures = {
  pillars: { code: string; name: string; nameEn: string; tasks: { progress: number; weight: number; status: TaskStatus }[] }[];
  lastTaskReport: Date | null;
  reported: number;
  agencies: number;
};

/**
 * The pillars with their tasks (37), the last progress report, the tasks with a report and the
 * agencies that report service figures, in ONE statement: as five Prisma queries they were five
 * database round trips, each costing the server more CPU (query planning in the client, the
 * socket write, the result mapping) than the few rows they return.
 */
export async function loadPlanFigures(): Promise<PlanFigures> {
  const [row] = await readReplica().$queryRaw<PlanFigures[]>`
    SELECT
      COALESCE((
        SELECT json_agg(json_build_object(
                 'code', p."code", 'name', p."name", 'nameEn', p."nameEn",
                 'tasks', COALESCE((SELECT json_agg(json_build_object('progress', t."progress", 'weight', t."weight", 'status', t."status"))
                                    FROM "Task" t WHERE t."pillarId" = p."id"), '[]'::json))
               ORDER BY p."order")
        FROM "Pillar" p), '[]'::json) AS "pillars",
      (SELECT max(u."createdAt") FROM "TaskUpdate" u) AS "lastTaskReport",
      (SELECT count(*) FROM "Task" t WHERE EXISTS (SELECT 1 FROM "TaskUpdate" u WHERE u."taskId" = t."id"))::int AS "reported",
      (SELECT count(*) FROM "Agency" a WHERE a."isActive" AND a."kind" IN ('DEPARTMENT', 'COMMUNE'))::int AS "agencies"`;
  return row;
}
