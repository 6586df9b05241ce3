import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import type { DossierStatus } from "@/lib/generated/prisma/enums";
import { RATE_LIMITS, rateLimitKey } from "@/lib/domain/rate-limit";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { lastFourDigits, lookupFieldErrors, ZLookup, type TLookupError, type TLookupField } from "@/lib/validation/lookup";

/** What anyone holding the code and the phone's last 4 digits may see — nothing personal. */
export type PublicDossierStatus = {
  code: string;
  status: DossierStatus;
  procedureName: string;
  agencyName: string;
  submittedAt: Date | null;
  dueAt: Date | null;
};

export type LookupOutcome =
  | { kind: "found"; dossier: PublicDossierStatus }
  /** Unknown code and wrong digits alike: one answer, so codes cannot be enumerated. */
  | { kind: "not_found" }
  | { kind: "rate_limited"; resetAt: Date }
  | { kind: "invalid"; fieldErrors: Partial<Record<TLookupField, TLookupError>> };

function sameDigits(a: string, b: string): boolean {
  return crypto.timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/**
 * Public look-up of a dossier by its code and the last 4 digits of the applicant's phone
 * (no sign-in, so no permission to check: the phone digits are the credential). Malformed input
 * is refused before any database access; well-formed attempts count against two limits — per
 * client IP and per code — whether they succeed or not.
 */
export async function lookupDossier(options: { input: unknown; ip: string }): Promise<LookupOutcome> {
  const parsed = ZLookup.safeParse(options.input);
  if (!parsed.success) return { kind: "invalid", fieldErrors: lookupFieldErrors(parsed.error) };
  const { code, phoneLast4 } = parsed.data;

  const perIp = await consumeRateLimit({ key: rateLimitKey("lookup:ip", options.ip), ...RATE_LIMITS.lookupPerIp });
  if (!perIp.allowed) return { kind: "rate_limited", resetAt: perIp.resetAt };
  const perCode = await consumeRateLimit({ key: rateLimitKey("lookup:code", code), ...RATE_LIMITS.lookupPerCode });
  if (!perCode.allowed) return { kind: "rate_limited", resetAt: perCode.resetAt };

  const dossier = await db.dossier.findFirst({
    where: { code, status: { not: "DRAFT" } },
    select: {
      code: true,
      status: true,
      applicantPhone: true,
      submittedAt: true,
      dueAt: true,
      procedure: { select: { name: true } },
      agency: { select: { name: true } },
    },
  });
  const stored = lastFourDigits(dossier?.applicantPhone) ?? "----";
  // Compared even when the code is unknown, so both failures take the same path.
  const matches = sameDigits(stored, phoneLast4);
  if (!dossier || !dossier.code || !matches) return { kind: "not_found" };
  return {
    kind: "found",
    dossier: {
      code: dossier.code,
      status: dossier.status,
      procedureName: dossier.procedure.name,
      agencyName: dossier.agency.name,
      submittedAt: dossier.submittedAt,
      dueAt: dossier.dueAt,
    },
  };
}
