// The citizen's online application: draft, steps, uploads, payment, exactly-once submission.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { signCallback, type PaymentCallback } from "@/lib/domain/payment-signature";
import { parseDossierCode } from "@/lib/domain/dossier-code";
import { readAttachment } from "@/lib/server/attachments/read-attachment";
import { saveDossierAttachment } from "@/lib/server/attachments/save-dossier-attachment";
import { getApplication } from "@/lib/server/dossiers/get-application";
import { saveApplicationStep } from "@/lib/server/dossiers/save-application-step";
import { startApplication } from "@/lib/server/dossiers/start-application";
import { submitDossier } from "@/lib/server/dossiers/submit-dossier";
import { handlePaymentCallback } from "@/lib/server/payments/handle-payment-callback";
import { paymentSecret } from "@/lib/server/payments/payment-provider";
import { startPayment } from "@/lib/server/payments/start-payment";
import { ZFormSchema } from "@/lib/validation/form-schema";
import { actorByEmail, DEMO, refusal } from "../support/actors";
import { FAKE_EXECUTABLE, samplePdf } from "../support/files";
import { validValues } from "../support/forms";

let an: CurrentUser;
let binh: CurrentUser;
let officerTuPhap: CurrentUser;
let officerPdp: CurrentUser;
let freeProcedure: { code: string; agencyId: string };
let paidProcedure: { code: string; agencyId: string; fee: number };

/** Fills every step and attaches every required document: a draft ready to submit. */
async function completeDraft(actor: CurrentUser, procedureCode: string) {
  const { dossierId } = await startApplication({ actor, procedureCode });
  const app = await getApplication({ actor, dossierId });
  const values = validValues(app.schema);
  for (let step = 0; step < app.schema.steps.length; step++) {
    const result = await saveApplicationStep({ actor, dossierId, step, values });
    expect(result, `step ${step}`).toMatchObject({ ok: true });
  }
  for (const f of app.schema.fields.filter((x) => x.type === "file" && x.required)) {
    await saveDossierAttachment({ actor, dossierId, fileName: `${f.name}.pdf`, bytes: samplePdf(), documentName: f.document ?? f.label });
  }
  return dossierId;
}

beforeAll(async () => {
  [an, binh, officerTuPhap, officerPdp] = await Promise.all([actorByEmail(DEMO.an), actorByEmail(DEMO.binh), actorByEmail(DEMO.officerTuPhap), actorByEmail(DEMO.officerPdp)]);
  const procedures = await db.procedure.findMany({
    where: { level: "FULL_ONLINE", scope: "PROVINCE", agencyId: { not: null } },
    select: { code: true, agencyId: true, feeAmount: true },
    orderBy: { code: "asc" },
  });
  const free = procedures.find((p) => p.feeAmount === 0 && p.agencyId === officerTuPhap.agencyId) ?? procedures.find((p) => p.feeAmount === 0);
  const paid = procedures.find((p) => p.feeAmount > 0);
  if (!free || !paid) throw new Error("seed has no free or no fee-bearing full-online procedure");
  freeProcedure = { code: free.code, agencyId: free.agencyId as string };
  paidProcedure = { code: paid.code, agencyId: paid.agencyId as string, fee: paid.feeAmount };
  // Keep the demo citizens' identity unverified here: locked fields are tested separately.
  await db.user.updateMany({ where: { id: { in: [an.id, binh.id] } }, data: { identityVerifiedAt: null } });
});

