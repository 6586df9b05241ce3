// Feedback and complaints: a citizen sends one about their own dossier or a procedure, gets a
// code and a 15-working-day deadline, sees only their own, and rates the answer once; only an
// officer of the feedback's agency can answer it, which notifies the author.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { feedbackDueAt, parseFeedbackCode } from "@/lib/domain/feedback";
import { buildCalendar } from "@/lib/domain/working-days";
import { AppError } from "@/lib/errors";
import { answerFeedback } from "@/lib/server/feedback/answer-feedback";
import { createFeedback } from "@/lib/server/feedback/create-feedback";
import { getFeedbackFormOptions } from "@/lib/server/feedback/get-feedback-form-options";
import { getMyFeedback } from "@/lib/server/feedback/get-my-feedback";
import { listMyFeedback } from "@/lib/server/feedback/list-my-feedback";
import { rateFeedbackAnswer } from "@/lib/server/feedback/rate-feedback-answer";

const actors: Record<string, CurrentUser> = {};
let anDossier: { code: string; agencyId: string };
let binhDossierCode: string;
let officerOfAnDossier: CurrentUser;
let otherOfficer: CurrentUser;

const BODY = "Tôi nộp hồ sơ trực tuyến đã quá ngày hẹn nhưng chưa nhận được kết quả, đề nghị cơ quan kiểm tra.";

async function actorOf(where: { email: string } | { role: "OFFICER"; agencyId: string }): Promise<CurrentUser> {
  const u = "email" in where ? await db.user.findUniqueOrThrow({ where }) : await db.user.findFirstOrThrow({ where });
  return { id: u.id, name: u.fullName, email: u.email, role: u.role, agencyId: u.agencyId };
}

async function status(promise: Promise<unknown>): Promise<number> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).status;
}

beforeAll(async () => {
  for (const email of ["an.nguyen@demo.thainguyen.vn", "binh.tran@demo.thainguyen.vn", "canbo.tuphap@demo.thainguyen.vn", "lanhdao@demo.thainguyen.vn", "quantri@demo.thainguyen.vn"]) {
    actors[email.split("@")[0]] = await actorOf({ email });
  }
  const officerAgencies = (await db.user.findMany({ where: { role: "OFFICER", agencyId: { not: null } }, select: { agencyId: true } })).map((u) => u.agencyId!);
  const d = await db.dossier.findFirstOrThrow({
    where: { applicantId: actors["an.nguyen"].id, code: { not: null }, agencyId: { in: officerAgencies } },
    select: { code: true, agencyId: true },
  });
  anDossier = { code: d.code!, agencyId: d.agencyId };
  binhDossierCode = (await db.dossier.findFirstOrThrow({ where: { applicantId: actors["binh.tran"].id, code: { not: null } }, select: { code: true } })).code!;
  officerOfAnDossier = await actorOf({ role: "OFFICER", agencyId: anDossier.agencyId });
  otherOfficer = await actorOf({ role: "OFFICER", agencyId: (await db.agency.findFirstOrThrow({ where: { id: { not: anDossier.agencyId }, users: { some: { role: "OFFICER" } } } })).id });
});

beforeEach(async () => {
  await db.rateLimitBucket.deleteMany();
});

