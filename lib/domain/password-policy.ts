// Password rules for portal accounts (NIST SP 800-63B style): long rather than complicated,
// not a well-known password, not built from the person's own e-mail. Pure: the caller passes
// the e-mail. Also the one-time set-password links (invitation, reset): the secret travels in
// the link, only its SHA-256 is stored.
import crypto from "node:crypto";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** Passwords seen in every breach list (lower-case; compared case-insensitively, ignoring spaces). */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  "123456789012", "1234567890123", "12345678901234", "111111111111", "000000000000", "123123123123",
  "qwertyuiop12", "qwertyuiopas", "qwerty123456", "1qaz2wsx3edc", "1q2w3e4r5t6y", "zaq12wsxcde3",
  "password1234", "password12345", "password123!", "passw0rd1234", "p@ssw0rd1234", "p@ssword1234",
  "iloveyou1234", "abc123456789", "abcd12345678", "administrator", "admin1234567", "admin@123456",
  "welcome12345", "letmein12345", "changeme1234", "football1234", "baseball1234", "superman1234",
  "matkhau12345", "matkhau123456", "matkhaumoi123", "anhyeuem1234", "anhyeuem123456", "emyeuanh1234",
  "vietnam12345", "vietnam123456", "thainguyen123", "thainguyen2026", "thainguyen@2026", "hanoi1234567",
  "123456aA@123", "aa123456789@", "abc@12345678", "qwerty@12345", "12345678@abc", "minhquan1234",
]);

export type PasswordProblem = "required" | "tooShort" | "tooLong" | "common" | "containsEmail";

const squash = (s: string) => s.toLowerCase().replace(/\s+/g, "");

/**
 * The first rule the password breaks, or null when it is acceptable. Length counts characters
 * (code points), so Vietnamese letters count once each.
 */
export function passwordProblem(password: string, context: { email?: string | null } = {}): PasswordProblem | null {
  if (password.length === 0) return "required";
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (length > PASSWORD_MAX_LENGTH) return "tooLong";
  const plain = squash(password);
  if (COMMON_PASSWORDS.has(plain)) return "common";
  const local = context.email?.split("@")[0]?.toLowerCase().trim() ?? "";
  // Very short local parts ("an@…") would forbid too much; three characters and more count.
  if (local.length >= 3 && plain.includes(local.replace(/\s+/g, ""))) return "containsEmail";
  return null;
}

// ───────────── One-time set-password links ─────────────

/** How long an invitation or reset link works. */
export const PASSWORD_LINK_TTL_HOURS = 72;
const LINK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** The secret of a link, from 32 random bytes (256 bits, base64url). */
export function passwordLinkTokenFromBytes(bytes: Uint8Array): string {
  if (bytes.length !== 32) throw new Error("A password link needs 32 random bytes.");
  return Buffer.from(bytes).toString("base64url");
}

/** True when the text has the shape of a link secret (anything else is refused without a query). */
export function isPasswordLinkToken(value: unknown): value is string {
  return typeof value === "string" && LINK_TOKEN_PATTERN.test(value);
}

export function hashPasswordLinkToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

export function passwordLinkExpiry(now: Date): Date {
  return new Date(now.getTime() + PASSWORD_LINK_TTL_HOURS * 60 * 60 * 1000);
}

export type PasswordLinkState = "valid" | "expired" | "used" | "unknown";

/** Whether a stored link can still be used at `now`. */
export function passwordLinkState(link: { expiresAt: Date; usedAt: Date | null } | null, now: Date): PasswordLinkState {
  if (!link) return "unknown";
  if (link.usedAt) return "used";
  if (link.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}
