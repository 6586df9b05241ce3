import "server-only";
import type { Tx } from "@/lib/db";
import {
  ACCOUNT_NOTIFICATION_TEMPLATES,
  EMAIL_FOOTER,
  isDossierNotificationTemplate,
  isFeedbackNotificationTemplate,
  renderAccountNotification,
  renderDossierNotification,
  renderFeedbackNotification,
  type AccountNotificationTemplate,
  type DossierNotificationTemplate,
  type FeedbackNotificationTemplate,
  type RenderedNotification,
} from "@/lib/domain/notification-templates";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";

export type { DossierNotificationTemplate, FeedbackNotificationTemplate } from "@/lib/domain/notification-templates";

/** Extra facts an officer's action adds to the message (all optional). */
export type DossierNotificationData = {
  reason?: string | null;
  missingDocuments?: readonly string[] | null;
  note?: string | null;
};

export type EnqueueResult = { inApp: number; email: number };

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function portalUrl(): string {
  return (env.PUBLIC_URL ?? env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
}

/**
 * Writes the notification rows (the outbox) in the caller's transaction, so they exist if and
 * only if the state change commits. In-portal (IN_APP) messages are delivered by that commit:
 * they are written SENT. E-mails are written PENDING for the dispatcher
 * (dispatch-notifications.ts), which never rolls back what caused them.
 */
async function writeRows(
  tx: Tx,
  input: { userId: string | null; email: string | null; dossierId: string | null; template: string; message: RenderedNotification; now: Date },
): Promise<EnqueueResult> {
  const rows: Prisma.NotificationCreateManyInput[] = [];
  if (input.userId) {
    rows.push({
      userId: input.userId, dossierId: input.dossierId, channel: "IN_APP", recipient: input.userId, template: input.template,
      subject: input.message.subject, body: input.message.body, status: "SENT", sentAt: input.now, createdAt: input.now, nextAttemptAt: input.now,
    });
  }
  const email = input.email?.trim().toLowerCase() ?? null;
  if (email && EMAIL_PATTERN.test(email)) {
    rows.push({
      userId: input.userId, dossierId: input.dossierId, channel: "EMAIL", recipient: email, template: input.template,
      subject: input.message.subject, body: `${input.message.body}\n\n--\n${EMAIL_FOOTER}`, status: "PENDING", createdAt: input.now, nextAttemptAt: input.now,
    });
  }
  if (rows.length > 0) await tx.notification.createMany({ data: rows });
  return { inApp: input.userId ? 1 : 0, email: rows.length - (input.userId ? 1 : 0) };
}

/** What a dossier notification says, as read by enqueueDossierNotification (after the change). */
export type DossierNotificationFacts = {
  id: string;
  code: string | null;
  applicantId: string | null;
  applicantName: string;
  applicantEmail: string | null;
  submittedAt: Date | null;
  receivedAt: Date | null;
  dueAt: Date | null;
  procedure: { name: string };
  agency: { name: string };
  applicant: { email: string | null; fullName: string } | null;
};

/**
 * Tells the applicant about a change of their dossier: an IN_APP row when the dossier has an
 * applicant account, an EMAIL row when the applicant has an e-mail address (the one given on
 * the dossier, else the account's). Call it inside the transaction of the change, after the
 * update, so the texts show the new dates.
 */
export async function enqueueDossierNotification(
  tx: Tx,
  options: { dossierId: string; template: DossierNotificationTemplate; data?: DossierNotificationData },
): Promise<EnqueueResult> {
  if (!isDossierNotificationTemplate(options.template)) throw new RangeError(`Unknown dossier notification template "${String(options.template)}"`);
  const d = await tx.dossier.findUniqueOrThrow({
    where: { id: options.dossierId },
    select: {
      id: true, code: true, applicantId: true, applicantName: true, applicantEmail: true, submittedAt: true, receivedAt: true, dueAt: true,
      procedure: { select: { name: true } },
      agency: { select: { name: true } },
      applicant: { select: { email: true, fullName: true } },
    },
  });
  return enqueueDossierNotificationOf(tx, d, options);
}

/**
 * The same with the dossier's facts already in hand (its values after the change, read or
 * written in the same transaction): one statement instead of a read and a write, for hot paths
 * such as online submission.
 */
export async function enqueueDossierNotificationOf(
  tx: Tx,
  d: DossierNotificationFacts,
  options: { template: DossierNotificationTemplate; data?: DossierNotificationData },
): Promise<EnqueueResult> {
  if (!isDossierNotificationTemplate(options.template)) throw new RangeError(`Unknown dossier notification template "${String(options.template)}"`);
  const now = new Date();
  const message = renderDossierNotification(options.template, {
    code: d.code,
    procedureName: d.procedure.name,
    agencyName: d.agency.name,
    applicantName: d.applicantName || d.applicant?.fullName || "",
    submittedAt: d.submittedAt,
    receivedAt: d.receivedAt,
    dueAt: d.dueAt,
    reason: options.data?.reason,
    missingDocuments: options.data?.missingDocuments,
    note: options.data?.note,
    portalUrl: portalUrl(),
    now,
  });
  return writeRows(tx, {
    userId: d.applicantId, email: d.applicantEmail ?? d.applicant?.email ?? null, dossierId: d.id, template: options.template, message, now,
  });
}

/** Tells the author of a feedback that it was answered (IN_APP always, EMAIL when they have one). */
export async function enqueueFeedbackNotification(
  tx: Tx,
  options: { feedbackId: string; template: FeedbackNotificationTemplate },
): Promise<EnqueueResult> {
  if (!isFeedbackNotificationTemplate(options.template)) throw new RangeError(`Unknown feedback notification template "${String(options.template)}"`);
  const now = new Date();
  const f = await tx.feedback.findUniqueOrThrow({
    where: { id: options.feedbackId },
    select: {
      code: true, subject: true, answeredAt: true, dossierId: true, authorId: true,
      author: { select: { email: true, fullName: true } },
      agency: { select: { name: true } },
    },
  });
  const message = renderFeedbackNotification(options.template, {
    code: f.code, subject: f.subject, agencyName: f.agency.name, applicantName: f.author.fullName, answeredAt: f.answeredAt ?? now, portalUrl: portalUrl(),
  });
  return writeRows(tx, { userId: f.authorId, email: f.author.email, dossierId: f.dossierId, template: options.template, message, now });
}

/**
 * E-mails a person the one-time link to set their password (invitation or reset). E-mail only:
 * the person cannot sign in to read an in-portal copy. Nothing is written when the account has
 * no valid e-mail address (the administrator still sees the link once).
 */
export async function enqueueAccountNotification(
  tx: Tx,
  options: { userId: string; template: AccountNotificationTemplate; link: string; expiresAt: Date },
): Promise<EnqueueResult> {
  if (!(ACCOUNT_NOTIFICATION_TEMPLATES as readonly string[]).includes(options.template)) {
    throw new RangeError(`Unknown account notification template "${String(options.template)}"`);
  }
  const now = new Date();
  const user = await tx.user.findUniqueOrThrow({ where: { id: options.userId }, select: { email: true, fullName: true } });
  const message = renderAccountNotification(options.template, { fullName: user.fullName, link: options.link, expiresAt: options.expiresAt, portalUrl: portalUrl() });
  const email = user.email?.trim().toLowerCase() ?? null;
  if (!email || !EMAIL_PATTERN.test(email)) return { inApp: 0, email: 0 };
  await tx.notification.create({
    data: {
      userId: options.userId, channel: "EMAIL", recipient: email, template: options.template,
      subject: message.subject, body: `${message.body}\n\n--\n${EMAIL_FOOTER}`, status: "PENDING", createdAt: now, nextAttemptAt: now,
    },
  });
  return { inApp: 0, email: 1 };
}