describe("createFeedback", () => {
  it("about one's own dossier: goes to the dossier's agency with a PAKN code and a 15-working-day deadline", async () => {
    const now = new Date();
    const result = await createFeedback({ actor: actors["an.nguyen"], input: { about: `dossier:${anDossier.code.toLowerCase()}`, subject: "Hồ sơ bị trễ hẹn", body: BODY }, ip: "203.0.113.5", now });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.code).toMatch(/^PAKN-\d{6}-\d{4}$/);
    const calendar = buildCalendar(await db.holiday.findMany({ select: { date: true, kind: true } }));
    expect(result.dueAt.toISOString()).toBe(feedbackDueAt(now, calendar).toISOString());
    const row = await db.feedback.findUniqueOrThrow({ where: { code: result.code }, include: { dossier: { select: { code: true } } } });
    expect(row).toMatchObject({ authorId: actors["an.nguyen"].id, agencyId: anDossier.agencyId, status: "OPEN", subject: "Hồ sơ bị trễ hẹn" });
    expect(row.dossier?.code).toBe(anDossier.code);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "feedback.create", targetId: row.id } });
    expect(audit).toMatchObject({ actorId: actors["an.nguyen"].id, ip: "203.0.113.5" });
  });

  it("numbers the day's feedback without gaps or duplicates, even when sent at the same moment", async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => createFeedback({
        actor: actors[i % 2 === 0 ? "an.nguyen" : "binh.tran"],
        input: { about: `dossier:${i % 2 === 0 ? anDossier.code : binhDossierCode}`, subject: `Phản ánh số ${i}`, body: BODY },
      })),
    );
    const codes = results.map((r) => (r.ok ? r.code : "lỗi"));
    const sequences = codes.map((c) => parseFeedbackCode(c)!.sequence).sort((a, b) => a - b);
    expect(new Set(codes).size).toBe(6);
    for (let i = 1; i < sequences.length; i++) expect(sequences[i]).toBe(sequences[i - 1] + 1);
  });

  it("refuses another citizen's dossier as if it did not exist, and writes nothing", async () => {
    const before = await db.feedback.count();
    const result = await createFeedback({ actor: actors["an.nguyen"], input: { about: `dossier:${binhDossierCode}`, subject: "Hồ sơ của người khác", body: BODY } });
    expect(result).toEqual({ ok: false, fieldErrors: { about: "about.notFound" } });
    expect(await db.feedback.count()).toBe(before);
  });

  it("about a provincial procedure: goes to the procedure's agency", async () => {
    const procedure = await db.procedure.findFirstOrThrow({ where: { scope: "PROVINCE", agencyId: { not: null }, isPublished: true } });
    const result = await createFeedback({ actor: actors["binh.tran"], input: { about: `procedure:${procedure.code}`, subject: "Đề nghị hướng dẫn rõ hơn", body: BODY } });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect((await db.feedback.findUniqueOrThrow({ where: { code: result.code } })).agencyId).toBe(procedure.agencyId);
  });

  it("about a commune-level procedure: the citizen must choose the commune, which receives it", async () => {
    const procedure = await db.procedure.findFirstOrThrow({ where: { scope: "COMMUNE", isPublished: true } });
    const commune = await db.agency.findFirstOrThrow({ where: { kind: "COMMUNE" } });
    const input = { about: `procedure:${procedure.code}`, subject: "Thủ tục cấp xã", body: BODY };
    expect(await createFeedback({ actor: actors["binh.tran"], input })).toEqual({ ok: false, fieldErrors: { communeCode: "communeCode.required" } });
    const department = await db.agency.findFirstOrThrow({ where: { kind: "DEPARTMENT" } });
    expect(await createFeedback({ actor: actors["binh.tran"], input: { ...input, communeCode: department.code } })).toEqual({ ok: false, fieldErrors: { communeCode: "communeCode.invalid" } });
    const result = await createFeedback({ actor: actors["binh.tran"], input: { ...input, communeCode: commune.code } });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect((await db.feedback.findUniqueOrThrow({ where: { code: result.code } })).agencyId).toBe(commune.id);
  });

  it("answers invalid input with field errors", async () => {
    expect(await createFeedback({ actor: actors["an.nguyen"], input: { about: "", subject: "x", body: "" } })).toEqual({
      ok: false,
      fieldErrors: { about: "about.required", subject: "subject.tooShort", body: "body.required" },
    });
    expect(await createFeedback({ actor: actors["an.nguyen"], input: { about: "procedure:9.999999", subject: "Không có thủ tục", body: BODY } })).toEqual({
      ok: false,
      fieldErrors: { about: "about.notFound" },
    });
  });

  it("is for citizens only", async () => {
    const input = { about: `dossier:${anDossier.code}`, subject: "Thử quyền", body: BODY };
    for (const who of ["canbo.tuphap", "lanhdao", "quantri"]) expect(await status(createFeedback({ actor: actors[who], input }))).toBe(403);
    expect(await status(createFeedback({ actor: null, input }))).toBe(401);
  });

  it("limits how much one citizen sends in an hour", async () => {
    const input = { about: `dossier:${anDossier.code}`, subject: "Gửi liên tục", body: BODY };
    for (let i = 0; i < 10; i++) expect((await createFeedback({ actor: actors["an.nguyen"], input })).ok).toBe(true);
    expect(await status(createFeedback({ actor: actors["an.nguyen"], input }))).toBe(429);
    expect((await createFeedback({ actor: actors["binh.tran"], input: { ...input, about: `dossier:${binhDossierCode}` } })).ok).toBe(true);
  });
});

