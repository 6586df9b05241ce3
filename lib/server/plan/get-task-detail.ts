import "server-only";
import { db } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import { assertCan, type CurrentUser } from "@/lib/auth/session";

const CODE_PATTERN = /^NV\d{2,4}$/;

/**
 * One task with everything its page shows: facts, milestones, the progress history (with
 * evidence files and the reporter's name), comments, and what the viewer may do with it.
 * Any role with task.read may read any task; only the lead agency's officers may report.
 * null when there is no such task.
 */
export async function getTaskDetail(options: { actor: CurrentUser | null; code: string }) {
  const { actor } = options;
  assertCan(actor, "task.read");
  const code = options.code.trim().toUpperCase();
  if (!CODE_PATTERN.test(code)) return null;
  const task = await db.task.findUnique({
    where: { code },
    select: {
      code: true,
      title: true,
      description: true,
      startDate: true,
      dueDate: true,
      weight: true,
      progress: true,
      status: true,
      completedAt: true,
      version: true,
      leadAgencyId: true,
      pillar: { select: { code: true, name: true, nameEn: true } },
      leadAgency: { select: { name: true, shortName: true } },
      milestones: { orderBy: { order: "asc" }, select: { id: true, order: true, title: true, dueDate: true, completedAt: true } },
      updates: {
        orderBy: [{ reportedAt: "desc" }, { createdAt: "desc" }],
        select: {
          id: true,
          progress: true,
          status: true,
          note: true,
          reason: true,
          milestoneId: true,
          reportedAt: true,
          author: { select: { fullName: true } },
          evidence: { where: { kind: "EVIDENCE" }, orderBy: { createdAt: "asc" }, select: { id: true, originalName: true, sizeBytes: true, mimeType: true } },
        },
      },
      comments: { orderBy: { createdAt: "asc" }, select: { id: true, body: true, createdAt: true, author: { select: { fullName: true, role: true } } } },
    },
  });
  if (!task) return null;
  const { leadAgencyId, ...rest } = task;
  const canReport = can(actor.role, "task.reportProgress") && !!actor.agencyId && actor.agencyId === leadAgencyId;
  return {
    ...rest,
    canReport,
    /** An officer of another agency: may read, not report. */
    readOnlyForOfficer: can(actor.role, "task.reportProgress") && !canReport,
    canComment: can(actor.role, "task.comment"),
  };
}

export type TaskDetail = NonNullable<Awaited<ReturnType<typeof getTaskDetail>>>;
