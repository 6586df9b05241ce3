// Task progress: only an officer of the task's lead agency reports it (TaskUpdate + evidence
// files + milestone + task state + audit in one transaction, guarded by the task's version);
// going backwards needs a reason; leaders comment; evidence is readable by every role with
// task.read and by no citizen.
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { vnDateKey } from "@/lib/domain/working-days";
import { actorByEmail, DEMO, refusal } from "../support/actors";
import { PNG_1X1, samplePdf } from "../support/files";

vi.hoisted(() => {
  process.env.STORAGE_DIR = `/tmp/portal-test-uploads-task-progress-${process.pid}`;
});

const { reportTaskProgress, REPORT_REFUSALS } = await import("@/lib/server/plan/report-task-progress");
const { addTaskComment } = await import("@/lib/server/plan/add-task-comment");
const { getTaskDetail } = await import("@/lib/server/plan/get-task-detail");
const { listOfficerTasks } = await import("@/lib/server/plan/list-officer-tasks");
const { readAttachment } = await import("@/lib/server/attachments/read-attachment");

const STORAGE = process.env.STORAGE_DIR as string;
const IP = "203.0.113.9";

let officer: CurrentUser; // canbo.tuphap — Sở Tư pháp leads NV05
let otherOfficer: CurrentUser; // canbo.pdp — a commune, leads nothing
let citizen: CurrentUser;
let leader: CurrentUser;
let admin: CurrentUser;
let code: string;
const todayKey = () => vnDateKey(new Date());

async function storedFiles(): Promise<number> {
  const entries = await fs.readdir(STORAGE, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).length;
}

async function snapshot() {
  const task = await db.task.findUniqueOrThrow({ where: { code }, select: { id: true, progress: true, status: true, version: true, completedAt: true } });
  return {
    task,
    updates: await db.taskUpdate.count({ where: { taskId: task.id } }),
    evidence: await db.attachment.count({ where: { kind: "EVIDENCE" } }),
    audits: await db.auditLog.count({ where: { targetType: "Task", targetId: task.id } }),
    files: await storedFiles(),
  };
}

function report(actor: CurrentUser | null, input: Record<string, string | undefined>, files: { fileName: string; bytes: Uint8Array }[] = []) {
  return reportTaskProgress({ actor, code, input, files, ip: IP });
}

async function validInput(over: Record<string, string> = {}) {
  const task = await db.task.findUniqueOrThrow({ where: { code }, select: { progress: true, version: true } });
  return { progress: String(Math.min(99, task.progress + 2)), status: "AT_RISK", note: "Đã số hóa thêm 12.000 sổ hộ tịch của các xã thuộc huyện cũ.", reportedOn: todayKey(), expectedVersion: String(task.version), ...over };
}

beforeAll(async () => {
  officer = await actorByEmail(DEMO.officerTuPhap);
  otherOfficer = await actorByEmail(DEMO.officerPdp);
  citizen = await actorByEmail(DEMO.an);
  leader = await actorByEmail(DEMO.leader);
  admin = await actorByEmail(DEMO.admin);
  const led = await db.task.findFirstOrThrow({ where: { leadAgencyId: officer.agencyId!, status: { not: "DONE" } }, orderBy: { code: "asc" }, select: { code: true } });
  code = led.code;
});

afterAll(async () => {
  await fs.rm(STORAGE, { recursive: true, force: true });
});

describe("reading tasks", () => {
  it("the demo officer of Sở Tư pháp leads a task; the page data says who may report and comment", async () => {
    const tasks = await listOfficerTasks({ actor: officer });
    expect(tasks.led.map((t) => t.code)).toContain(code);
    expect(tasks.others.map((t) => t.code)).not.toContain(code);
    expect(tasks.led.length + tasks.others.length).toBe(37);

    const mine = await getTaskDetail({ actor: officer, code: code.toLowerCase() });
    expect(mine?.canReport).toBe(true);
    expect(mine?.canComment).toBe(false);
    const theirs = await getTaskDetail({ actor: otherOfficer, code });
    expect(theirs?.canReport).toBe(false);
    expect(theirs?.readOnlyForOfficer).toBe(true);
    const leaders = await getTaskDetail({ actor: leader, code });
    expect(leaders?.canComment).toBe(true);
    expect(leaders?.canReport).toBe(false);
    expect((await getTaskDetail({ actor: admin, code }))?.canReport).toBe(false);
    expect(await getTaskDetail({ actor: leader, code: "NV99" })).toBeNull();
    expect((await refusal(getTaskDetail({ actor: citizen, code }))).code).toBe("FORBIDDEN");
  });
});

