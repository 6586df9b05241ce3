// Shared by the server actions of the catalogue administration: runs one write and turns its
// result into the form's state (or redirects on success).
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIpOf } from "@/lib/server/http/problem";
import { isAppError } from "@/lib/errors";
import type { AdminWriteResult } from "@/lib/validation/admin-catalogue-fields";
import type { AdminFormState } from "./form-state";

export async function requestIp(): Promise<string | null> {
  return clientIpOf(await headers());
}

export async function runAdminWrite(previous: AdminFormState, write: () => Promise<AdminWriteResult>, successHref: (id: string) => string): Promise<AdminFormState> {
  const base: AdminFormState = { seq: (previous?.seq ?? 0) + 1, fieldErrors: {}, formError: null, formSchemaErrors: [] };
  let result: AdminWriteResult;
  try {
    result = await write();
  } catch (error) {
    // Refusals (403), a row gone (404) or saved by someone else meanwhile (409): say so, keep the input.
    if (isAppError(error) && error.status < 500) return { ...base, formError: error.message };
    throw error;
  }
  if (!result.ok) return { ...base, fieldErrors: result.fieldErrors, formError: result.formError ?? null, formSchemaErrors: result.formSchemaErrors ?? [] };
  redirect(successHref(result.id));
}