describe("startApplication", () => {
  it("creates one prefilled draft, even when started twice at the same moment", async () => {
    const [a, b] = await Promise.all([startApplication({ actor: binh, procedureCode: freeProcedure.code }), startApplication({ actor: binh, procedureCode: freeProcedure.code })]);
    expect(a.dossierId).toBe(b.dossierId);
    const drafts = await db.dossier.findMany({ where: { applicantId: binh.id, status: "DRAFT", procedure: { code: freeProcedure.code } } });
    expect(drafts).toHaveLength(1);
    expect(drafts[0].code).toBeNull();
    expect((drafts[0].formData as Record<string, string>).fullName).toBe("Trần Thị Bình");
    expect((drafts[0].formData as Record<string, string>).nationalId).toBe("019195012346");
  });

  it("is refused to officers, for partial procedures, and for commune procedures without a commune", async () => {
    expect((await refusal(startApplication({ actor: officerTuPhap, procedureCode: freeProcedure.code }))).status).toBe(403);
    const partial = await db.procedure.findFirstOrThrow({ where: { level: "PARTIAL" }, select: { code: true } });
    expect((await refusal(startApplication({ actor: an, procedureCode: partial.code }))).status).toBe(400);
    const commune = await db.procedure.findFirstOrThrow({ where: { scope: "COMMUNE", level: "FULL_ONLINE" }, select: { code: true } });
    const e = await refusal(startApplication({ actor: an, procedureCode: commune.code }));
    expect(e.fieldErrors?.agencyId).toBe("Chọn xã, phường nơi nộp hồ sơ.");
    const pdp = await db.agency.findUniqueOrThrow({ where: { id: officerPdp.agencyId as string } });
    const started = await startApplication({ actor: an, procedureCode: commune.code, agencyId: pdp.id });
    expect((await db.dossier.findUniqueOrThrow({ where: { id: started.dossierId } })).agencyId).toBe(pdp.id);
  });
});

describe("saveApplicationStep", () => {
  it("refuses invalid values with Vietnamese messages and saves nothing; saves a valid step", async () => {
    const { dossierId } = await startApplication({ actor: an, procedureCode: freeProcedure.code });
    const before = await db.dossier.findUniqueOrThrow({ where: { id: dossierId } });
    const bad = await saveApplicationStep({ actor: an, dossierId, step: 0, values: { fullName: "", nationalId: "123", phone: "12ab", birthDate: "2030-01-01" } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.nationalId).toBe("Số CCCD phải gồm đúng 12 chữ số.");
      expect(bad.errors.phone).toMatch(/Số điện thoại không hợp lệ/);
      expect(bad.errors.fullName).toMatch(/^Nhập /);
    }
    const unchanged = await db.dossier.findUniqueOrThrow({ where: { id: dossierId } });
    expect(unchanged.version).toBe(before.version);
    expect(unchanged.formData).toEqual(before.formData);

    const app = await getApplication({ actor: an, dossierId });
    const good = await saveApplicationStep({ actor: an, dossierId, step: 0, values: { ...validValues(app.schema), injected: "x" } });
    expect(good).toMatchObject({ ok: true, nextStep: 1 });
    const saved = (await db.dossier.findUniqueOrThrow({ where: { id: dossierId } })).formData as Record<string, string>;
    expect(saved.phone).toBe("0912345678");
    expect(saved).not.toHaveProperty("injected");
  });

  it("never overwrites what came from the national identity", async () => {
    await db.user.update({ where: { id: binh.id }, data: { identityVerifiedAt: new Date() } });
    try {
      const { dossierId } = await startApplication({ actor: binh, procedureCode: freeProcedure.code });
      const app = await getApplication({ actor: binh, dossierId });
      expect(app.locked).toEqual(expect.arrayContaining(["fullName", "nationalId", "birthDate"]));
      await saveApplicationStep({ actor: binh, dossierId, step: 0, values: { ...validValues(app.schema), fullName: "Tên Giả Mạo", nationalId: "019090012345", birthDate: "1990-05-12", gender: "nam" } });
      const saved = (await db.dossier.findUniqueOrThrow({ where: { id: dossierId } })).formData as Record<string, string>;
      expect(saved.fullName).toBe("Trần Thị Bình");
      expect(saved.nationalId).toBe("019195012346");
    } finally {
      await db.user.update({ where: { id: binh.id }, data: { identityVerifiedAt: null } });
    }
  });
});

