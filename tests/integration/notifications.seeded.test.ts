// The notification outbox: rows exist only if the state change commits; the dispatcher sends
// e-mail through a real SMTP server (smtp-server on 127.0.0.1), retries transient failures
// with backoff, gives up after 6 tries, and two dispatchers never send a row twice.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { MAX_NOTIFICATION_ATTEMPTS } from "@/lib/domain/notification-templates";
import { dispatchNotifications } from "@/lib/server/notifications/dispatch-notifications";
import type { CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { enqueueDossierNotification } from "@/lib/server/notifications/enqueue-notification";
import { listMyNotifications } from "@/lib/server/notifications/list-my-notifications";
import { markNotificationsRead } from "@/lib/server/notifications/mark-notifications-read";

type Received = { to: string[]; raw: string };

/** A local SMTP server that records what it accepts and can be told to refuse the next N messages. */
class SmtpSink {
  received: Received[] = [];
  failNext = 0;
  private server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if (this.failNext > 0) {
          this.failNext -= 1;
          const error = Object.assign(new Error("Hộp thư tạm thời không nhận thư"), { responseCode: 451 });
          callback(error);
          return;
        }
        this.received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

const sink = new SmtpSink();
let smtpUrl = "";
let dossier: { id: string; code: string; applicantId: string; procedureName: string };

beforeAll(async () => {
  smtpUrl = await sink.start();
  const an = await db.user.findUniqueOrThrow({ where: { email: "an.nguyen@demo.thainguyen.vn" } });
  const d = await db.dossier.findFirstOrThrow({
    where: { applicantId: an.id, code: { not: null }, status: "PROCESSING" },
    select: { id: true, code: true, procedure: { select: { name: true } } },
  });
  dossier = { id: d.id, code: d.code!, applicantId: an.id, procedureName: d.procedure.name };
});

afterAll(async () => {
  await sink.stop();
});

beforeEach(async () => {
  // Only this file's rows matter: the seeded ones are all SENT already.
  await db.notification.deleteMany({ where: { status: { not: "SENT" } } });
  sink.received = [];
  sink.failNext = 0;
});

async function makeDue(ids?: string[]) {
  await db.notification.updateMany({ where: { status: "PENDING", ...(ids ? { id: { in: ids } } : {}) }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
}

describe("enqueueDossierNotification", () => {
  it("writes an in-portal message (delivered) and an e-mail (pending) in the caller's transaction", async () => {
    const before = new Date();
    const result = await db.$transaction((tx) =>
      enqueueDossierNotification(tx, { dossierId: dossier.id, template: "dossier.supplement_requested", data: { reason: "Ảnh chụp bị mờ", missingDocuments: ["Bản sao Căn cước"] } }),
    );
    expect(result).toEqual({ inApp: 1, email: 1 });
    const rows = await db.notification.findMany({ where: { dossierId: dossier.id, template: "dossier.supplement_requested", createdAt: { gte: before } }, orderBy: { channel: "asc" } });
    expect(rows.map((r) => [r.channel, r.status])).toEqual([["EMAIL", "PENDING"], ["IN_APP", "SENT"]]);
    const [email, inApp] = rows;
    expect(inApp.userId).toBe(dossier.applicantId);
    expect(email.recipient).toMatch(/@/);
    for (const row of rows) {
      expect(row.subject).toBe(`Yêu cầu bổ sung, hoàn thiện hồ sơ ${dossier.code}`);
      expect(row.body).toContain(dossier.procedureName);
      expect(row.body).toContain("Lý do: Ảnh chụp bị mờ");
      expect(row.body).toContain("- Bản sao Căn cước");
    }
    expect(email.body).toContain("vui lòng không trả lời");
  });

  it("leaves nothing behind when the transaction rolls back", async () => {
    const before = await db.notification.count();
    await expect(
      db.$transaction(async (tx) => {
        await enqueueDossierNotification(tx, { dossierId: dossier.id, template: "dossier.received" });
        expect(await tx.notification.count()).toBe(before + 2);
        throw new Error("the state change failed");
      }),
    ).rejects.toThrow("the state change failed");
    expect(await db.notification.count()).toBe(before);
  });

  it("writes only an e-mail for a counter dossier without an applicant account, nothing without an address", async () => {
    const counter = await db.dossier.findFirstOrThrow({ where: { applicantId: null, code: { not: null } }, select: { id: true } });
    await db.dossier.update({ where: { id: counter.id }, data: { applicantEmail: "nguoi.nop@example.vn" } });
    expect(await db.$transaction((tx) => enqueueDossierNotification(tx, { dossierId: counter.id, template: "dossier.received" }))).toEqual({ inApp: 0, email: 1 });
    await db.dossier.update({ where: { id: counter.id }, data: { applicantEmail: null } });
    expect(await db.$transaction((tx) => enqueueDossierNotification(tx, { dossierId: counter.id, template: "dossier.received" }))).toEqual({ inApp: 0, email: 0 });
  });

  it("refuses an unknown template", async () => {
    await expect(
      db.$transaction((tx) => enqueueDossierNotification(tx, { dossierId: dossier.id, template: "dossier.approved" as never })),
    ).rejects.toThrow(RangeError);
  });
});

describe("dispatchNotifications", () => {
  it("retries a transient SMTP failure with backoff and sends it later", async () => {
    await db.$transaction((tx) => enqueueDossierNotification(tx, { dossierId: dossier.id, template: "dossier.result_ready" }));
    sink.failNext = 1;

    const first = await dispatchNotifications({ smtpUrl, limit: 10 });
    expect(first).toMatchObject({ claimed: 1, sent: 0, retrying: 1 });
    const failed = await db.notification.findFirstOrThrow({ where: { channel: "EMAIL", template: "dossier.result_ready", status: { not: "SENT" } } });
    expect(failed.status).toBe("PENDING");
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toMatch(/451/);
    const wait = failed.nextAttemptAt.getTime() - Date.now();
    expect(wait).toBeGreaterThan(50_000);
    expect(wait).toBeLessThanOrEqual(60_000);
    expect(sink.received).toHaveLength(0);

    // Not due yet: nothing happens.
    expect((await dispatchNotifications({ smtpUrl })).claimed).toBe(0);

    await makeDue([failed.id]);
    expect(await dispatchNotifications({ smtpUrl })).toMatchObject({ claimed: 1, sent: 1 });
    const sent = await db.notification.findUniqueOrThrow({ where: { id: failed.id } });
    expect(sent).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
    expect(sent.sentAt).not.toBeNull();
    expect(sink.received).toHaveLength(1);
    expect(sink.received[0].to).toEqual([failed.recipient]);
    expect(sink.received[0].raw).toContain(dossier.code);
  });

  it(`marks a message FAILED after ${MAX_NOTIFICATION_ATTEMPTS} failed tries`, async () => {
    await db.$transaction((tx) => enqueueDossierNotification(tx, { dossierId: dossier.id, template: "dossier.denied", data: { reason: "Không đủ điều kiện" } }));
    sink.failNext = 100;
    for (let i = 0; i < MAX_NOTIFICATION_ATTEMPTS; i++) {
      await dispatchNotifications({ smtpUrl });
      await makeDue();
    }
    const row = await db.notification.findFirstOrThrow({ where: { channel: "EMAIL", template: "dossier.denied", status: { not: "SENT" } } });
    expect(row).toMatchObject({ status: "FAILED", attempts: MAX_NOTIFICATION_ATTEMPTS });
    expect(row.lastError).toMatch(/451/);
    expect((await dispatchNotifications({ smtpUrl })).claimed).toBe(0);
    expect(sink.received).toHaveLength(0);
  });

  it("keeps e-mails in the outbox when no SMTP server is configured, and delivers in-portal rows", async () => {
    const inApp = await db.notification.create({
      data: { userId: dossier.applicantId, channel: "IN_APP", recipient: dossier.applicantId, template: "dossier.received", subject: "s", body: "b" },
    });
    await db.$transaction((tx) => enqueueDossierNotification(tx, { dossierId: dossier.id, template: "dossier.returned" }));
    const result = await dispatchNotifications({ smtpUrl: null });
    expect(result).toMatchObject({ claimed: 1, sent: 1 });
    expect((await db.notification.findUniqueOrThrow({ where: { id: inApp.id } })).status).toBe("SENT");
    const email = await db.notification.findFirstOrThrow({ where: { channel: "EMAIL", template: "dossier.returned", status: { not: "SENT" } } });
    expect(email).toMatchObject({ status: "PENDING", attempts: 0, lastError: null });
    // Once SMTP is there, it leaves.
    expect(await dispatchNotifications({ smtpUrl })).toMatchObject({ claimed: 1, sent: 1 });
  });

  it("never sends a row twice with two dispatchers working in parallel", async () => {
    const n = 40;
    await db.notification.createMany({
      data: Array.from({ length: n }, (_, i) => ({
        userId: dossier.applicantId, dossierId: dossier.id, channel: "EMAIL" as const, recipient: `nguoi${i}@example.vn`,
        template: "dossier.received", subject: `Thư ${i}`, body: `Nội dung ${i}`,
      })),
    });
    const worker = async () => {
      let total = 0;
      for (;;) {
        const r = await dispatchNotifications({ smtpUrl, limit: 3 });
        total += r.sent;
        if (r.claimed === 0) return total;
      }
    };
    const [a, b] = await Promise.all([worker(), worker()]);
    expect(a + b).toBe(n);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    const recipients = sink.received.flatMap((r) => r.to);
    expect(recipients).toHaveLength(n);
    expect(new Set(recipients).size).toBe(n);
    const rows = await db.notification.findMany({ where: { recipient: { endsWith: "@example.vn" }, template: "dossier.received", subject: { startsWith: "Thư " } } });
    expect(rows.every((r) => r.status === "SENT" && r.attempts === 1)).toBe(true);
  });

  it("does not take up a row another dispatcher holds (lease not expired)", async () => {
    const held = await db.notification.create({
      data: { channel: "EMAIL", recipient: "dang.gui@example.vn", template: "dossier.received", subject: "s", body: "b", attempts: 1, nextAttemptAt: new Date(Date.now() + 120_000) },
    });
    expect((await dispatchNotifications({ smtpUrl })).claimed).toBe(0);
    // The lease ran out (the other dispatcher died): it is taken up again.
    await makeDue([held.id]);
    expect(await dispatchNotifications({ smtpUrl })).toMatchObject({ claimed: 1, sent: 1 });
    expect((await db.notification.findUniqueOrThrow({ where: { id: held.id } })).attempts).toBe(2);
  });
});

describe("the citizen's in-portal notifications", () => {
  const actor = async (email: string): Promise<CurrentUser> => {
    const u = await db.user.findUniqueOrThrow({ where: { email } });
    return { id: u.id, name: u.fullName, email: u.email, role: u.role, agencyId: u.agencyId };
  };

  it("lists only one's own IN_APP messages and marks only one's own as read", async () => {
    const an = await actor("an.nguyen@demo.thainguyen.vn");
    const binh = await actor("binh.tran@demo.thainguyen.vn");
    await db.$transaction((tx) => enqueueDossierNotification(tx, { dossierId: dossier.id, template: "dossier.received" }));
    const mine = await listMyNotifications({ actor: an });
    expect(mine.items.length).toBeGreaterThan(0);
    const rows = await db.notification.findMany({ where: { id: { in: mine.items.map((i) => i.id) } }, select: { userId: true, channel: true } });
    expect(rows.every((r) => r.userId === an.id && r.channel === "IN_APP")).toBe(true);
    expect(mine.unread).toBe(await db.notification.count({ where: { userId: an.id, channel: "IN_APP", readAt: null } }));
    expect(mine.unread).toBeGreaterThan(0);

    const unreadId = mine.items.find((i) => i.readAt === null)!.id;
    // Bình cannot mark An's notification: nothing matches.
    expect(await markNotificationsRead({ actor: binh, ids: [unreadId] })).toEqual({ updated: 0 });
    expect((await db.notification.findUniqueOrThrow({ where: { id: unreadId } })).readAt).toBeNull();
    expect(await markNotificationsRead({ actor: an, ids: [unreadId] })).toEqual({ updated: 1 });
    expect((await db.notification.findUniqueOrThrow({ where: { id: unreadId } })).readAt).not.toBeNull();

    const binhUnreadBefore = await db.notification.count({ where: { userId: binh.id, readAt: null } });
    await markNotificationsRead({ actor: an, ids: "all" });
    expect((await listMyNotifications({ actor: an })).unread).toBe(0);
    expect(await db.notification.count({ where: { userId: binh.id, readAt: null } })).toBe(binhUnreadBefore);
  });

  it("is refused to staff and anonymous callers", async () => {
    const officer = await actor("canbo.tuphap@demo.thainguyen.vn");
    await expect(listMyNotifications({ actor: officer })).rejects.toBeInstanceOf(AppError);
    await expect(markNotificationsRead({ actor: null, ids: "all" })).rejects.toMatchObject({ status: 401 });
  });
});
