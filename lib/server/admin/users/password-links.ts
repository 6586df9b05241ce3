import "server-only";
import crypto from "node:crypto";
import type { Tx } from "@/lib/db";
import { hashPasswordLinkToken, passwordLinkExpiry, passwordLinkTokenFromBytes } from "@/lib/domain/password-policy";
import type { PasswordTokenPurpose } from "@/lib/generated/prisma/enums";
import { publicBaseUrl } from "@/lib/server/http/public-url";
import { enqueueAccountNotification } from "@/lib/server/notifications/enqueue-notification";

export type IssuedPasswordLink = { link: string; expiresAt: Date; emailQueued: boolean };

/**
 * Creates a one-time set-password link for a user inside the caller's transaction: earlier
 * unused links of that user stop working, only the SHA-256 of the secret is stored, and the
 * link is e-mailed through the outbox (when the user has an e-mail address). The link is
 * returned so the administrator can pass it on; it is never written to the audit log.
 */
export async function issuePasswordLink(
  tx: Tx,
  input: { userId: string; purpose: PasswordTokenPurpose; createdById: string; now: Date },
): Promise<IssuedPasswordLink> {
  const token = passwordLinkTokenFromBytes(crypto.randomBytes(32));
  const expiresAt = passwordLinkExpiry(input.now);
  await tx.passwordToken.deleteMany({ where: { userId: input.userId, usedAt: null } });
  await tx.passwordToken.create({
    data: { userId: input.userId, purpose: input.purpose, tokenHash: hashPasswordLinkToken(token), createdById: input.createdById, expiresAt, createdAt: input.now },
  });
  const link = `${publicBaseUrl()}/set-password/${token}`;
  const sent = await enqueueAccountNotification(tx, {
    userId: input.userId,
    template: input.purpose === "INVITE" ? "account.invited" : "account.password_reset",
    link,
    expiresAt,
  });
  return { link, expiresAt, emailQueued: sent.email > 0 };
}
