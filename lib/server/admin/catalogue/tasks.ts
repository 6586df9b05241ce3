import "server-only";
import { db, type Tx } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { dayOf, type AdminWriteResult } from "@/lib/validation/admin-catalogue-fields";
import { checkTask, type TAdminTask } from "@/lib/validation/admin-tasks";
import { agencyOrder, DUPLICATE_CODE, isUniqueViolation } from "./common";

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** Every task of the plan, by code (NV01 … NV37). */
export async function listAdminTasks(actor: CurrentUser | null) {
  assertCan(actor, "admin.manage");
  return db.task.findMany({
    orderBy: { code: "asc" },
    select: {
      id: true,
      code: true,
      title: true,
      dueDate: true,
      weight: true,
      status: true,
      progress: true,
      pillar: { select: { code: true, name: true } },
      leadAgency: { select: { shortName: true } },
      _count: { select: { milestones: true } },
    },
  });
}

export type TaskFormOptions = {
  pillars: { id: string; code: string; name: string }[];
  agencies: { id: string; name: string; kind: "PROVINCE" | "DEPARTMENT" | "COMMUNE" }[];
};

/** Pillars and the agencies that can lead a task. */
export async function getTaskFormOptions(actor: CurrentUser | null): Promise<TaskFormOptions> {
  assertCan(actor, "admin.manage");
  const [pillars, agencies] = await Promise.all([
    db.pillar.findMany({ orderBy: { order: "asc" }, select: { id: true, code: true, name: true } }),
    db.agency.findMany({ where: { isActive: true }, orderBy: agencyOrder, select: { id: true, name: true, kind: true } }),
  ]);
  return { pillars, agencies };
}

/** One task as its edit form shows it (dates as YYYY-MM-DD), with its milestones in order. */
export async function getAdminTask(actor: CurrentUser | null, id: string) {
  assertCan(actor, "admin.manage");
  const t = await db.task.findUnique({
    where: { id },
    select: {
      id: true,
      code: true,
      title: true,
      description: true,
      pillarId: true,
      leadAgencyId: true,
      startDate: true,
      dueDate: true,
      weight: true,
      progress: true,
      status: true,
      version: true,
      milestones: { orderBy: { order: "asc" }, select: { id: true, title: true, dueDate: true, completedAt: true, order: true } },
    },
  });
  if (!t) return null;
  return {
    ...t,
    startDate: iso(t.startDate)!,
    dueDate: iso(t.dueDate)!,
    milestones: t.milestones.map((m) => ({ id: m.id, title: m.title, dueDate: iso(m.dueDate)!, completedAt: iso(m.completedAt) })),
  };
}
export type AdminTask = NonNullable<Awaited<ReturnType<typeof getAdminTask>>>;

async function snapshotOf(tx: Tx, id: string) {
  const t = await tx.task.findUnique({
    where: { id },
    select: {
      code: true,
      title: true,
      description: true,
      pillarId: true,
      leadAgencyId: true,
      startDate: true,
      dueDate: true,
      weight: true,
      version: true,
      milestones: { orderBy: { order: "asc" }, select: { id: true, title: true, dueDate: true, order: true } },
    },
  });
  if (!t) return null;
  return {
    ...t,
    startDate: iso(t.startDate),
    dueDate: iso(t.dueDate),
    milestones: t.milestones.map((m) => ({ ...m, dueDate: iso(m.dueDate) })),
  };
}

async function referenceErrors(t: TAdminTask): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  const [pillar, agency] = await Promise.all([
    db.pillar.findUnique({ where: { id: t.pillarId }, select: { id: true } }),
    db.agency.findFirst({ where: { id: t.leadAgencyId, isActive: true }, select: { id: true } }),
  ]);
  if (!pillar) errors.pillarId = "Chọn trụ cột trong danh sách";
  if (!agency) errors.leadAgencyId = "Chọn cơ quan chủ trì trong danh sách";
  return errors;
}

const columns = (t: TAdminTask) => ({
  code: t.code,
  title: t.title,
  description: t.description,
  pillarId: t.pillarId,
  leadAgencyId: t.leadAgencyId,
  startDate: dayOf(t.startDate),
  dueDate: dayOf(t.dueDate),
  weight: t.weight,
});

