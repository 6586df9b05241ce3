import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { apiTokenDisplayPrefix, apiTokenFromBytes, bearerTokenOf, hashApiToken, type ApiScope } from "@/lib/domain/api-token";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { recordAccessDenied } from "@/lib/server/auth/record-access-denied";
import { clientIpFromHeaders } from "@/lib/domain/rate-limit";
import { assertUsableKey } from "@/lib/domain/safe-input";

export type AuthenticatedApiClient = { tokenId: string; agencyId: string; name: string; scopes: string[] };

/**
 * Authenticates an agency system by its bearer token and checks the scope. Unknown, revoked
 * and expired tokens are all answered the same way (401), so the answer tells nothing.
 */
export async function authenticateApiToken(headers: Headers, scope: ApiScope, now = new Date()): Promise<AuthenticatedApiClient> {
  const secret = bearerTokenOf(headers.get("authorization"));
  if (!secret) throw new AppError("UNAUTHORIZED", "Thiếu hoặc sai khóa API (Authorization: Bearer …).");
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(secret) },
    select: { id: true, agencyId: true, name: true, scopes: true, revokedAt: true, expiresAt: true, agency: { select: { isActive: true } } },
  });
  // Refusals of a presented token are audited (access.denied, throttled per token or IP).
  const ip = clientIpFromHeaders((name) => headers.get(name));
  const denial = { via: "api" as const, permission: scope, ip: ip === "unknown" ? null : ip, requestId: headers.get("x-request-id") };
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now) || !token.agency.isActive) {
    await recordAccessDenied({ ...denial, tokenId: token?.id ?? null, reason: "invalid_token" });
    throw new AppError("UNAUTHORIZED", "Khóa API không hợp lệ, đã bị thu hồi hoặc đã hết hạn.");
  }
  if (!token.scopes.includes(scope)) {
    await recordAccessDenied({ ...denial, tokenId: token.id, reason: "scope" });
    throw new AppError("FORBIDDEN", "Khóa API không được cấp quyền cho thao tác này.");
  }
  // Best effort: the last-use time is informative, not worth failing the request for.
  await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } }).catch(() => undefined);
  return { tokenId: token.id, agencyId: token.agencyId, name: token.name, scopes: token.scopes };
}

export type CreatedApiToken = { id: string; secret: string; prefix: string };

/** Admins create a token for one agency; the secret is returned once and never stored. */
export async function createApiToken(
  actor: CurrentUser | null,
  input: { name: string; agencyId: string; scopes: ApiScope[]; expiresAt?: Date | null },
  ip?: string | null,
): Promise<CreatedApiToken> {
  assertCan(actor, "admin.manage");
  const secret = apiTokenFromBytes(crypto.randomBytes(32));
  const prefix = apiTokenDisplayPrefix(secret);
  return db.$transaction(async (tx) => {
    const agency = await tx.agency.findUnique({ where: { id: input.agencyId }, select: { id: true } });
    if (!agency) throw new AppError("BAD_REQUEST", "Cơ quan không tồn tại.", { agencyId: "Chọn cơ quan." });
    const token = await tx.apiToken.create({
      data: { name: input.name, agencyId: input.agencyId, scopes: input.scopes, tokenHash: hashApiToken(secret), prefix, createdById: actor.id, expiresAt: input.expiresAt ?? null },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      ip,
      action: "api_token.create",
      targetType: "ApiToken",
      targetId: token.id,
      after: { name: input.name, agencyId: input.agencyId, scopes: input.scopes, prefix, expiresAt: input.expiresAt?.toISOString() ?? null },
    });
    return { id: token.id, secret, prefix };
  });
}

export async function revokeApiToken(actor: CurrentUser | null, tokenId: string, ip?: string | null, now = new Date()): Promise<void> {
  assertCan(actor, "admin.manage");
  assertUsableKey(tokenId, "Không tìm thấy khóa API đang hoạt động.", "NOT_FOUND");
  await db.$transaction(async (tx) => {
    const updated = await tx.apiToken.updateMany({ where: { id: tokenId, revokedAt: null }, data: { revokedAt: now } });
    if (updated.count === 0) throw new AppError("NOT_FOUND", "Không tìm thấy khóa API đang hoạt động.");
    await writeAudit(tx, { actorId: actor.id, actorRole: actor.role, ip, action: "api_token.revoke", targetType: "ApiToken", targetId: tokenId, after: { revokedAt: now.toISOString() } });
  });
}

export async function listApiTokens(actor: CurrentUser | null) {
  assertCan(actor, "admin.manage");
  return db.apiToken.findMany({
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, scopes: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true, agency: { select: { id: true, name: true } }, createdBy: { select: { fullName: true } } },
  });
}
