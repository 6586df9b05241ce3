"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import type { TokenFormState } from "@/components/admin/tokens/token-form-state";
import { getCurrentUser } from "@/lib/auth/session";
import { clientIpFromHeaders } from "@/lib/domain/rate-limit";
import { isAppError } from "@/lib/errors";
import { getI18n } from "@/lib/i18n";
import { createApiToken, revokeApiToken } from "@/lib/server/api-tokens/api-tokens";
import { parseTokenForm } from "@/lib/server/api-tokens/token-form";

const text = (formData: FormData, name: string, max: number) => {
  const v = formData.get(name);
  return typeof v === "string" ? v.slice(0, max) : "";
};

async function requestIp(): Promise<string> {
  const h = await headers();
  return clientIpFromHeaders((name) => h.get(name));
}

/** Creates a token and answers with its secret, once; the list below is refreshed. */
export async function createTokenAction(previous: TokenFormState, formData: FormData): Promise<TokenFormState> {
  const values = {
    name: text(formData, "name", 200),
    agencyId: text(formData, "agencyId", 60),
    scopes: formData.getAll("scopes").filter((s): s is string => typeof s === "string").slice(0, 10),
    expires: text(formData, "expires", 40),
  };
  const [{ t }, actor, ip] = await Promise.all([getI18n(), getCurrentUser(), requestIp()]);
  const base: TokenFormState = { seq: (previous?.seq ?? 0) + 1, values, fieldErrors: {}, formError: null, created: null };
  const parsed = parseTokenForm(values);
  if (!parsed.ok) {
    const fieldErrors: TokenFormState["fieldErrors"] = {};
    for (const [field, key] of Object.entries(parsed.fieldErrors)) fieldErrors[field as keyof typeof fieldErrors] = t.indicatorData.errors[key];
    return { ...base, fieldErrors };
  }
  try {
    const created = await createApiToken(actor, parsed.input, ip);
    revalidatePath("/admin/tokens");
    return { ...base, values: { ...base.values, name: "" }, created: { name: parsed.input.name, prefix: created.prefix, secret: created.secret } };
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.fieldErrors?.agencyId) return { ...base, fieldErrors: { agencyId: t.indicatorData.errors.agencyRequired } };
    return { ...base, formError: error.message };
  }
}

/** Revokes a token (after the confirmation inside the list), then shows the list with a notice. */
export async function revokeTokenAction(formData: FormData): Promise<void> {
  const [actor, ip] = await Promise.all([getCurrentUser(), requestIp()]);
  await revokeApiToken(actor, text(formData, "tokenId", 60), ip);
  redirect("/admin/tokens?revoked=1");
}
