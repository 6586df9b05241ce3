import "server-only";
import { z } from "zod";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { API_SCOPES, type ApiScope } from "@/lib/domain/api-token";
import { vnDateKey, vnInstant } from "@/lib/domain/working-days";

export type TokenFormError = "nameRequired" | "agencyRequired" | "scopesRequired" | "expiresInvalid";
export type TokenFormField = "name" | "agencyId" | "scopes" | "expires";

/** Active agencies an admin may issue a token for. */
export async function listTokenAgencies(actor: CurrentUser | null) {
  assertCan(actor, "admin.manage");
  return db.agency.findMany({ where: { isActive: true }, orderBy: [{ kind: "asc" }, { name: "asc" }], select: { id: true, name: true } });
}

/** dd/mm/yyyy (Vietnam calendar) → the end of that day, i.e. the start of the next one in Vietnam. */
function expiryOf(text: string, now: Date): Date | null | "invalid" {
  if (text.trim() === "") return null;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return "invalid";
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return "invalid";
  const key = date.toISOString().slice(0, 10);
  if (key <= vnDateKey(now) || year > 2100) return "invalid";
  return vnInstant(new Date(date.getTime() + 86_400_000).toISOString().slice(0, 10));
}

const ZTokenForm = z.object({
  name: z.string().trim().min(3, "nameRequired").max(100, "nameRequired"),
  agencyId: z.string().trim().min(1, "agencyRequired").max(40, "agencyRequired"),
  scopes: z.array(z.enum(API_SCOPES)).min(1, "scopesRequired"),
  expires: z.string().max(20, "expiresInvalid"),
});

/** Checks the admin's form; returns the createApiToken input or the message key of each field. */
export function parseTokenForm(raw: { name: string; agencyId: string; scopes: string[]; expires: string }, now = new Date()):
  | { ok: true; input: { name: string; agencyId: string; scopes: ApiScope[]; expiresAt: Date | null } }
  | { ok: false; fieldErrors: Partial<Record<TokenFormField, TokenFormError>> } {
  const fieldErrors: Partial<Record<TokenFormField, TokenFormError>> = {};
  const parsed = ZTokenForm.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as TokenFormField;
      fieldErrors[field] ??= field === "scopes" ? "scopesRequired" : (issue.message as TokenFormError);
    }
  }
  const expiresAt = expiryOf(raw.expires, now);
  if (expiresAt === "invalid") fieldErrors.expires = "expiresInvalid";
  if (!parsed.success || expiresAt === "invalid") return { ok: false, fieldErrors };
  return { ok: true, input: { name: parsed.data.name, agencyId: parsed.data.agencyId, scopes: [...new Set(parsed.data.scopes)], expiresAt } };
}
