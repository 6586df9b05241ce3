import "server-only";
import nodemailer from "nodemailer";
import { db } from "@/lib/db";
import { afterDeliveryAttempt, MAX_NOTIFICATION_ATTEMPTS } from "@/lib/domain/notification-templates";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";

export type DispatchOptions = {
  /** At most this many messages per call. */
  limit?: number;
  /** SMTP server (smtp://user:pass@host:port, smtps://…). Default: SMTP_URL; unset → e-mails stay in the outbox. */
  smtpUrl?: string | null;
  mailFrom?: string;
  /**
   * How long a claimed message is reserved for this dispatcher. Another dispatcher takes it up
   * again only after that (e.g. when this process died mid-send), so it must exceed a send.
   */
  leaseSeconds?: number;
};

export type DispatchResult = { claimed: number; sent: number; retrying: number; failed: number };

type Claimed = { id: string; channel: "EMAIL" | "IN_APP"; recipient: string; subject: string; body: string; attempts: number };

const transports = new Map<string, nodemailer.Transporter>();

function transportFor(smtpUrl: string): nodemailer.Transporter {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    transport = nodemailer.createTransport(smtpUrl, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
    transports.set(smtpUrl, transport);
  }
  return transport;
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, " ").slice(0, 500);
}

/**
 * Delivers due messages of the outbox (Notification rows PENDING with nextAttemptAt ≤ now).
 *
 * - Claiming uses `FOR UPDATE SKIP LOCKED` and, in the same statement, counts the attempt and
 *   reserves the row for `leaseSeconds` by moving nextAttemptAt: several workers never take the
 *   same row, and no transaction stays open while talking to the mail server.
 * - IN_APP rows are marked SENT at once (normally they are written SENT already).
 * - EMAIL rows are sent through SMTP. A failure records lastError and retries with exponential
 *   backoff (1, 5, 25, 125 min, then 6 h), FAILED after 6 tries. The state change that caused the
 *   message is never touched.
 * - Without an SMTP server, EMAIL rows are not claimed: they stay PENDING in the outbox (the
 *   citizen still has the in-portal copy) and leave when SMTP_URL is configured.
 * - SMS rows are not claimed: there is no SMS gateway yet.
 * A system job (worker), not a user's operation: no permission to check.
 */
export async function dispatchNotifications(options: DispatchOptions = {}): Promise<DispatchResult> {
  const limit = Math.max(1, Math.min(options.limit ?? 50, 1_000));
  const smtpUrl = options.smtpUrl === undefined ? (env.SMTP_URL ?? null) : options.smtpUrl;
  const mailFrom = options.mailFrom ?? env.MAIL_FROM;
  const leaseSeconds = options.leaseSeconds ?? 300;
  const channels = smtpUrl ? Prisma.sql`('EMAIL', 'IN_APP')` : Prisma.sql`('IN_APP')`;

  // A row whose last try started but never finished (process died) and has no try left.
  await db.$executeRaw`
    UPDATE "Notification" SET "status" = 'FAILED', "lastError" = COALESCE("lastError", 'Quá số lần gửi cho phép')
    WHERE "status" = 'PENDING' AND "attempts" >= ${MAX_NOTIFICATION_ATTEMPTS}::int AND "nextAttemptAt" <= (now() AT TIME ZONE 'UTC')`;

  const claimed = await db.$queryRaw<Claimed[]>`
    WITH clock AS (SELECT (now() AT TIME ZONE 'UTC') AS t),
    due AS (
      SELECT "id" FROM "Notification"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= (SELECT t FROM clock) AND "channel" IN ${channels}
        AND "attempts" < ${MAX_NOTIFICATION_ATTEMPTS}::int
      ORDER BY "nextAttemptAt"
      LIMIT ${limit}::int
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "Notification" AS n
    SET "attempts" = n."attempts" + 1, "nextAttemptAt" = (SELECT t FROM clock) + (${leaseSeconds}::int * interval '1 second')
    FROM due WHERE n."id" = due."id"
    RETURNING n."id", n."channel"::text AS "channel", n."recipient", n."subject", n."body", n."attempts"`;

  const result: DispatchResult = { claimed: claimed.length, sent: 0, retrying: 0, failed: 0 };
  for (const row of claimed) {
    let error: string | null = null;
    if (row.channel === "EMAIL") {
      try {
        if (!smtpUrl) throw new Error("SMTP_URL chưa được cấu hình");
        await transportFor(smtpUrl).sendMail({ from: mailFrom, to: row.recipient, subject: row.subject, text: row.body });
      } catch (e) {
        error = errorText(e);
      }
    }
    const now = new Date();
    const outcome = afterDeliveryAttempt({ attempts: row.attempts, succeeded: error === null, now });
    // Guarded by the attempt number: a dispatcher that overran its lease does not overwrite
    // the row another one has taken up since.
    const where = { id: row.id, attempts: row.attempts, status: "PENDING" as const };
    if (outcome.status === "SENT") {
      await db.notification.updateMany({ where, data: { status: "SENT", sentAt: now, lastError: null } });
      result.sent += 1;
    } else if (outcome.status === "PENDING") {
      await db.notification.updateMany({ where, data: { lastError: error, nextAttemptAt: outcome.nextAttemptAt } });
      result.retrying += 1;
    } else {
      await db.notification.updateMany({ where, data: { status: "FAILED", lastError: error } });
      result.failed += 1;
    }
  }
  return result;
}
