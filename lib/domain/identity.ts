// The national digital identity (VNeID-style OpenID Connect): which claims the portal reads and
// how they become the verified fields of a User. Pure: no I/O.
import { z } from "zod";
import { normalizeIdentifier } from "@/lib/validation/auth";
import type { IdentityRefusal } from "./identity-signin";

/**
 * Scopes the portal asks for. `openid profile` are standard; `citizen_identity` is the
 * identity provider's claim set for the citizen's legal identity (national_id, birthdate, gender,
 * address); `email` and `phone` are the standard OIDC scopes for the optional contact claims.
 */
export const VNEID_SCOPES = "openid profile citizen_identity email phone";

/**
 * The claim names read from the ID token and the UserInfo response (merged, same `sub`):
 * portal field → claim. `birthdate` is YYYY-MM-DD; `gender` is "male"/"female" (OIDC) or
 * "Nam"/"Nữ"; `address` is a string or an OIDC address object (its `formatted` member).
 */
export const IDENTITY_CLAIMS = {
  subject: "sub",
  fullName: "name",
  nationalId: "national_id",
  birthDate: "birthdate",
  gender: "gender",
  address: "address",
  phone: "phone_number",
  email: "email",
} as const;

/** Số định danh cá nhân (CCCD): exactly 12 digits. */
export const NATIONAL_ID_PATTERN = /^\d{12}$/;

export function isNationalId(value: unknown): value is string {
  return typeof value === "string" && NATIONAL_ID_PATTERN.test(value);
}

// Only `sub` and `name` must be well-formed here; the other claims are read leniently below,
// because a malformed optional claim should not keep a citizen out (the CCCD is checked apart).
const ZIdentityClaims = z.object({
  sub: z.string().trim().min(1).max(255),
  name: z.string().trim().min(1).max(200),
  national_id: z.unknown().optional(),
  birthdate: z.unknown().optional(),
  gender: z.unknown().optional(),
  address: z.unknown().optional(),
  phone_number: z.unknown().optional(),
  email: z.unknown().optional(),
});

/** What the identity provider asserts about the person, as the portal stores it. */
export type VerifiedIdentity = {
  subject: string;
  fullName: string;
  nationalId: string;
  birthDate: Date | null;
  gender: "Nam" | "Nữ" | null;
  address: string | null;
  phone: string | null;
  email: string | null;
};

export type ParsedIdentity = { ok: true; identity: VerifiedIdentity } | { ok: false; reason: Extract<IdentityRefusal, "bad_national_id" | "incomplete_claims"> };

/** Claims (ID token + UserInfo, untrusted shape) → the verified identity, or why it is refused. */
export function parseIdentityClaims(claims: unknown): ParsedIdentity {
  const parsed = ZIdentityClaims.safeParse(claims);
  if (!parsed.success) return { ok: false, reason: "incomplete_claims" };
  const c = parsed.data;
  // A number would have lost the leading zero of the province code: only a 12-digit string is a CCCD.
  const nationalId = typeof c.national_id === "string" ? c.national_id.trim() : null;
  if (!isNationalId(nationalId)) return { ok: false, reason: "bad_national_id" };
  return {
    ok: true,
    identity: {
      subject: c.sub,
      fullName: cleanText(c.name),
      nationalId,
      birthDate: parseBirthdate(c.birthdate),
      gender: normalizeGender(c.gender),
      address: formatAddress(c.address),
      phone: normalizePhone(c.phone_number),
      email: normalizeEmail(c.email),
    },
  };
}

/** The fields of User the identity provider is the source of truth for (written on every sign-in). */
export function verifiedUserFields(identity: VerifiedIdentity) {
  return {
    fullName: identity.fullName,
    nationalId: identity.nationalId,
    birthDate: identity.birthDate,
    gender: identity.gender,
    address: identity.address,
  };
}

export type VerifiedUserFields = ReturnType<typeof verifiedUserFields>;

/** Names of the verified fields whose value differs (for the audit entry, which records names, not personal data). */
export function changedVerifiedFields(
  before: Record<keyof VerifiedUserFields, string | Date | null>,
  after: Record<keyof VerifiedUserFields, string | Date | null>,
): (keyof VerifiedUserFields)[] {
  return (Object.keys(after) as (keyof VerifiedUserFields)[]).filter((k) => {
    const a = before[k];
    const b = after[k];
    if (a instanceof Date || b instanceof Date) return (a instanceof Date ? a.getTime() : null) !== (b instanceof Date ? b.getTime() : null);
    return a !== b;
  });
}

// Some systems send Vietnamese in decomposed form (NFD): store the composed form the rest of
// the portal searches and compares, with runs of spaces collapsed.
function cleanText(value: string): string {
  return value.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** "YYYY-MM-DD" (OIDC birthdate) → UTC midnight, for a @db.Date column; anything else → null. */
export function parseBirthdate(value: unknown, today = new Date()): Date | null {
  if (typeof value !== "string") return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2001-02-30 over to March: a real calendar date reads back unchanged.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  if (year < 1900 || date.getTime() > today.getTime()) return null;
  return date;
}

/** OIDC "male"/"female" or the Vietnamese "Nam"/"Nữ" → the portal's "Nam"/"Nữ"; unknown values are not stored. */
export function normalizeGender(value: unknown): "Nam" | "Nữ" | null {
  if (typeof value !== "string") return null;
  const v = value.normalize("NFC").trim().toLowerCase();
  if (["male", "nam", "m"].includes(v)) return "Nam";
  if (["female", "nữ", "nu", "f"].includes(v)) return "Nữ";
  return null;
}

/** A plain string, or the OIDC address object: its `formatted` member, else its parts joined. */
export function formatAddress(value: unknown): string | null {
  if (typeof value === "string") return cleanText(value).slice(0, 500) || null;
  if (typeof value !== "object" || value === null) return null;
  const a = value as Record<string, unknown>;
  if (typeof a.formatted === "string" && a.formatted.trim()) return cleanText(a.formatted).slice(0, 500);
  const parts = ["street_address", "locality", "region", "country"]
    .map((k) => a[k])
    .filter((p): p is string => typeof p === "string" && p.trim() !== "")
    .map(cleanText);
  return parts.length ? parts.join(", ").slice(0, 500) : null;
}

/** "+84 912 345 678" → "0912345678", the form the portal stores; anything that is not a Vietnamese mobile number → null. */
export function normalizePhone(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const id = normalizeIdentifier(value);
  return id.kind === "phone" && /^0\d{9}$/.test(id.value) ? id.value : null;
}

export function normalizeEmail(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const email = value.trim().toLowerCase();
  return z.email().max(254).safeParse(email).success ? email : null;
}
