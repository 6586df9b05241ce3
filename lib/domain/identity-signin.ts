// What the sign-in page (browser) and the sign-in operation (server) share about the national
// digital identity: the provider id, why a sign-in is refused, and how the reason travels to the
// page (`?error=…`). Apart from identity.ts so the browser bundle does not carry claim parsing.

/** Value of User.identityProvider for accounts proven by the national digital identity; also the next-auth provider id. */
export const VNEID_PROVIDER_ID = "vneid";

/** Why a sign-in through the identity provider is refused; each has its own message on the sign-in page. */
export const IDENTITY_REFUSALS = ["bad_national_id", "incomplete_claims", "inactive", "not_citizen", "conflict"] as const;
export type IdentityRefusal = (typeof IDENTITY_REFUSALS)[number];

// The sign-in page learns why from `?error=…` (next-auth's own convention for its error codes).
const ERROR_CODE: Record<IdentityRefusal, string> = {
  bad_national_id: "VneidNationalId",
  incomplete_claims: "VneidIncompleteClaims",
  inactive: "VneidInactive",
  not_citizen: "VneidNotCitizen",
  conflict: "VneidConflict",
};

export function identityErrorCode(reason: IdentityRefusal): string {
  return ERROR_CODE[reason];
}

/**
 * Which message the sign-in page shows for `?error=…`: one of ours, "failed" for next-auth's own
 * OAuth errors (cancelled at the provider, provider unreachable, state/PKCE check failed), or
 * null for anything else (the credentials form handles its own errors).
 */
export function identityErrorFromCode(code: string | null | undefined): IdentityRefusal | "failed" | null {
  if (!code) return null;
  const ours = IDENTITY_REFUSALS.find((r) => ERROR_CODE[r] === code);
  if (ours) return ours;
  return ["OAuthSignin", "OAuthCallback", "Callback", "AccessDenied", "OAuthAccountNotLinked"].includes(code) ? "failed" : null;
}

