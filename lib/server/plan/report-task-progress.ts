import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { detectFileType, MAX_FILE_BYTES, safeDisplayName } from "@/lib/domain/file-check";
import { checkProgressUpdate, completedOnAfter, MAX_EVIDENCE_FILES } from "@/lib/domain/task-progress";
import { vnDateKey, vnInstant } from "@/lib/domain/working-days";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { getStorage, newStorageKey } from "@/lib/server/storage/file-storage";
import { taskFormErrors, ZTaskProgressUpdate, type TProgressField, type TTaskFormError } from "@/lib/validation/task-progress";

export type EvidenceFile = { fileName: string; bytes: Uint8Array };

export type ReportTaskProgressResult =
  | { ok: true; updateId: string; version: number }
  | { ok: false; fieldErrors: Partial<Record<TProgressField, TTaskFormError>> };

/** Refusal messages (AppError), exported so callers and tests can tell them apart. */
export const REPORT_REFUSALS = {
  notLeadAgency: "Chỉ cán bộ của cơ quan chủ trì được báo cáo tiến độ nhiệm vụ này.",
  conflict: "Nhiệm vụ vừa được người khác cập nhật. Vui lòng tải lại trang và báo cáo lại.",
} as const;

const dateOnly = (key: string) => new Date(`${key}T00:00:00Z`);

function evidenceError(files: readonly EvidenceFile[]): TTaskFormError | null {
  if (files.length > MAX_EVIDENCE_FILES) return "evidence.tooMany";
  // The same checks as dossier uploads (lib/domain/file-check.ts): by content, ≤ 10 MB.
  for (const f of files) {
    if (f.bytes.length === 0) return "evidence.empty";
    if (f.bytes.length > MAX_FILE_BYTES) return "evidence.tooLarge";
    if (!detectFileType(f.bytes)) return "evidence.type";
  }
  return null;
}

/**
 * An officer of the task's lead agency reports its progress: one TaskUpdate with its evidence
 * files, the milestone it completes, the task's new progress / status / completion date and an
 * audit entry, in one transaction guarded by the task's version (optimistic locking: a report
 * made on a stale page is refused with CONFLICT and changes nothing). Files are written to the
 * storage before the transaction and removed again if it does not commit.
 */
