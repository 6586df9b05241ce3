// Counter intake: an officer records a dossier handed in at the one-stop desk of their own
// agency — received at once, with its code, working-day appointment date, events, audit entry
// and rollup — exactly once per form; bad input and other roles or agencies write nothing.
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { documentFieldName } from "@/lib/domain/counter-intake";
import { parseDossierCode } from "@/lib/domain/dossier-code";
import { statMonth } from "@/lib/domain/dossier-stats";
import { addWorkingDays, vnDateKey } from "@/lib/domain/working-days";
import { loadWorkCalendar } from "@/lib/server/calendar/load-work-calendar";
import { intakeCounterDossier } from "@/lib/server/dossiers/intake-counter-dossier";
import { getCounterIntakeForm } from "@/lib/server/dossiers/intake-get-counter-form";
import { getCounterReceipt } from "@/lib/server/dossiers/intake-get-counter-receipt";
import { listIntakeProcedures } from "@/lib/server/dossiers/intake-list-procedures";
import { ZFormSchema, ZRequiredDocuments } from "@/lib/validation/form-schema";
import { actorByEmail, DEMO, refusal } from "../support/actors";
import { validValues } from "../support/forms";

let officer: CurrentUser;
let officerPdp: CurrentUser;
let citizen: CurrentUser;
let leader: CurrentUser;
let admin: CurrentUser;
type Proc = { id: string; code: string; processingDays: number; values: Record<string, string>; documents: string[]; requiredCount: number };
let stpProcedure: Proc;
let communeProcedure: Proc;
let stpAgencyCode: string;

let keySeq = 0;
const newKey = () => `test-intake-key-${Date.now()}-${++keySeq}-abcdef`;

async function procedureOf(where: { agencyId?: string; scope: "PROVINCE" | "COMMUNE" }): Promise<Proc> {
  const p = await db.procedure.findFirstOrThrow({
    where: { ...where, isPublished: true },
    orderBy: { code: "asc" },
    select: { id: true, code: true, processingDays: true, formSchema: true, requiredDocuments: true },
  });
  const docs = ZRequiredDocuments.parse(p.requiredDocuments);
  return {
    id: p.id,
    code: p.code,
    processingDays: p.processingDays,
    values: validValues(ZFormSchema.parse(p.formSchema)),
    documents: docs.map((_, i) => documentFieldName(i)),
    requiredCount: docs.filter((d) => d.required).length,
  };
}

async function counts() {
  const [dossiers, events, audits, counters] = await Promise.all([
    db.dossier.count(),
    db.dossierEvent.count(),
    db.auditLog.count({ where: { NOT: { action: "access.denied" } } }), // refusals themselves are audited as access.denied
    db.dossierCodeCounter.aggregate({ _sum: { value: true } }),
  ]);
  return { dossiers, events, audits, counters: counters._sum.value };
}

async function receivedInRollup(key: { month: string; agencyId: string; procedureId: string }): Promise<number> {
  const row = await db.dossierStatMonthly.findFirst({
    where: { month: new Date(`${key.month}T00:00:00Z`), agencyId: key.agencyId, procedureId: key.procedureId, channel: "COUNTER" },
    select: { received: true },
  });
  return row?.received ?? 0;
}

beforeAll(async () => {
  [officer, officerPdp, citizen, leader, admin] = await Promise.all([
    actorByEmail(DEMO.officerTuPhap),
    actorByEmail(DEMO.officerPdp),
    actorByEmail(DEMO.an),
    actorByEmail(DEMO.leader),
    actorByEmail(DEMO.admin),
  ]);
  stpProcedure = await procedureOf({ agencyId: officer.agencyId as string, scope: "PROVINCE" });
  communeProcedure = await procedureOf({ scope: "COMMUNE" });
  stpAgencyCode = (await db.agency.findUniqueOrThrow({ where: { id: officer.agencyId as string } })).code;
  expect(stpProcedure.requiredCount).toBeGreaterThan(0);
});

