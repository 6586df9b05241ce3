// submitDossier reads everything it needs in one statement and writes the submission in as few
// statements as it can (issue 6, load of 100 submissions/s). These tests pin down that nothing
// of what one submission must write was lost on the way: the dossier (status, code, dates, the
// applicant's details from the form), its event, its audit entry, the notification rows exactly
// as enqueueDossierNotification renders them from the committed row, both rollup levels, the
// agency's code counter, the citizen's rate-limit count — and the working-day deadline from the
// holiday calendar as it is in the database at that moment.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { formatDossierCode } from "@/lib/domain/dossier-code";
import { rateLimitKey } from "@/lib/domain/rate-limit";
import { addWorkingDays, buildCalendar, vnDateKey } from "@/lib/domain/working-days";
import { ZFormSchema } from "@/lib/validation/form-schema";
import { actorByEmail, DEMO, refusal } from "../support/actors";
import { samplePdf } from "../support/files";
import { validValues } from "../support/forms";

vi.hoisted(() => {
  process.env.STORAGE_DIR = `/tmp/portal-test-uploads-submit-writes-${process.pid}`;
});

const { submitDossier } = await import("@/lib/server/dossiers/submit-dossier");
const { startApplication } = await import("@/lib/server/dossiers/start-application");
const { saveApplicationStep } = await import("@/lib/server/dossiers/save-application-step");
const { saveDossierAttachment } = await import("@/lib/server/attachments/save-dossier-attachment");
const { loadWorkCalendar } = await import("@/lib/server/calendar/load-work-calendar");
const { enqueueDossierNotification } = await import("@/lib/server/notifications/enqueue-notification");

let an: CurrentUser;
let procedures: string[];
let next = 0;

async function readyDraft(actor: CurrentUser): Promise<{ dossierId: string; values: Record<string, string> }> {
  const { dossierId } = await startApplication({ actor, procedureCode: procedures[next++] });
  const d = await db.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { procedure: { select: { formSchema: true } } } });
  const schema = ZFormSchema.parse(d.procedure.formSchema);
  const values = validValues(schema) as Record<string, string>;
  for (let step = 0; step < schema.steps.length; step++) expect(await saveApplicationStep({ actor, dossierId, step, values })).toMatchObject({ ok: true });
  for (const f of schema.fields.filter((x) => x.type === "file" && x.required)) {
    await saveDossierAttachment({ actor, dossierId, fileName: `${f.name}.pdf`, bytes: samplePdf(), documentName: f.document ?? f.label });
  }
  return { dossierId, values };
}

/** The first Monday–Friday after `now` (Vietnam dates) that is not in the calendar yet. */
async function nextPlainWeekday(now: Date): Promise<string> {
  const taken = new Set((await db.holiday.findMany({ select: { date: true } })).map((h) => h.date.toISOString().slice(0, 10)));
  for (let i = 1; i < 30; i++) {
    const key = vnDateKey(new Date(now.getTime() + i * 86_400_000));
    const weekday = new Date(`${key}T00:00:00Z`).getUTCDay();
    if (weekday >= 1 && weekday <= 5 && !taken.has(key)) return key;
  }
  throw new Error("no free weekday");
}

beforeAll(async () => {
  an = await actorByEmail(DEMO.an);
  await db.user.update({ where: { id: an.id }, data: { identityVerifiedAt: null } });
  const free = await db.procedure.findMany({
    where: { level: "FULL_ONLINE", scope: "PROVINCE", agencyId: { not: null }, feeAmount: 0, isPublished: true, processingDays: { gte: 1 } },
    select: { code: true },
    orderBy: { code: "asc" },
  });
  procedures = free.map((p) => p.code);
  expect(procedures.length).toBeGreaterThanOrEqual(3);
});