export async function reportTaskProgress(options: {
  actor: CurrentUser | null;
  code: string;
  input: Record<string, string | undefined>;
  files?: readonly EvidenceFile[];
  ip?: string | null;
  now?: Date;
}): Promise<ReportTaskProgressResult> {
  const { actor } = options;
  assertCan(actor, "task.reportProgress");
  if (!actor.agencyId) throw new AppError("FORBIDDEN", "Tài khoản chưa được gán cơ quan.");
  const code = options.code.trim().toUpperCase().slice(0, 20);
  const task = await db.task.findUnique({
    where: { code },
    select: {
      id: true, code: true, leadAgencyId: true, progress: true, status: true, completedAt: true, version: true, startDate: true,
      milestones: { select: { id: true, title: true, completedAt: true } },
      updates: { orderBy: [{ reportedAt: "desc" }, { createdAt: "desc" }], take: 1, select: { reportedAt: true } },
    },
  });
  if (!task) throw new AppError("NOT_FOUND", "Không tìm thấy nhiệm vụ.");
  if (task.leadAgencyId !== actor.agencyId) throw new AppError("FORBIDDEN", REPORT_REFUSALS.notLeadAgency);

  const files = options.files ?? [];
  const parsed = ZTaskProgressUpdate.safeParse(options.input);
  const fieldErrors: Partial<Record<TProgressField, TTaskFormError>> = parsed.success ? {} : (taskFormErrors(parsed.error) as Partial<Record<TProgressField, TTaskFormError>>);
  const fileError = evidenceError(files);
  if (fileError) fieldErrors.evidence = fileError;
  if (!parsed.success) {
    if ("expectedVersion" in fieldErrors) throw new AppError("BAD_REQUEST", "Biểu mẫu đã cũ. Tải lại trang và thử lại.");
    return { ok: false, fieldErrors };
  }
  const input = parsed.data;
  if (input.expectedVersion !== task.version) throw new AppError("CONFLICT", REPORT_REFUSALS.conflict);

  const now = options.now ?? new Date();
  const todayKey = vnDateKey(now);
  const previous = task.updates[0]?.reportedAt ?? null;
  const rules = checkProgressUpdate({
    current: { progress: task.progress, status: task.status, startKey: task.startDate.toISOString().slice(0, 10) },
    previousReportKey: previous ? vnDateKey(previous) : null,
    milestones: task.milestones,
    next: { ...input, evidenceCount: files.length },
    todayKey,
  });
  if (!rules.ok) Object.assign(fieldErrors, Object.fromEntries(Object.entries(rules.errors).filter(([field]) => !(field in fieldErrors))));
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };

  // Today's report carries the time it was made; an earlier date is pinned to midday (Vietnam).
  let reportedAt = input.reportedOn === todayKey ? now : vnInstant(input.reportedOn, 12);
  if (previous && reportedAt <= previous) reportedAt = new Date(previous.getTime() + 1000);
  const completedOn = completedOnAfter(input, task);

  const storage = getStorage();
  const stored = files.map((f) => {
    const mime = detectFileType(f.bytes)!;
    return {
      key: newStorageKey(now),
      bytes: f.bytes,
      originalName: safeDisplayName(f.fileName, mime),
      mimeType: mime,
      sha256: crypto.createHash("sha256").update(f.bytes).digest("hex"),
    };
  });
  const written: string[] = [];
  try {
    for (const s of stored) {
      await storage.put(s.key, s.bytes);
      written.push(s.key);
    }
    return await db.$transaction(async (tx) => {
      const bumped = await tx.task.updateMany({
        where: { id: task.id, version: input.expectedVersion },
        data: { progress: input.progress, status: input.status, completedAt: completedOn ? dateOnly(completedOn) : null, version: { increment: 1 } },
      });
      if (bumped.count !== 1) throw new AppError("CONFLICT", REPORT_REFUSALS.conflict);
      if (input.milestoneId) {
        const done = await tx.taskMilestone.updateMany({
          where: { id: input.milestoneId, taskId: task.id, completedAt: null },
          data: { completedAt: dateOnly(input.reportedOn) },
        });
        if (done.count !== 1) throw new AppError("CONFLICT", REPORT_REFUSALS.conflict);
      }
      const update = await tx.taskUpdate.create({
        data: {
          taskId: task.id,
          authorId: actor.id,
          progress: input.progress,
          status: input.status,
          note: input.note,
          reason: input.reason,
          milestoneId: input.milestoneId,
          reportedAt,
          createdAt: now,
          evidence: {
            create: stored.map((s) => ({
              kind: "EVIDENCE" as const,
              originalName: s.originalName,
              storageKey: s.key,
              mimeType: s.mimeType,
              sizeBytes: s.bytes.length,
              sha256: s.sha256,
              uploadedById: actor.id,
              createdAt: now,
            })),
          },
        },
        select: { id: true },
      });
      await writeAudit(tx, {
        actorId: actor.id,
        actorRole: actor.role,
        ip: options.ip,
        action: "task.progress.report",
        targetType: "Task",
        targetId: task.id,
        before: { progress: task.progress, status: task.status, completedAt: task.completedAt?.toISOString().slice(0, 10) ?? null, version: task.version },
        after: {
          progress: input.progress,
          status: input.status,
          completedAt: completedOn,
          version: task.version + 1,
          taskUpdateId: update.id,
          reportedOn: input.reportedOn,
          reason: input.reason,
          milestoneId: input.milestoneId,
          evidence: stored.map((s) => ({ sha256: s.sha256, sizeBytes: s.bytes.length, mimeType: s.mimeType })),
        },
      });
      return { ok: true as const, updateId: update.id, version: task.version + 1 };
    });
  } catch (error) {
    // Nothing committed: the files written for this report must not stay behind.
    await Promise.all(written.map((key) => storage.remove(key).catch(() => undefined)));
    throw error;
  }
}