describe("reportTaskProgress", () => {
  let updateId: string;
  let pdfBytes: Buffer;

  it("the lead agency's officer posts an update with evidence and a milestone: one transaction writes everything", async () => {
    const before = await snapshot();
    const milestone = await db.taskMilestone.findFirstOrThrow({ where: { task: { code }, completedAt: null }, orderBy: { order: "asc" } });
    pdfBytes = samplePdf("Bao cao so hoa ho tich");
    const input = await validInput({ milestoneId: milestone.id });
    const result = await report(officer, input, [
      { fileName: "bao-cao-tien-do.pdf", bytes: pdfBytes },
      { fileName: "anh chup.png", bytes: PNG_1X1 },
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result));
    updateId = result.updateId;
    expect(result.version).toBe(before.task.version + 1);

    const update = await db.taskUpdate.findUniqueOrThrow({ where: { id: updateId }, include: { evidence: { orderBy: { originalName: "asc" } } } });
    expect(update).toMatchObject({ authorId: officer.id, progress: Number(input.progress), status: "AT_RISK", note: input.note, reason: null, milestoneId: milestone.id });
    expect(vnDateKey(update.reportedAt)).toBe(todayKey());
    expect(update.evidence.map((a) => [a.kind, a.originalName, a.mimeType, a.dossierId, a.uploadedById])).toEqual([
      ["EVIDENCE", "anh chup.png", "image/png", null, officer.id],
      ["EVIDENCE", "bao-cao-tien-do.pdf", "application/pdf", null, officer.id],
    ]);
    const pdfRow = update.evidence[1];
    expect(await fs.readFile(path.join(STORAGE, pdfRow.storageKey))).toEqual(pdfBytes);
    expect(pdfRow.sizeBytes).toBe(pdfBytes.length);

    const after = await snapshot();
    expect(after.task).toMatchObject({ progress: Number(input.progress), status: "AT_RISK", version: before.task.version + 1, completedAt: null });
    expect(after.updates).toBe(before.updates + 1);
    expect(after.evidence).toBe(before.evidence + 2);
    expect(after.files).toBe(before.files + 2);
    expect((await db.taskMilestone.findUniqueOrThrow({ where: { id: milestone.id } })).completedAt?.toISOString().slice(0, 10)).toBe(todayKey());

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "task.progress.report", targetId: after.task.id }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ actorId: officer.id, actorRole: "OFFICER", ip: IP, targetType: "Task" });
    expect(audit.before).toMatchObject({ progress: before.task.progress, version: before.task.version });
    expect(audit.after).toMatchObject({ progress: Number(input.progress), status: "AT_RISK", taskUpdateId: updateId, milestoneId: milestone.id });

    // The new report is on the task page, newest first, with its evidence.
    const detail = await getTaskDetail({ actor: leader, code });
    expect(detail?.updates[0].id).toBe(updateId);
    expect(detail?.updates[0].author?.fullName).toBe(officer.name);
    expect(detail?.updates[0].evidence).toHaveLength(2);
  });

  it("a milestone is completed only once", async () => {
    const done = await db.taskMilestone.findFirstOrThrow({ where: { task: { code }, completedAt: { not: null } } });
    const before = await snapshot();
    const result = await report(officer, await validInput({ milestoneId: done.id }));
    expect(result).toEqual({ ok: false, fieldErrors: { milestoneId: "milestone.alreadyCompleted" } });
    expect(await snapshot()).toEqual(before);
  });

  it("going backwards without a reason is refused and nothing is written (files included)", async () => {
    const before = await snapshot();
    const result = await report(officer, await validInput({ progress: String(before.task.progress - 10) }), [{ fileName: "a.pdf", bytes: samplePdf() }]);
    expect(result).toEqual({ ok: false, fieldErrors: { reason: "progress.backwardsNeedsReason" } });
    expect(await snapshot()).toEqual(before);
  });

  it("going backwards with a reason is accepted and the reason kept", async () => {
    const before = await snapshot();
    const reason = "Rà soát lại: 3.000 sổ đã số hóa chưa đạt chuẩn, phải làm lại.";
    const result = await report(officer, await validInput({ progress: String(before.task.progress - 5), reason }));
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect((await db.taskUpdate.findUniqueOrThrow({ where: { id: result.updateId } })).reason).toBe(reason);
    expect((await snapshot()).task.progress).toBe(before.task.progress - 5);
  });

  it("refuses bad input beside each field: missing note, future date, DONE below 100 %, 100 % not DONE, bad files", async () => {
    const before = await snapshot();
    const tomorrow = vnDateKey(new Date(Date.now() + 86_400_000));
    expect(await report(officer, await validInput({ note: "  " }))).toEqual({ ok: false, fieldErrors: { note: "note.required" } });
    expect(await report(officer, await validInput({ reportedOn: tomorrow }))).toEqual({ ok: false, fieldErrors: { reportedOn: "reportedOn.future" } });
    expect(await report(officer, await validInput({ reportedOn: "2020-01-01" }))).toEqual({ ok: false, fieldErrors: { reportedOn: "reportedOn.beforePrevious" } });
    expect(await report(officer, await validInput({ progress: "90", status: "DONE" }))).toEqual({ ok: false, fieldErrors: { status: "status.doneNeedsFull" } });
    expect(await report(officer, await validInput({ progress: "100", status: "ON_TRACK" }))).toEqual({ ok: false, fieldErrors: { status: "progress.fullNeedsDone" } });
    expect(await report(officer, await validInput({ progress: "101" }))).toEqual({ ok: false, fieldErrors: { progress: "progress.invalid" } });
    expect(await report(officer, await validInput(), [{ fileName: "x.pdf", bytes: Buffer.from("MZ not a pdf") }])).toEqual({ ok: false, fieldErrors: { evidence: "evidence.type" } });
    const six = Array.from({ length: 6 }, (_, i) => ({ fileName: `${i}.png`, bytes: PNG_1X1 }));
    expect(await report(officer, await validInput(), six)).toEqual({ ok: false, fieldErrors: { evidence: "evidence.tooMany" } });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses everyone but the lead agency's officers: other agency's officer, citizen, leader, admin, anonymous", async () => {
    const before = await snapshot();
    const input = await validInput();
    const other = await refusal(report(otherOfficer, input, [{ fileName: "a.pdf", bytes: samplePdf() }]));
    expect(other.code).toBe("FORBIDDEN");
    expect(other.message).toBe(REPORT_REFUSALS.notLeadAgency);
    for (const actor of [citizen, leader, admin]) expect((await refusal(report(actor, input))).code, actor.role).toBe("FORBIDDEN");
    expect((await refusal(report(null, input))).code).toBe("UNAUTHORIZED");
    expect((await refusal(reportTaskProgress({ actor: officer, code: "NV99", input }))).code).toBe("NOT_FOUND");
    expect(await snapshot()).toEqual(before);
  });

  it("a stale version gets CONFLICT and changes nothing", async () => {
    const before = await snapshot();
    const error = await refusal(report(officer, await validInput({ expectedVersion: String(before.task.version - 1) }), [{ fileName: "a.pdf", bytes: samplePdf() }]));
    expect(error.code).toBe("CONFLICT");
    expect(await snapshot()).toEqual(before);
  });

  it("two reports on the same version at once: exactly one wins; the loser's files are removed from storage", async () => {
    const before = await snapshot();
    const input = await validInput();
    const results = await Promise.allSettled([
      report(officer, input, [{ fileName: "mot.pdf", bytes: samplePdf("mot") }]),
      report(officer, { ...input, note: "Báo cáo thứ hai cùng lúc." }, [{ fileName: "hai.pdf", bytes: samplePdf("hai") }, { fileName: "ba.png", bytes: PNG_1X1 }]),
    ]);
    const won = results.filter((r) => r.status === "fulfilled" && r.value.ok);
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(((lost[0] as PromiseRejectedResult).reason as { code: string }).code).toBe("CONFLICT");
    const after = await snapshot();
    expect(after.task.version).toBe(before.task.version + 1);
    expect(after.updates).toBe(before.updates + 1);
    // Every stored file belongs to a row, and every row has its file.
    expect(after.files - before.files).toBe(after.evidence - before.evidence);
  });

  it("evidence can be downloaded by every role with task.read (officers of any agency, leaders, admins), not by citizens", async () => {
    const row = await db.attachment.findFirstOrThrow({ where: { taskUpdateId: updateId, mimeType: "application/pdf" } });
    for (const actor of [officer, otherOfficer, leader, admin]) {
      const file = await readAttachment({ actor, attachmentId: row.id, ip: IP });
      expect(file.bytes, actor.role).toEqual(pdfBytes);
      expect(file.fileName).toBe("bao-cao-tien-do.pdf");
    }
    const refused = await refusal(readAttachment({ actor: citizen, attachmentId: row.id, ip: IP }));
    expect(refused.code).toBe("NOT_FOUND");
    expect((await refusal(readAttachment({ actor: null, attachmentId: row.id }))).code).toBe("UNAUTHORIZED");
    expect(await db.auditLog.count({ where: { action: "attachment.read.refused", actorId: citizen.id, targetId: row.id } })).toBe(1);
  });
});

