// API tokens for agency systems (observations API, national-portal intake). The secret is
// "tnp_" + 43 base64url characters (256 bits), shown once; only its SHA-256 is stored, so a
// database leak does not leak usable tokens. Pure helpers; generation takes the random bytes.
import crypto from "node:crypto";

export const API_SCOPES = ["observations.write", "dossiers.intake"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const API_TOKEN_PREFIX = "tnp_";
const TOKEN_PATTERN = /^tnp_[A-Za-z0-9_-]{43}$/;

export function isApiScope(value: unknown): value is ApiScope {
  return typeof value === "string" && (API_SCOPES as readonly string[]).includes(value);
}

/** Builds a secret from 32 random bytes. */
export function apiTokenFromBytes(bytes: Uint8Array): string {
  if (bytes.length !== 32) throw new Error("An API token needs 32 random bytes.");
  return API_TOKEN_PREFIX + Buffer.from(bytes).toString("base64url");
}

export function hashApiToken(secret: string): string {
  return crypto.createHash("sha256").update(secret, "utf8").digest("hex");
}

/** The first characters, stored in clear so admins can recognise a token in lists. */
export function apiTokenDisplayPrefix(secret: string): string {
  return secret.slice(0, API_TOKEN_PREFIX.length + 6);
}

/** The secret from an `Authorization: Bearer …` header, or null when absent or malformed. */
export function bearerTokenOf(authorization: string | null | undefined): string | null {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) return null;
  return TOKEN_PATTERN.test(match[1]) ? match[1] : null;
}
