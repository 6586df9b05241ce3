// Answering a request for more documents: files since the request, a note, then the clock
// resumes with the deadline moved by the working days waited (one transaction in
// transitionDossier), and the citizen's page shows it.
import fs from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { resumeAfterSupplement } from "@/lib/domain/dossier-deadline";
import { isLate, type DossierAction } from "@/lib/domain/dossier-workflow";
import { addWorkingDays } from "@/lib/domain/working-days";
import { DEMO_ACCOUNTS } from "../../prisma/seed/index";
import { officerOf, refusal, userOf } from "../support/actors";

vi.hoisted(() => {
  process.env.STORAGE_DIR = `/tmp/portal-test-uploads-supplement-${process.pid}`;
});

const { answerSupplement } = await import("@/lib/server/dossiers/answer-supplement");
const { getMyDossier } = await import("@/lib/server/dossiers/get-my-dossier");
const { transitionDossier } = await import("@/lib/server/dossiers/transition-dossier");
const { saveDossierAttachment } = await import("@/lib/server/attachments/save-dossier-attachment");
const { loadWorkCalendar } = await import("@/lib/server/calendar/load-work-calendar");

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const DAY = 86_400_000;

let an: CurrentUser;
let binh: CurrentUser;

/** An officer's step through the app's own operation; a late dossier first gets its apology and new date. */
async function asOfficer(dossierId: string, action: DossierAction, extra: { reason?: string; missingDocuments?: string[] } = {}) {
  const d = await db.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { agencyId: true, status: true, dueAt: true } });
  const officer = await officerOf(d.agencyId);
  if (isLate(d, new Date())) {
    const newDueAt = addWorkingDays(new Date(), 3, await loadWorkCalendar());
    await transitionDossier({ actor: officer, dossierId, action: "issue_apology", reason: "Cần xác minh thêm thông tin", newDueAt });
  }
  return transitionDossier({ actor: officer, dossierId, action, ...extra });
}

const state = (id: string) =>
  db.dossier.findUniqueOrThrow({
    where: { id },
    select: { status: true, version: true, dueAt: true, pausedAt: true, pausedWorkingDays: true, receivedAt: true },
  });

beforeAll(async () => {
  const [a, b] = await Promise.all(
    DEMO_ACCOUNTS.filter((x) => x.role === "CITIZEN").map((x) => db.user.findUniqueOrThrow({ where: { email: x.email } })),
  );
  an = userOf(a);
  binh = userOf(b);
});

