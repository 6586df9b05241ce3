// The shared body of the dossier page's server actions: read the form, validate it with its
// zod schema, run the operation as the signed-in user, and either go back to the page with a
// notice (success) or return the form's state with messages in the reader's language.
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { clientIpFromHeaders } from "@/lib/domain/rate-limit";
import { isAppError } from "@/lib/errors";
import { getI18n, type Messages } from "@/lib/i18n";
import { dossierVi } from "@/lib/i18n/messages/vi/dossier";
import { dossierFormErrors, type TDossierFormError } from "@/lib/validation/dossier-actions";
import type { DossierFormState } from "./form-state";

export type DossierNotice = keyof Messages["dossier"]["notices"];

/** Operations write their messages in Vietnamese; a message the catalogue knows is shown in the reader's language. */
function translate(message: string, t: Messages): string {
  const key = (Object.keys(dossierVi.errors) as (keyof typeof dossierVi.errors)[]).find((k) => dossierVi.errors[k] === message);
  return key ? t.dossier.errors[key] : message;
}

const text = (formData: FormData, name: string) => {
  const v = formData.get(name);
  return typeof v === "string" ? v.slice(0, 5000) : "";
};

export async function runDossierForm<S extends z.ZodType<{ dossierId: string }>>(options: {
  previous: DossierFormState;
  formData: FormData;
  schema: S;
  /** Every field the schema reads; `shown` ones are kept and get messages beside them. */
  fields: readonly string[];
  shown: readonly string[];
  run: (input: z.output<S>, context: { actor: CurrentUser | null; ip: string }) => Promise<unknown>;
  notice: DossierNotice;
}): Promise<DossierFormState> {
  const raw: Record<string, string> = Object.fromEntries(options.fields.map((f) => [f, text(options.formData, f)]));
  const values: Record<string, string> = Object.fromEntries(options.shown.map((f) => [f, raw[f] ?? ""]));
  const [{ t }, actor, h] = await Promise.all([getI18n(), getCurrentUser(), headers()]);
  const seq = (options.previous?.seq ?? 0) + 1;

  const parsed = options.schema.safeParse(raw);
  if (!parsed.success) {
    const keys = dossierFormErrors(parsed.error, options.shown);
    const fieldErrors: Record<string, string> = {};
    for (const [field, key] of Object.entries(keys) as [string, TDossierFormError][]) if (field !== "form") fieldErrors[field] = t.dossier.errors[key];
    return { seq, values, fieldErrors, formError: keys.form ? t.dossier.errors[keys.form] : null };
  }
  try {
    await options.run(parsed.data, { actor, ip: clientIpFromHeaders((name) => h.get(name)) });
  } catch (error) {
    // Unexpected errors go to the error page (logged with an event id).
    if (!isAppError(error)) throw error;
    const fieldErrors = Object.fromEntries(Object.entries(error.fieldErrors ?? {}).map(([f, m]) => [f, translate(m, t)]));
    return { seq, values, fieldErrors, formError: Object.keys(fieldErrors).length > 0 ? null : translate(error.message, t) };
  }
  redirect(`/my/dossiers/${parsed.data.dossierId}?notice=${options.notice}`);
}
