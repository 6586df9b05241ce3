import "server-only";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";

/**
 * The plan's tasks as an officer sees them: those led by their agency (which they report on)
 * and, separately, all the others (read only). 37 tasks: one small query.
 */
export async function listOfficerTasks(options: { actor: CurrentUser | null }) {
  const { actor } = options;
  assertCan(actor, "task.read");
  const agency = actor.agencyId ? await db.agency.findUnique({ where: { id: actor.agencyId }, select: { name: true } }) : null;
  const tasks = await db.task.findMany({
    orderBy: [{ dueDate: "asc" }, { code: "asc" }],
    select: {
      code: true,
      title: true,
      progress: true,
      status: true,
      dueDate: true,
      leadAgencyId: true,
      pillar: { select: { code: true, name: true } },
      leadAgency: { select: { shortName: true } },
    },
  });
  const agencyId = actor.agencyId;
  const strip = (t: (typeof tasks)[number]) => ({ code: t.code, title: t.title, progress: t.progress, status: t.status, dueDate: t.dueDate, pillar: t.pillar, leadAgency: t.leadAgency });
  return {
    agencyName: agency?.name ?? null,
    led: tasks.filter((t) => agencyId && t.leadAgencyId === agencyId).map(strip),
    others: tasks.filter((t) => !agencyId || t.leadAgencyId !== agencyId).map(strip),
  };
}

export type OfficerTaskItem = Awaited<ReturnType<typeof listOfficerTasks>>["led"][number];