describe("addTaskComment", () => {
  it("a leader comments (with audit); the comment is on the task page", async () => {
    const body = "Đề nghị Sở Tư pháp hoàn thành số hóa sổ hộ tịch trước ngày 31/12.";
    const result = await addTaskComment({ actor: leader, code, body, ip: IP });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const row = await db.taskComment.findUniqueOrThrow({ where: { id: result.commentId } });
    expect(row).toMatchObject({ authorId: leader.id, body });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "task.comment", actorId: leader.id }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ targetType: "Task", ip: IP, actorRole: "LEADER" });
    const detail = await getTaskDetail({ actor: officer, code });
    expect(detail?.comments.find((c) => c.id === result.commentId)).toMatchObject({ body, author: { fullName: leader.name, role: "LEADER" } });
  });

  it("an empty comment is refused beside the field; officers, admins and citizens cannot comment", async () => {
    const before = await db.taskComment.count();
    expect(await addTaskComment({ actor: leader, code, body: "   " })).toEqual({ ok: false, fieldErrors: { body: "body.required" } });
    for (const actor of [officer, otherOfficer, admin, citizen]) expect((await refusal(addTaskComment({ actor, code, body: "Ý kiến" }))).code, actor.role).toBe("FORBIDDEN");
    expect((await refusal(addTaskComment({ actor: leader, code: "NV99", body: "Ý kiến" }))).code).toBe("NOT_FOUND");
    expect(await db.taskComment.count()).toBe(before);
  });
});
