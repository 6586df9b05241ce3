// The public dossier look-up form: a dossier code and the last 4 digits of the applicant's
// phone. The same schema checks the browser form and the server. Messages are keys of the
// catalogue (t.lookup.errors), so the form speaks the reader's language.
import { z } from "zod";
import { parseDossierCode } from "@/lib/domain/dossier-code";

export const LOOKUP_ERRORS = ["code.required", "code.invalid", "phoneLast4.required", "phoneLast4.invalid"] as const;
export type TLookupError = (typeof LOOKUP_ERRORS)[number];
export type TLookupField = "code" | "phoneLast4";

export const ZLookup = z.object({
  code: z
    .string({ error: "code.required" })
    .trim()
    .min(1, "code.required")
    .max(40, "code.invalid")
    .refine((v) => v.length === 0 || parseDossierCode(v) !== null, "code.invalid")
    .transform((v) => v.toUpperCase()),
  phoneLast4: z
    .string({ error: "phoneLast4.required" })
    .trim()
    .min(1, "phoneLast4.required")
    .regex(/^\d{4}$/, "phoneLast4.invalid"),
});
export type TLookup = z.infer<typeof ZLookup>;

/** The first error of each field, as catalogue keys. */
export function lookupFieldErrors(error: z.ZodError): Partial<Record<TLookupField, TLookupError>> {
  const out: Partial<Record<TLookupField, TLookupError>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if ((field === "code" || field === "phoneLast4") && !out[field]) {
      out[field] = (LOOKUP_ERRORS as readonly string[]).includes(issue.message) ? (issue.message as TLookupError) : `${field}.invalid`;
    }
  }
  return out;
}

/** The last 4 digits of a stored phone number ("0912 345 678" → "5678"), or null. */
export function lastFourDigits(phone: string | null | undefined): string | null {
  const digits = (phone ?? "").replace(/\D/g, "");
  return digits.length >= 4 ? digits.slice(-4) : null;
}
