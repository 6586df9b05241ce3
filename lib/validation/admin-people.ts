// Administration of people, agencies and the calendar: the schemas checked by the forms and by
// lib/server/admin. Messages are keys of t.adminPanel.common.errors, so forms speak the reader's
// language.
import { z } from "zod";
import { parseVnDateInput } from "@/lib/domain/vn-date-input";
import { normalizeIdentifier } from "./auth";

export const ADMIN_ERRORS = [
  "fullName.required", "fullName.tooLong",
  "email.required", "email.invalid", "email.taken",
  "phone.invalid", "phone.taken",
  "role.invalid",
  "agencyId.required", "agencyId.invalid",
  "title.tooLong",
  "password.required", "password.tooShort", "password.tooLong", "password.common", "password.containsEmail",
  "confirm.required", "confirm.mismatch",
  "code.required", "code.invalid", "code.taken",
  "name.required", "name.tooLong",
  "shortName.required", "shortName.tooLong",
  "kind.invalid",
  "parentId.invalid", "parentId.cycle",
  "address.tooLong",
  "date.required", "date.invalid", "date.taken", "date.notWeekend",
] as const;
export type TAdminError = (typeof ADMIN_ERRORS)[number];

export const ROLES = ["CITIZEN", "OFFICER", "LEADER", "ADMIN"] as const;
export const AGENCY_KINDS = ["PROVINCE", "DEPARTMENT", "COMMUNE"] as const;
export const CALENDAR_DAY_KINDS = ["HOLIDAY", "WORKING_DAY"] as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const optionalText = (max: number, key: TAdminError) =>
  z.string().trim().max(max, key).optional().transform((v) => (v ? v : null));

const email = z
  .string({ error: "email.required" })
  .trim()
  .min(1, "email.required")
  .max(254, "email.invalid")
  .transform((v) => v.toLowerCase())
  .refine((v) => EMAIL.test(v), "email.invalid");

/** A Vietnamese mobile or landline number, normalised to 0xxxxxxxxx. */
const phone = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? normalizeIdentifier(v).value : null))
  .refine((v) => v === null || /^0\d{9,10}$/.test(v), "phone.invalid");

const role = z.enum(ROLES, { error: "role.invalid" });
const agencyId = z.string().trim().max(40, "agencyId.invalid").optional().transform((v) => (v ? v : null));

/** Staff roles work for one agency; citizens and administrators need none (admins may have one). */
export function roleNeedsAgency(r: (typeof ROLES)[number]): boolean {
  return r === "OFFICER" || r === "LEADER";
}

export const ZInviteUser = z
  .object({
    fullName: z.string({ error: "fullName.required" }).trim().min(1, "fullName.required").max(120, "fullName.tooLong"),
    email,
    phone,
    role,
    agencyId,
    title: optionalText(120, "title.tooLong"),
  })
  .superRefine((v, ctx) => {
    if (roleNeedsAgency(v.role) && !v.agencyId) ctx.addIssue({ code: "custom", path: ["agencyId"], message: "agencyId.required" });
  });
export type TInviteUser = z.infer<typeof ZInviteUser>;
export const INVITE_FIELDS = ["fullName", "email", "phone", "role", "agencyId", "title"] as const;

export const ZChangeUserRole = z
  .object({ role, agencyId, title: optionalText(120, "title.tooLong") })
  .superRefine((v, ctx) => {
    if (roleNeedsAgency(v.role) && !v.agencyId) ctx.addIssue({ code: "custom", path: ["agencyId"], message: "agencyId.required" });
  });
export type TChangeUserRole = z.infer<typeof ZChangeUserRole>;
export const ROLE_FIELDS = ["role", "agencyId", "title"] as const;

export const ZSetPassword = z
  .object({
    password: z.string({ error: "password.required" }).min(1, "password.required").max(1024, "password.tooLong"),
    confirm: z.string({ error: "confirm.required" }).min(1, "confirm.required").max(1024, "confirm.mismatch"),
  })
  .superRefine((v, ctx) => {
    if (v.password && v.confirm && v.password !== v.confirm) ctx.addIssue({ code: "custom", path: ["confirm"], message: "confirm.mismatch" });
  });
export const PASSWORD_FIELDS = ["password", "confirm"] as const;

export const ZAgency = z.object({
  code: z
    .string({ error: "code.required" })
    .trim()
    .min(1, "code.required")
    .transform((v) => v.toUpperCase())
    .refine((v) => /^[A-Z0-9][A-Z0-9_-]{1,19}$/.test(v), "code.invalid"),
  name: z.string({ error: "name.required" }).trim().min(1, "name.required").max(200, "name.tooLong"),
  shortName: z.string({ error: "shortName.required" }).trim().min(1, "shortName.required").max(60, "shortName.tooLong"),
  kind: z.enum(AGENCY_KINDS, { error: "kind.invalid" }),
  parentId: z.string().trim().max(40, "parentId.invalid").optional().transform((v) => (v ? v : null)),
  address: optionalText(300, "address.tooLong"),
  phone,
  email: z
    .string()
    .trim()
    .max(254, "email.invalid")
    .optional()
    .transform((v) => (v ? v.toLowerCase() : null))
    .refine((v) => v === null || EMAIL.test(v), "email.invalid"),
});
export type TAgency = z.infer<typeof ZAgency>;
export const AGENCY_FIELDS = ["code", "name", "shortName", "kind", "parentId", "address", "phone", "email"] as const;

export const ZHoliday = z.object({
  date: z
    .string({ error: "date.required" })
    .trim()
    .min(1, "date.required")
    .transform((v, ctx) => {
      const key = parseVnDateInput(v);
      if (!key) {
        ctx.addIssue({ code: "custom", message: "date.invalid" });
        return z.NEVER;
      }
      return key;
    }),
  name: z.string({ error: "name.required" }).trim().min(1, "name.required").max(120, "name.tooLong"),
  kind: z.enum(CALENDAR_DAY_KINDS, { error: "kind.invalid" }),
});
export type THoliday = z.infer<typeof ZHoliday>;
export const HOLIDAY_FIELDS = ["date", "name", "kind"] as const;

const isAdminError = (m: string): m is TAdminError => (ADMIN_ERRORS as readonly string[]).includes(m);

/** The first error of each field, as catalogue keys. */
export function adminFieldErrors(error: z.ZodError): Record<string, TAdminError> {
  const out: Record<string, TAdminError> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (out[field]) continue;
    const fallback = `${field}.invalid`;
    const required = `${field}.required`;
    out[field] = isAdminError(issue.message) ? issue.message : isAdminError(fallback) ? fallback : isAdminError(required) ? required : "code.invalid";
  }
  return out;
}