/**
 * Makes the task's milestones exactly the given list, in its order (1, 2, …): milestones that
 * are kept (by id) keep their completion, the others are removed, new ones are added.
 */
async function replaceMilestones(tx: Tx, taskId: string, milestones: TAdminTask["milestones"]) {
  const existing = await tx.taskMilestone.findMany({ where: { taskId }, select: { id: true } });
  const known = new Set(existing.map((m) => m.id));
  const kept = new Set(milestones.map((m) => m.id).filter((id): id is string => !!id && known.has(id)));
  await tx.taskMilestone.deleteMany({ where: { taskId, id: { notIn: [...kept] } } });
  // Out of the way first: (taskId, order) is unique and the list may have been reordered.
  let parked = 0;
  for (const id of kept) await tx.taskMilestone.update({ where: { id }, data: { order: 100_000 + parked++ } });
  for (const [i, m] of milestones.entries()) {
    const data = { title: m.title, dueDate: dayOf(m.dueDate), order: i + 1 };
    if (m.id && kept.has(m.id)) await tx.taskMilestone.update({ where: { id: m.id }, data });
    else await tx.taskMilestone.create({ data: { taskId, ...data } });
  }
}

export async function createTask(options: { actor: CurrentUser | null; input: unknown; ip?: string | null }): Promise<AdminWriteResult> {
  const { actor } = options;
  assertCan(actor, "admin.manage");
  const check = checkTask(options.input);
  if (!check.ok) return check;
  const t = check.data;
  const errors = await referenceErrors(t);
  if (await db.task.findUnique({ where: { code: t.code }, select: { id: true } })) errors.code = DUPLICATE_CODE;
  if (Object.keys(errors).length) return { ok: false, fieldErrors: errors };
  try {
    const id = await db.$transaction(async (tx) => {
      const created = await tx.task.create({ data: columns(t), select: { id: true } });
      await replaceMilestones(tx, created.id, t.milestones.map((m) => ({ ...m, id: null })));
      const after = await snapshotOf(tx, created.id);
      await writeAudit(tx, { actorId: actor.id, actorRole: actor.role, ip: options.ip, action: "task.create", targetType: "Task", targetId: created.id, after: after! });
      return created.id;
    });
    return { ok: true, id };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { code: DUPLICATE_CODE } };
    throw error;
  }
}

/** Edits a task and its milestones (never its reported progress or status). */
export async function updateTask(options: { actor: CurrentUser | null; id: string; input: unknown; ip?: string | null }): Promise<AdminWriteResult> {
  const { actor } = options;
  assertCan(actor, "admin.manage");
  const check = checkTask(options.input);
  if (!check.ok) return check;
  const t = check.data;
  const errors = await referenceErrors(t);
  if (await db.task.findFirst({ where: { code: t.code, id: { not: options.id } }, select: { id: true } })) errors.code = DUPLICATE_CODE;
  if (Object.keys(errors).length) return { ok: false, fieldErrors: errors };
  try {
    const id = await db.$transaction(async (tx) => {
      const before = await snapshotOf(tx, options.id);
      if (!before) throw new AppError("NOT_FOUND", "Không tìm thấy nhiệm vụ.");
      const expected = t.expectedVersion ?? before.version;
      const { count } = await tx.task.updateMany({ where: { id: options.id, version: expected }, data: { ...columns(t), version: { increment: 1 } } });
      if (count === 0) throw new AppError("CONFLICT", "Nhiệm vụ vừa được cập nhật bởi người khác. Hãy tải lại trang để xem bản mới nhất.");
      await replaceMilestones(tx, options.id, t.milestones);
      const after = await snapshotOf(tx, options.id);
      await writeAudit(tx, { actorId: actor.id, actorRole: actor.role, ip: options.ip, action: "task.update", targetType: "Task", targetId: options.id, before, after: after! });
      return options.id;
    });
    return { ok: true, id };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { code: DUPLICATE_CODE } };
    throw error;
  }
}