describe("attachments", () => {
  it("stores a real PDF under a generated name with its SHA-256, and refuses a renamed executable and oversize files", async () => {
    const { dossierId } = await startApplication({ actor: an, procedureCode: freeProcedure.code });
    const pdf = samplePdf();
    const saved = await saveDossierAttachment({ actor: an, dossierId, fileName: "../../etc/giấy khai sinh.pdf", bytes: pdf, documentName: "Tờ khai" });
    const row = await db.attachment.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row.mimeType).toBe("application/pdf");
    expect(row.storageKey).toMatch(/^\d{4}\/\d{2}\/[a-f0-9]{40}$/);
    expect(row.originalName).not.toContain("/");
    expect(row.sha256).toBe((await import("node:crypto")).createHash("sha256").update(pdf).digest("hex"));
    expect(fs.readFileSync(path.resolve(env.STORAGE_DIR, row.storageKey))).toEqual(pdf);

    const exe = await refusal(saveDossierAttachment({ actor: an, dossierId, fileName: "giay-to.pdf", bytes: FAKE_EXECUTABLE }));
    expect(exe.message).toMatch(/Chỉ chấp nhận tệp PDF, JPEG hoặc PNG/);
    const big = Buffer.concat([samplePdf(), Buffer.alloc(10 * 1024 * 1024)]);
    expect((await refusal(saveDossierAttachment({ actor: an, dossierId, fileName: "lon.pdf", bytes: big }))).message).toMatch(/10 MB/);
    expect(await db.attachment.count({ where: { dossierId } })).toBe(1);
  });

  it("lets only the owner and the handling agency's officers download a file", async () => {
    const { dossierId } = await startApplication({ actor: an, procedureCode: freeProcedure.code });
    const saved = await saveDossierAttachment({ actor: an, dossierId, fileName: "a.pdf", bytes: samplePdf() });
    expect((await readAttachment({ actor: an, attachmentId: saved.id })).mimeType).toBe("application/pdf");
    expect((await refusal(readAttachment({ actor: binh, attachmentId: saved.id }))).status).toBe(404);
    const other = officerTuPhap.agencyId === freeProcedure.agencyId ? officerPdp : officerTuPhap;
    expect((await refusal(readAttachment({ actor: other, attachmentId: saved.id }))).status).toBe(404);
    const handling = await db.user.findFirstOrThrow({ where: { role: "OFFICER", agencyId: freeProcedure.agencyId } });
    const handler: CurrentUser = { id: handling.id, name: handling.fullName, email: handling.email, role: "OFFICER", agencyId: handling.agencyId };
    expect((await readAttachment({ actor: handler, attachmentId: saved.id })).bytes.length).toBeGreaterThan(100);
    expect(await db.auditLog.count({ where: { action: "attachment.read.refused", targetId: saved.id } })).toBe(2);
  });
});

describe("submitDossier", () => {
  it("refuses an incomplete draft, naming what is missing", async () => {
    const { dossierId } = await startApplication({ actor: an, procedureCode: paidProcedure.code });
    const e = await refusal(submitDossier({ actor: an, dossierId, idempotencyKey: "incomplete-key-0001" }));
    expect(e.status).toBe(400);
    expect(Object.keys(e.fieldErrors ?? {}).length).toBeGreaterThan(0);
    expect((await db.dossier.findUniqueOrThrow({ where: { id: dossierId } })).status).toBe("DRAFT");
  });

  it("submits exactly once under 10 concurrent requests with different keys, and replays with the same key", async () => {
    const dossierId = await completeDraft(an, freeProcedure.code);
    const before = await db.dossierStatMonthly.aggregate({ _sum: { received: true } });
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => submitDossier({ actor: an, dossierId, idempotencyKey: `concurrent-key-${i}-abcdef` })));
    const codes = new Set(results.map((r) => r.code));
    expect(codes.size).toBe(1);
    expect(results.filter((r) => !r.alreadySubmitted)).toHaveLength(1);
    const [code] = [...codes];
    expect(parseDossierCode(code)).not.toBeNull();
    expect(await db.dossier.count({ where: { code } })).toBe(1);
    expect(await db.dossierEvent.count({ where: { dossierId, action: "submit" } })).toBe(1);
    const after = await db.dossierStatMonthly.aggregate({ _sum: { received: true } });
    expect((after._sum.received ?? 0) - (before._sum.received ?? 0)).toBe(1);
    const winner = results.find((r) => !r.alreadySubmitted);
    const replay = await submitDossier({ actor: an, dossierId, idempotencyKey: `concurrent-key-${results.indexOf(winner!)}-abcdef` });
    expect(replay).toMatchObject({ code, alreadySubmitted: true });
    const d = await db.dossier.findUniqueOrThrow({ where: { id: dossierId } });
    expect(d.status).toBe("SUBMITTED");
    expect(d.dueAt!.getTime()).toBeGreaterThan(d.submittedAt!.getTime());
  });

  it("gives consecutive codes from the agency's daily counter", async () => {
    const first = await submitDossier({ actor: binh, dossierId: await completeDraft(binh, freeProcedure.code), idempotencyKey: "sequence-key-0001" });
    const second = await submitDossier({ actor: an, dossierId: await completeDraft(an, freeProcedure.code), idempotencyKey: "sequence-key-0002" });
    const a = parseDossierCode(first.code)!;
    const b = parseDossierCode(second.code)!;
    expect(b.sequence).toBe(a.sequence + 1);
  });

  it("cannot submit another citizen's draft", async () => {
    const dossierId = await completeDraft(an, freeProcedure.code);
    expect((await refusal(submitDossier({ actor: binh, dossierId, idempotencyKey: "stolen-key-000001" }))).status).toBe(404);
  });
});

