import "server-only";
import { db } from "@/lib/db";

/** Tasks led by one agency, soonest deadline first. */
export async function listAgencyTasks(agencyId: string) {
  return db.task.findMany({
    where: { leadAgencyId: agencyId },
    orderBy: [{ dueDate: "asc" }, { code: "asc" }],
    select: { code: true, title: true, progress: true, status: true, dueDate: true, pillar: { select: { code: true, name: true } } },
  });
}
