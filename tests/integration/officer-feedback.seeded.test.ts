// Officers answering feedback: the list and the detail are scoped to the officer's own agency
// (another agency's feedback is never listed, and its code is "not found"), open ones sorted by
// deadline with the overdue ones counted; answering moves one from "open" to "answered".
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { answerFeedback } from "@/lib/server/feedback/answer-feedback";
import { getAgencyFeedback } from "@/lib/server/feedback/get-agency-feedback";
import { listAgencyFeedback } from "@/lib/server/feedback/list-agency-feedback";
import { getMyFeedback } from "@/lib/server/feedback/get-my-feedback";
import { actorByEmail, DEMO, refusal } from "../support/actors";

const DAY = 86_400_000;
let officer: CurrentUser; // Sở Tư pháp
let otherOfficer: CurrentUser; // UBND phường Phan Đình Phùng
let binh: CurrentUser;
const now = new Date();

async function addFeedback(code: string, agencyId: string, over: { dueInDays: number; status?: "OPEN" | "ANSWERED"; subject?: string }) {
  await db.feedback.create({
    data: {
      code,
      authorId: binh.id,
      agencyId,
      subject: over.subject ?? `Phản ánh thử ${code}`,
      body: "Nội dung phản ánh dùng cho kiểm thử phạm vi cơ quan.",
      status: over.status ?? "OPEN",
      dueAt: new Date(now.getTime() + over.dueInDays * DAY),
      createdAt: new Date(now.getTime() - 20 * DAY),
      ...(over.status === "ANSWERED" ? { answer: "Đã tiếp thu và xử lý.", answeredAt: new Date(now.getTime() - DAY), answeredById: officer.id } : {}),
    },
  });
}

beforeAll(async () => {
  officer = await actorByEmail(DEMO.officerTuPhap);
  otherOfficer = await actorByEmail(DEMO.officerPdp);
  binh = await actorByEmail(DEMO.binh);
  await addFeedback("PAKN-TEST-STP-LATE", officer.agencyId!, { dueInDays: -2 });
  await addFeedback("PAKN-TEST-STP-SOON", officer.agencyId!, { dueInDays: 1 });
  await addFeedback("PAKN-TEST-STP-DONE", officer.agencyId!, { dueInDays: -5, status: "ANSWERED" });
  await addFeedback("PAKN-TEST-PDP-LATE", otherOfficer.agencyId!, { dueInDays: -3 });
});

describe("listAgencyFeedback", () => {
  it("lists only the officer's agency, open ones by nearest deadline, with counts equal to the database", async () => {
    const list = await listAgencyFeedback({ actor: officer, now });
    const codes = list.items.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(["PAKN-TEST-STP-LATE", "PAKN-TEST-STP-SOON", "PAKN-DEMO-0003"]));
    expect(codes).not.toContain("PAKN-TEST-PDP-LATE");
    expect(codes).not.toContain("PAKN-TEST-STP-DONE");
    const rows = await db.feedback.findMany({ where: { code: { in: codes } }, select: { code: true, agencyId: true, status: true, dueAt: true } });
    for (const r of rows) expect([r.agencyId, r.status], r.code).toEqual([officer.agencyId, "OPEN"]);
    const dues = list.items.map((i) => i.dueAt.getTime());
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(codes[0]).toBe("PAKN-TEST-STP-LATE");

    const agencyId = officer.agencyId!;
    expect(list.counts).toEqual({
      open: await db.feedback.count({ where: { agencyId, status: "OPEN" } }),
      overdue: await db.feedback.count({ where: { agencyId, status: "OPEN", dueAt: { lt: now } } }),
      answered: await db.feedback.count({ where: { agencyId, status: { in: ["ANSWERED", "CLOSED"] } } }),
    });
    expect(list.counts.overdue).toBeGreaterThanOrEqual(1);
    expect(list.agencyName).toBe("Sở Tư pháp tỉnh Thái Nguyên");
  });

  it("the answered tab holds the answered ones, and the other agency sees its own only", async () => {
    const answered = await listAgencyFeedback({ actor: officer, tab: "answered", now });
    expect(answered.items.map((i) => i.code)).toContain("PAKN-TEST-STP-DONE");
    expect(answered.items.every((i) => i.status !== "OPEN")).toBe(true);
    const theirs = await listAgencyFeedback({ actor: otherOfficer, now });
    const theirCodes = theirs.items.map((i) => i.code);
    expect(theirCodes).toContain("PAKN-TEST-PDP-LATE");
    expect(theirCodes.some((c) => c.startsWith("PAKN-TEST-STP"))).toBe(false);
    expect(theirCodes).not.toContain("PAKN-DEMO-0003");
  });

  it("is refused to citizens, leaders and admins, and to anonymous visitors", async () => {
    for (const email of [DEMO.an, DEMO.leader, DEMO.admin]) {
      const actor = await actorByEmail(email);
      expect((await refusal(listAgencyFeedback({ actor }))).code, email).toBe("FORBIDDEN");
      expect((await refusal(getAgencyFeedback({ actor, code: "PAKN-DEMO-0003" }))).code, email).toBe("FORBIDDEN");
    }
    expect((await refusal(listAgencyFeedback({ actor: null }))).code).toBe("UNAUTHORIZED");
  });
});

describe("getAgencyFeedback and answering", () => {
  it("shows the agency's own feedback with the author's name only; another agency's code is not found", async () => {
    const detail = await getAgencyFeedback({ actor: officer, code: "pakn-demo-0003" });
    expect(detail).toMatchObject({ code: "PAKN-DEMO-0003", status: "OPEN", author: { fullName: "Trần Thị Bình" }, procedure: { code: "2.000488" } });
    expect(Object.keys(detail!.author)).toEqual(["fullName"]);
    expect(await getAgencyFeedback({ actor: otherOfficer, code: "PAKN-DEMO-0003" })).toBeNull();
    expect(await getAgencyFeedback({ actor: officer, code: "PAKN-TEST-PDP-LATE" })).toBeNull();
    expect(await getAgencyFeedback({ actor: officer, code: "PAKN-NOPE" })).toBeNull();
  });

  it("answering moves it from open to answered, and the citizen sees the answer", async () => {
    const before = await listAgencyFeedback({ actor: officer, now });
    const detail = await getAgencyFeedback({ actor: officer, code: "PAKN-TEST-STP-SOON" });
    const answer = "Sở Tư pháp đã tiếp nhận và sẽ bổ sung tin nhắn thông báo khi có kết quả.";
    await answerFeedback({ actor: officer, feedbackId: detail!.id, answer, ip: "203.0.113.7" });
    const after = await listAgencyFeedback({ actor: officer, now });
    expect(after.counts.open).toBe(before.counts.open - 1);
    expect(after.counts.answered).toBe(before.counts.answered + 1);
    expect(after.items.map((i) => i.code)).not.toContain("PAKN-TEST-STP-SOON");
    expect((await getAgencyFeedback({ actor: officer, code: "PAKN-TEST-STP-SOON" }))?.answeredBy?.fullName).toBe(officer.name);
    expect((await getMyFeedback({ actor: binh, code: "PAKN-TEST-STP-SOON" }))?.answer).toBe(answer);
  });
});