describe("submitDossier writes", () => {
  it("writes the dossier, event, audit entry, notification rows, rollups, code counter and limiter count of one submission", async () => {
    const { dossierId, values } = await readyDraft(an);
    const now = new Date();
    const draft = await db.dossier.findUniqueOrThrow({
      where: { id: dossierId },
      select: { version: true, agencyId: true, procedureId: true, channel: true, agency: { select: { code: true } }, procedure: { select: { processingDays: true } } },
    });
    // A holiday the submission must see: added just now, on a working day inside the deadline.
    const holiday = await nextPlainWeekday(now);
    await db.holiday.create({ data: { date: new Date(`${holiday}T00:00:00Z`), name: "Ngày nghỉ thử", kind: "HOLIDAY" } });
    const calendar = await loadWorkCalendar();
    const expectedDue = addWorkingDays(now, draft.procedure.processingDays, calendar);
    expect(expectedDue.getTime()).not.toBe(addWorkingDays(now, draft.procedure.processingDays, buildCalendar([])).getTime());

    const month = `${vnDateKey(now).slice(0, 7)}-01`;
    const day = vnDateKey(now).slice(2).replace(/-/g, "");
    const rollup = () =>
      db.$queryRaw<{ received: number; digitized: number }[]>`
        SELECT "received", "digitized" FROM "DossierStatMonthly"
         WHERE "month" = ${month}::date AND "agencyId" = ${draft.agencyId} AND "procedureId" = ${draft.procedureId} AND "channel" = ${draft.channel}::"DossierChannel"`;
    const agencyRollup = () =>
      db.$queryRaw<{ received: number }[]>`
        SELECT "received" FROM "DossierStatAgencyMonthly" WHERE "month" = ${month}::date AND "agencyId" = ${draft.agencyId} AND "channel" = ${draft.channel}::"DossierChannel"`;
    const counter = async () => (await db.dossierCodeCounter.findUnique({ where: { agencyId_day: { agencyId: draft.agencyId, day } } }))?.value ?? 0;
    const bucket = async () => (await db.rateLimitBucket.findUnique({ where: { key: rateLimitKey("submit:user", an.id) } }))?.count ?? 0;
    const [rollup0] = await rollup();
    const [agency0] = await agencyRollup();
    const counter0 = await counter();
    const bucket0 = await bucket();

    const sent = await submitDossier({ actor: an, dossierId, idempotencyKey: "writes-key-0000000001", ip: "203.0.113.7", now });
    const code = formatDossierCode({ agencyCode: draft.agency.code, date: now, sequence: counter0 + 1 });
    expect(sent).toEqual({ id: dossierId, code, dueAt: expectedDue, submittedAt: now, alreadySubmitted: false });

    const row = await db.dossier.findUniqueOrThrow({ where: { id: dossierId } });
    expect(row).toMatchObject({
      status: "SUBMITTED",
      code,
      submittedAt: now,
      dueAt: expectedDue,
      idempotencyKey: "writes-key-0000000001",
      digitized: true,
      version: draft.version + 1,
      applicantName: values.fullName.trim(),
    });
    if (values.email) expect(row.applicantEmail).toBe(values.email.trim());

    const events = await db.dossierEvent.findMany({ where: { dossierId } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "submit", fromStatus: "DRAFT", toStatus: "SUBMITTED", actorId: an.id });

    const audits = await db.auditLog.findMany({ where: { action: "dossier.submit", targetId: dossierId } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorId: an.id,
      actorRole: "CITIZEN",
      ip: "203.0.113.7",
      targetType: "Dossier",
      before: { status: "DRAFT", version: draft.version },
      after: { status: "SUBMITTED", code, dueAt: expectedDue.toISOString() },
    });

    // The rows written from the values in hand are those the read-back helper renders now.
    const written = await db.notification.findMany({ where: { dossierId, template: "dossier.submitted" }, orderBy: { channel: "asc" } });
    expect(written.length).toBeGreaterThanOrEqual(1);
    const rendered = await db
      .$transaction(async (tx) => {
        await enqueueDossierNotification(tx, { dossierId, template: "dossier.submitted" });
        const rows = await tx.notification.findMany({ where: { dossierId, template: "dossier.submitted", id: { notIn: written.map((n) => n.id) } }, orderBy: { channel: "asc" } });
        throw Object.assign(new Error("rollback"), { rows });
      })
      .catch((e: { rows?: typeof written }) => e.rows ?? []);
    const shape = (n: (typeof written)[number]) => ({ userId: n.userId, channel: n.channel, recipient: n.recipient, status: n.status, subject: n.subject, body: n.body });
    expect(written.map(shape)).toEqual(rendered.map(shape));
    expect(written.find((n) => n.channel === "IN_APP")).toMatchObject({ userId: an.id, status: "SENT" });
    expect(written[0].body).toContain(code);

    const [rollup1] = await rollup();
    const [agency1] = await agencyRollup();
    expect(rollup1.received).toBe((rollup0?.received ?? 0) + 1);
    expect(rollup1.digitized).toBe((rollup0?.digitized ?? 0) + 1);
    expect(agency1.received).toBe((agency0?.received ?? 0) + 1);
    expect(await counter()).toBe(counter0 + 1);
    expect(await bucket()).toBe(bucket0 + 1);

    // A replay answers the same dossier and writes nothing more (nor counts against the limit).
    expect(await submitDossier({ actor: an, dossierId: "some-other-draft-id", idempotencyKey: "writes-key-0000000001", now })).toEqual({ ...sent, alreadySubmitted: true });
    expect(await submitDossier({ actor: an, dossierId, idempotencyKey: "writes-key-0000000002", now })).toEqual({ ...sent, alreadySubmitted: true });
    expect(await db.dossierEvent.count({ where: { dossierId } })).toBe(1);
    expect(await counter()).toBe(counter0 + 1);
    expect(await bucket()).toBe(bucket0 + 1);
  });

  it("writes nothing — no code, rollup, counter or limiter count — when the draft changed after it was read", async () => {
    const { dossierId } = await readyDraft(an);
    const draft = await db.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { agencyId: true } });
    const day = vnDateKey(new Date()).slice(2).replace(/-/g, "");
    const counter = async () => (await db.dossierCodeCounter.findUnique({ where: { agencyId_day: { agencyId: draft.agencyId, day } } }))?.value ?? 0;
    const counter0 = await counter();
    const bucket = async () => (await db.rateLimitBucket.findUnique({ where: { key: rateLimitKey("submit:user", an.id) } }))?.count ?? 0;
    const bucket0 = await bucket();
    const [{ n: received0 }] = await db.$queryRaw<{ n: number }[]>`SELECT coalesce(sum("received"), 0)::int AS n FROM "DossierStatMonthly"`;
    // Another tab saves a step between this request's read and its transaction: the version moves.
    const original = db.$transaction.bind(db);
    const spy = vi.spyOn(db, "$transaction").mockImplementationOnce((async (fn: unknown) => {
      await db.dossier.update({ where: { id: dossierId }, data: { version: { increment: 1 } } });
      return (original as (f: unknown) => Promise<unknown>)(fn);
    }) as typeof db.$transaction);
    try {
      const error = await refusal(submitDossier({ actor: an, dossierId, idempotencyKey: "writes-key-0000000003" }));
      expect(error.status).toBe(409);
    } finally {
      spy.mockRestore();
    }
    expect(await db.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { status: true, code: true } })).toEqual({ status: "DRAFT", code: null });
    expect(await counter()).toBe(counter0);
    // The limiter counts what was sent: the undone attempt is not counted.
    expect(await bucket()).toBe(bucket0);
    const [{ n: received1 }] = await db.$queryRaw<{ n: number }[]>`SELECT coalesce(sum("received"), 0)::int AS n FROM "DossierStatMonthly"`;
    expect(received1).toBe(received0);
    expect(await db.dossierEvent.count({ where: { dossierId } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "dossier.submit", targetId: dossierId } })).toBe(0);
    expect(await db.notification.count({ where: { dossierId } })).toBe(0);
  });
});