describe("reading feedback", () => {
  it("a citizen lists only their own, and cannot open another's by its code", async () => {
    const an = await listMyFeedback({ actor: actors["an.nguyen"] });
    const binh = await listMyFeedback({ actor: actors["binh.tran"] });
    expect(an.length).toBeGreaterThan(0);
    expect(binh.length).toBeGreaterThan(0);
    const anCodes = new Set(an.map((f) => f.code));
    expect(binh.some((f) => anCodes.has(f.code))).toBe(false);
    const owners = await db.feedback.findMany({ where: { code: { in: [...anCodes] } }, select: { authorId: true } });
    expect(new Set(owners.map((o) => o.authorId))).toEqual(new Set([actors["an.nguyen"].id]));

    expect(await getMyFeedback({ actor: actors["an.nguyen"], code: an[0].code })).toMatchObject({ code: an[0].code });
    expect(await getMyFeedback({ actor: actors["binh.tran"], code: an[0].code })).toBeNull();
    expect(await getMyFeedback({ actor: actors["binh.tran"], code: an[0].code.toLowerCase() })).toBeNull();
  });

  it("returns no personal data of others (no author, no officer)", async () => {
    const detail = await getMyFeedback({ actor: actors["an.nguyen"], code: "PAKN-DEMO-0001" });
    expect(detail).not.toBeNull();
    for (const key of ["authorId", "answeredById", "author", "answeredBy", "id"]) expect(detail).not.toHaveProperty(key);
    expect(JSON.stringify(detail)).not.toContain("Nguyễn Văn An");
  });

  it("is refused to officers and anonymous callers", async () => {
    expect(await status(listMyFeedback({ actor: actors["canbo.tuphap"] }))).toBe(403);
    expect(await status(getMyFeedback({ actor: null, code: "PAKN-DEMO-0001" }))).toBe(401);
  });

  it("form options: only the citizen's own dossiers", async () => {
    const options = await getFeedbackFormOptions({ actor: actors["an.nguyen"] });
    expect(options.dossiers.map((d) => d.code)).toContain(anDossier.code);
    expect(options.dossiers.map((d) => d.code)).not.toContain(binhDossierCode);
    expect(options.procedures.length).toBeGreaterThan(10);
    expect(options.communes.length).toBeGreaterThan(0);
  });
});

describe("answering and rating", () => {
  let feedback: { id: string; code: string };

  beforeAll(async () => {
    const result = await createFeedback({ actor: actors["an.nguyen"], input: { about: `dossier:${anDossier.code}`, subject: "Cần trả lời", body: BODY } });
    if (!result.ok) throw new Error(JSON.stringify(result));
    feedback = await db.feedback.findUniqueOrThrow({ where: { code: result.code }, select: { id: true, code: true } });
  });

  it("the citizen cannot rate before there is an answer", async () => {
    expect(await status(rateFeedbackAnswer({ actor: actors["an.nguyen"], code: feedback.code, input: { satisfied: "yes" } }))).toBe(409);
  });

  it("only an officer of the feedback's agency may answer", async () => {
    const answer = "Cơ quan đã kiểm tra và trả kết quả hồ sơ cho ông trong ngày hôm nay.";
    expect(await status(answerFeedback({ actor: otherOfficer, feedbackId: feedback.id, answer }))).toBe(404);
    expect(await status(answerFeedback({ actor: actors["an.nguyen"], feedbackId: feedback.id, answer }))).toBe(403);
    expect(await status(answerFeedback({ actor: actors["lanhdao"], feedbackId: feedback.id, answer }))).toBe(403);
    expect(await status(answerFeedback({ actor: officerOfAnDossier, feedbackId: feedback.id, answer: "Ngắn" }))).toBe(400);
    expect((await db.feedback.findUniqueOrThrow({ where: { id: feedback.id } })).status).toBe("OPEN");

    const before = new Date();
    const answered = await answerFeedback({ actor: officerOfAnDossier, feedbackId: feedback.id, answer, ip: "10.1.2.3" });
    expect(answered.status).toBe("ANSWERED");
    const row = await db.feedback.findUniqueOrThrow({ where: { id: feedback.id } });
    expect(row).toMatchObject({ status: "ANSWERED", answer, answeredById: officerOfAnDossier.id });
    const notes = await db.notification.findMany({ where: { template: "feedback.answered", createdAt: { gte: before } } });
    expect(notes.map((n) => n.channel).sort()).toEqual(["EMAIL", "IN_APP"]);
    expect(notes.every((n) => n.userId === actors["an.nguyen"].id && n.subject.includes(feedback.code))).toBe(true);
    expect(await db.auditLog.count({ where: { action: "feedback.answer", targetId: feedback.id } })).toBe(1);

    expect(await status(answerFeedback({ actor: officerOfAnDossier, feedbackId: feedback.id, answer }))).toBe(409);
  });

  it("the author rates the answer once; nobody else can", async () => {
    expect(await status(rateFeedbackAnswer({ actor: actors["binh.tran"], code: feedback.code, input: { satisfied: "no" } }))).toBe(404);
    expect(await rateFeedbackAnswer({ actor: actors["an.nguyen"], code: feedback.code, input: {} })).toEqual({ ok: false, fieldErrors: { satisfied: "satisfied.required" } });
    const twice = await Promise.allSettled([
      rateFeedbackAnswer({ actor: actors["an.nguyen"], code: feedback.code, input: { satisfied: "no" } }),
      rateFeedbackAnswer({ actor: actors["an.nguyen"], code: feedback.code, input: { satisfied: "yes" } }),
    ]);
    expect(twice.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const row = await db.feedback.findUniqueOrThrow({ where: { id: feedback.id } });
    expect(row.citizenSatisfied).not.toBeNull();
    expect(await status(rateFeedbackAnswer({ actor: actors["an.nguyen"], code: feedback.code, input: { satisfied: "yes" } }))).toBe(409);
    expect(await db.auditLog.count({ where: { action: "feedback.rate", targetId: feedback.id } })).toBe(1);
  });
});