describe("payment", () => {
  async function paidDraft() {
    const dossierId = await completeDraft(binh, paidProcedure.code);
    const order = await startPayment({ actor: binh, dossierId });
    const payment = await db.payment.findFirstOrThrow({ where: { dossierId }, orderBy: { createdAt: "desc" } });
    return { dossierId, order, payment };
  }
  const callbackFor = (p: { providerRef: string; amount: number }, overrides: Partial<PaymentCallback> = {}): PaymentCallback => ({
    providerRef: p.providerRef, gatewayTxn: `SBX-${Math.random().toString(16).slice(2, 14)}`, status: "PAID", amount: p.amount, timestamp: Date.now(), ...overrides,
  });

  it("requires the fee before submission, then accepts a signed callback once", async () => {
    const { dossierId, order, payment } = await paidDraft();
    expect(order.redirectUrl).toContain("/sandbox-gateway?order=");
    expect(payment.amount).toBe(paidProcedure.fee);
    expect((await refusal(submitDossier({ actor: binh, dossierId, idempotencyKey: "unpaid-key-000001" }))).message).toMatch(/nộp phí/);

    const cb = callbackFor(payment);
    expect(await handlePaymentCallback({ body: cb, signature: signCallback(cb, paymentSecret()) })).toBe("applied");
    expect(await handlePaymentCallback({ body: cb, signature: signCallback(cb, paymentSecret()) })).toBe("already_processed");
    const after = await db.payment.findUniqueOrThrow({ where: { id: payment.id } });
    expect(after.status).toBe("PAID");
    expect(after.gatewayTxn).toBe(cb.gatewayTxn);
    expect((await db.dossier.findUniqueOrThrow({ where: { id: dossierId } })).paidOnline).toBe(true);
    const sent = await submitDossier({ actor: binh, dossierId, idempotencyKey: "paid-key-00000001" });
    expect(sent.alreadySubmitted).toBe(false);
  });

  it("ignores forged, expired, altered and wrong-amount callbacks", async () => {
    const { dossierId, payment } = await paidDraft();
    const good = callbackFor(payment);
    const forged = await refusal(handlePaymentCallback({ body: good, signature: signCallback(good, "a-different-secret-of-the-attacker") }));
    expect(forged.status).toBe(401);
    const expired = callbackFor(payment, { timestamp: Date.now() - 11 * 60 * 1000 });
    expect((await refusal(handlePaymentCallback({ body: expired, signature: signCallback(expired, paymentSecret()) }))).status).toBe(401);
    const altered = { ...good, amount: 1000 };
    expect((await refusal(handlePaymentCallback({ body: altered, signature: signCallback(good, paymentSecret()) }))).status).toBe(401);
    const cheap = callbackFor(payment, { amount: payment.amount - 1000 });
    expect((await refusal(handlePaymentCallback({ body: cheap, signature: signCallback(cheap, paymentSecret()) }))).status).toBe(400);
    expect((await refusal(handlePaymentCallback({ body: { nonsense: true }, signature: "00" }))).status).toBe(400);
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe("PENDING");
    expect((await db.dossier.findUniqueOrThrow({ where: { id: dossierId } })).paidOnline).toBe(false);
  });

  it("applies exactly one of several simultaneous deliveries of the same callback", async () => {
    const { payment } = await paidDraft();
    const cb = callbackFor(payment);
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => handlePaymentCallback({ body: cb, signature: signCallback(cb, paymentSecret()) })));
    expect(outcomes.filter((o) => o === "applied")).toHaveLength(1);
  });
});

it("keeps the form schema of every full-online procedure usable by the generated form", async () => {
  const all = await db.procedure.findMany({ where: { level: "FULL_ONLINE" }, select: { formSchema: true } });
  for (const p of all) expect(ZFormSchema.safeParse(p.formSchema).success).toBe(true);
});