describe("answering the seeded supplement request", () => {
  let dossierId: string;
  let before: Awaited<ReturnType<typeof state>>;

  beforeAll(async () => {
    dossierId = (await db.dossier.findFirstOrThrow({ where: { applicantId: an.id, status: "SUPPLEMENT_REQUESTED" }, select: { id: true } })).id;
    before = await state(dossierId);
    expect(before.pausedAt).not.toBeNull();
    expect(before.dueAt).not.toBeNull();
  });

  it("shows the request on the citizen's page: reason, paused clock, the citizen holds the dossier", async () => {
    const page = await getMyDossier({ actor: an, dossierId });
    expect(page?.supplementRequest?.reason).toBeTruthy();
    expect(page?.deadline).toEqual({ kind: "paused", dueAt: before.dueAt });
    expect(page?.holder).toBe("citizen");
    expect(page?.canAnswerSupplement).toBe(true);
    expect(page?.canWithdraw).toBe(false);
  });

  it("refuses an answer without any new file", async () => {
    const error = await refusal(answerSupplement({ actor: an, dossierId, expectedVersion: before.version }));
    expect(error.status).toBe(400);
    expect(error.fieldErrors?.file).toBe("Tải lên ít nhất một tệp bổ sung trước khi gửi.");
    expect((await state(dossierId)).status).toBe("SUPPLEMENT_REQUESTED");
  });

  it("refuses another citizen as if the dossier did not exist, and officers outright", async () => {
    expect((await refusal(answerSupplement({ actor: binh, dossierId, expectedVersion: before.version }))).status).toBe(404);
    const officer = await officerOf((await db.dossier.findUniqueOrThrow({ where: { id: dossierId } })).agencyId);
    expect((await refusal(answerSupplement({ actor: officer, dossierId, expectedVersion: before.version }))).status).toBe(403);
  });

  it("refuses a note over 1000 characters and a stale page (version)", async () => {
    await saveDossierAttachment({ actor: an, dossierId, fileName: "to-khai-bo-sung.pdf", bytes: PDF, documentName: "Tờ khai" });
    const long = await refusal(answerSupplement({ actor: an, dossierId, expectedVersion: before.version, note: "a".repeat(1001) }));
    expect(long.status).toBe(400);
    expect(long.fieldErrors?.note).toBe("Ghi chú tối đa 1000 ký tự.");
    expect((await refusal(answerSupplement({ actor: an, dossierId, expectedVersion: before.version - 1 }))).status).toBe(409);
  });

  it("resumes the clock and moves the deadline by the working days waited", async () => {
    // Answered two weeks after the request: about ten working days of waiting.
    const now = new Date((before.pausedAt as Date).getTime() + 14 * DAY);
    const expected = resumeAfterSupplement(before.dueAt, before.pausedAt as Date, now, await loadWorkCalendar());
    expect(expected.pausedWorkingDays).toBeGreaterThanOrEqual(8);

    const result = await answerSupplement({ actor: an, dossierId, expectedVersion: before.version, note: "  Đã chụp lại bản gốc, rõ nét.  ", now });
    const after = await state(dossierId);
    expect(result.status).toBe(before.receivedAt ? "PROCESSING" : "SUBMITTED");
    expect(after.status).toBe(result.status);
    expect(after.pausedAt).toBeNull();
    expect(after.dueAt).toEqual(expected.dueAt);
    expect((after.dueAt as Date).getTime()).toBeGreaterThan((before.dueAt as Date).getTime());
    expect(after.pausedWorkingDays).toBe(before.pausedWorkingDays + expected.pausedWorkingDays);
    expect(after.version).toBe(before.version + 1);

    const event = await db.dossierEvent.findFirstOrThrow({ where: { dossierId, action: "supplement" }, orderBy: { createdAt: "desc" } });
    expect(event.note).toBe("Đã chụp lại bản gốc, rõ nét.");
    expect(event.actorId).toBe(an.id);
    expect(await db.auditLog.count({ where: { targetId: dossierId, action: "dossier.supplement", actorId: an.id } })).toBe(1);

    const page = await getMyDossier({ actor: an, dossierId });
    const last = page?.timeline.at(-1);
    expect(last?.kind).toBe("supplemented");
    expect(last?.newDueAt).toEqual(after.dueAt);
    expect(last?.waitedWorkingDays).toBe(expected.pausedWorkingDays);
    expect(last?.citizenNote).toBe("Đã chụp lại bản gốc, rõ nét.");
    expect(page?.supplementRequest).toBeNull();
    expect(page?.canAnswerSupplement).toBe(false);
  });

  it("refuses a second answer", async () => {
    const now = await state(dossierId);
    expect((await refusal(answerSupplement({ actor: an, dossierId, expectedVersion: now.version }))).status).toBe(409);
  });

  it("counts only files uploaded since the latest request", async () => {
    await asOfficer(dossierId, "request_supplement", { reason: "Thiếu bản sao Giấy khai sinh", missingDocuments: ["Bản sao Giấy khai sinh"] });
    const waiting = await state(dossierId);
    expect(waiting.status).toBe("SUPPLEMENT_REQUESTED");
    // The file of the first round is still attached, but does not answer the new request.
    expect(await db.attachment.count({ where: { dossierId, kind: "SUPPLEMENT" } })).toBe(1);
    expect((await refusal(answerSupplement({ actor: an, dossierId, expectedVersion: waiting.version }))).status).toBe(400);
  });
});

describe("a request made by an officer of the app", () => {
  it("lists the requested documents for the citizen, then resumes when answered", async () => {
    const candidate = await db.dossier.findFirstOrThrow({
      where: { applicantId: binh.id, status: { in: ["RECEIVED", "PROCESSING"] } },
      orderBy: { submittedAt: "desc" },
      select: { id: true },
    });
    const requested = ["Bản sao Giấy chứng nhận kết hôn", "Ảnh chân dung 4x6 cm"];
    await asOfficer(candidate.id, "request_supplement", { reason: "Ảnh chân dung không đúng quy cách", missingDocuments: requested });

    const page = await getMyDossier({ actor: binh, dossierId: candidate.id });
    expect(page?.status).toBe("SUPPLEMENT_REQUESTED");
    expect(page?.supplementRequest?.missingDocuments).toEqual(requested);
    expect(page?.supplementRequest?.reason).toBe("Ảnh chân dung không đúng quy cách");
    const request = page?.timeline.at(-1);
    expect(request?.kind).toBe("supplement_requested");
    expect(request?.holder).toBe("citizen");

    const before = await state(candidate.id);
    const saved = await saveDossierAttachment({ actor: binh, dossierId: candidate.id, fileName: "anh-4x6.pdf", bytes: PDF, documentName: requested[1] });
    expect((await getMyDossier({ actor: binh, dossierId: candidate.id }))?.pendingSupplementFiles.map((f) => f.id)).toEqual([saved.id]);

    const now = new Date();
    const expected = resumeAfterSupplement(before.dueAt, before.pausedAt as Date, now, await loadWorkCalendar());
    await answerSupplement({ actor: binh, dossierId: candidate.id, expectedVersion: before.version, now });
    const after = await state(candidate.id);
    expect(after.status).toBe("PROCESSING");
    expect(after.dueAt).toEqual(expected.dueAt);
    expect(after.pausedAt).toBeNull();
  });
});

afterAll(async () => {
  await fs.rm(process.env.STORAGE_DIR as string, { recursive: true, force: true });
});