describe("intakeCounterDossier", () => {
  it("creates a RECEIVED counter dossier with its code, working-day due date, events, audit, notification and rollup", async () => {
    const now = new Date();
    const month = statMonth(now);
    const rollupBefore = await receivedInRollup({ month, agencyId: officer.agencyId as string, procedureId: stpProcedure.id });
    const key = newKey();
    const result = await intakeCounterDossier({
      actor: officer,
      procedureCode: stpProcedure.code,
      idempotencyKey: key,
      values: { ...stpProcedure.values, injected: "x" },
      documents: stpProcedure.documents,
      ip: "203.0.113.7",
      now,
    });
    expect(result.replay).toBe(false);

    const d = await db.dossier.findUniqueOrThrow({ where: { id: result.id }, include: { events: { orderBy: { createdAt: "asc" } } } });
    expect(d).toMatchObject({ channel: "COUNTER", status: "RECEIVED", agencyId: officer.agencyId, procedureId: stpProcedure.id, handlerId: officer.id, applicantId: null, idempotencyKey: key });
    expect(d.applicantName).toBe("Nguyễn Văn An");
    expect(d.applicantPhone).toBe("0912345678");
    expect(d.formData).not.toHaveProperty("injected");
    expect(d.submittedAt?.getTime()).toBe(now.getTime());
    expect(d.receivedAt?.getTime()).toBe(now.getTime());
    expect(d.dueAt?.getTime()).toBe(addWorkingDays(now, stpProcedure.processingDays, await loadWorkCalendar()).getTime());
    const parts = parseDossierCode(d.code as string);
    expect(parts).toMatchObject({ agencyCode: stpAgencyCode, dateKey: vnDateKey(now) });
    const counter = await db.dossierCodeCounter.findUniqueOrThrow({ where: { agencyId_day: { agencyId: officer.agencyId as string, day: vnDateKey(now).slice(2).replace(/-/g, "") } } });
    expect(parts?.sequence).toBe(counter.value);

    expect(d.events.map((e) => [e.action, e.fromStatus, e.toStatus, e.actorId])).toEqual([
      ["submit", null, "SUBMITTED", officer.id],
      ["receive", "SUBMITTED", "RECEIVED", officer.id],
    ]);
    expect((d.events[1].data as { documentsReceived: string[] }).documentsReceived.length).toBe(stpProcedure.documents.length);

    const audit = await db.auditLog.findFirstOrThrow({ where: { targetId: d.id, action: "dossier.intake.counter" } });
    expect(audit).toMatchObject({ actorId: officer.id, actorRole: "OFFICER", ip: "203.0.113.7", targetType: "Dossier" });
    expect(await db.notification.count({ where: { dossierId: d.id, template: "dossier.received", channel: "EMAIL", recipient: "an.nguyen@example.vn" } })).toBe(1);
    expect(await receivedInRollup({ month, agencyId: officer.agencyId as string, procedureId: stpProcedure.id })).toBe(rollupBefore + 1);

    const receipt = await getCounterReceipt({ actor: officer, dossierId: d.id });
    expect(receipt).toMatchObject({ code: d.code, applicantName: "Nguyễn Văn An", handler: { fullName: expect.any(String) } });
    expect(receipt.documentsReceived).toHaveLength(stpProcedure.documents.length);
    // Another agency's officer cannot read the receipt, even with the id.
    expect((await refusal(getCounterReceipt({ actor: officerPdp, dossierId: d.id }))).status).toBe(404);
  });

  it("records one dossier per form: a resent form and 8 parallel sends with the same key give the same dossier", async () => {
    const key = newKey();
    const input = { actor: officer, procedureCode: stpProcedure.code, values: stpProcedure.values, documents: stpProcedure.documents };
    const first = await intakeCounterDossier({ ...input, idempotencyKey: key });
    const again = await intakeCounterDossier({ ...input, idempotencyKey: key });
    expect(again).toMatchObject({ id: first.id, code: first.code, replay: true });

    const before = await counts();
    const parallelKey = newKey();
    const results = await Promise.all(Array.from({ length: 8 }, () => intakeCounterDossier({ ...input, idempotencyKey: parallelKey })));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => !r.replay).length).toBe(1);
    const after = await counts();
    expect(after.dossiers - before.dossiers).toBe(1);
    expect(after.events - before.events).toBe(2);
    // The losers' code numbers were rolled back: the next dossier gets the next number.
    expect((after.counters ?? 0) - (before.counters ?? 0)).toBe(1);
    expect(await db.dossier.count({ where: { idempotencyKey: parallelKey } })).toBe(1);
  });

  it("answers invalid input with the online messages beside each field and writes nothing", async () => {
    const before = await counts();
    const error = await refusal(
      intakeCounterDossier({
        actor: officer,
        procedureCode: stpProcedure.code,
        idempotencyKey: newKey(),
        values: { ...stpProcedure.values, nationalId: "123", phone: "12ab", fullName: "" },
        documents: [],
      }),
    );
    expect(error.status).toBe(400);
    expect(error.fieldErrors?.nationalId).toBe("Số CCCD phải gồm đúng 12 chữ số.");
    expect(error.fieldErrors?.phone).toMatch(/^Số điện thoại không hợp lệ/);
    expect(error.fieldErrors?.fullName).toMatch(/^Nhập /);
    expect(error.fieldErrors?.[documentFieldName(0)]).toMatch(/^Chưa nhận đủ giấy tờ bắt buộc: /);
    // Without the key the form was not opened from the desk.
    expect((await refusal(intakeCounterDossier({ actor: officer, procedureCode: stpProcedure.code, idempotencyKey: "", values: stpProcedure.values, documents: stpProcedure.documents }))).status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it("refuses other agencies' procedures, other roles and anonymous callers, writing nothing", async () => {
    const before = await counts();
    const input = { procedureCode: stpProcedure.code, values: stpProcedure.values, documents: stpProcedure.documents };
    expect((await refusal(intakeCounterDossier({ ...input, actor: officerPdp, idempotencyKey: newKey() }))).status).toBe(403);
    expect((await refusal(intakeCounterDossier({ ...input, actor: officer, procedureCode: communeProcedure.code, values: communeProcedure.values, documents: communeProcedure.documents, idempotencyKey: newKey() }))).status).toBe(403);
    for (const actor of [citizen, leader, admin]) {
      expect((await refusal(intakeCounterDossier({ ...input, actor, idempotencyKey: newKey() }))).status).toBe(403);
    }
    expect((await refusal(intakeCounterDossier({ ...input, actor: null, idempotencyKey: newKey() }))).status).toBe(401);
    expect((await refusal(intakeCounterDossier({ ...input, actor: officer, procedureCode: "khong-co", idempotencyKey: newKey() }))).status).toBe(404);
    expect(await counts()).toEqual(before);
    expect((await refusal(getCounterIntakeForm({ actor: officerPdp, procedureCode: stpProcedure.code }))).status).toBe(403);
    expect((await refusal(getCounterIntakeForm({ actor: citizen, procedureCode: stpProcedure.code }))).status).toBe(403);
  });

  it("lets a commune's officer take in commune-scope procedures for their own commune", async () => {
    const result = await intakeCounterDossier({ actor: officerPdp, procedureCode: communeProcedure.code, idempotencyKey: newKey(), values: communeProcedure.values, documents: communeProcedure.documents });
    const d = await db.dossier.findUniqueOrThrow({ where: { id: result.id } });
    expect(d).toMatchObject({ agencyId: officerPdp.agencyId, channel: "COUNTER", status: "RECEIVED" });
    expect(d.code?.startsWith("PDP-")).toBe(true);
  });
});

describe("intake form and procedure list", () => {
  it("lists only what the officer's agency takes in, searchable without diacritics", async () => {
    const { result } = await listIntakeProcedures({ actor: officer });
    expect(result.total).toBeGreaterThan(0);
    const codes = result.items.map((p) => p.code);
    const rows = await db.procedure.findMany({ where: { code: { in: codes } }, select: { agencyId: true, scope: true } });
    expect(rows.every((r) => r.scope === "PROVINCE" && r.agencyId === officer.agencyId)).toBe(true);
    const first = await db.procedure.findUniqueOrThrow({ where: { code: stpProcedure.code }, select: { name: true } });
    const plain = first.name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
    const found = await listIntakeProcedures({ actor: officer, q: plain });
    expect(found.result.items.map((p) => p.code)).toContain(stpProcedure.code);
    const commune = await listIntakeProcedures({ actor: officerPdp });
    expect(commune.result.items.every((p) => p.scope === "COMMUNE")).toBe(true);
    expect((await refusal(listIntakeProcedures({ actor: leader }))).status).toBe(403);
  });

  it("gives the form without file fields, the documents checklist and a fresh key each time", async () => {
    const [a, b] = await Promise.all([getCounterIntakeForm({ actor: officer, procedureCode: stpProcedure.code }), getCounterIntakeForm({ actor: officer, procedureCode: stpProcedure.code })]);
    expect(a.formFields.some((f) => f.type === "file")).toBe(false);
    expect(a.documents.length).toBe(stpProcedure.documents.length);
    expect(a.idempotencyKey).not.toBe(b.idempotencyKey);
    expect(a.idempotencyKey).toMatch(/^[A-Za-z0-9_-]{16,100}$/);
  });
});
