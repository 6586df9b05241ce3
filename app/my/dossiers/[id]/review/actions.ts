"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { submitDossier } from "@/lib/server/dossiers/submit-dossier";
import { clientIpOf } from "@/lib/server/http/problem";
import { startPayment } from "@/lib/server/payments/start-payment";

export type SubmitState = { message?: string; errors?: Record<string, string> };

export async function submitAction(_prev: SubmitState, form: FormData): Promise<SubmitState> {
  const dossierId = String(form.get("dossierId") ?? "");
  let target: string;
  try {
    const sent = await submitDossier({
      actor: await getCurrentUser(),
      dossierId,
      idempotencyKey: String(form.get("idempotencyKey") ?? ""),
      ip: clientIpOf(await headers()),
    });
    target = `/my/dossiers/${sent.id}/receipt`;
  } catch (error) {
    if (isAppError(error)) return { message: error.message, errors: error.fieldErrors };
    throw error;
  }
  redirect(target);
}

export async function payAction(_prev: SubmitState, form: FormData): Promise<SubmitState> {
  let target: string;
  try {
    const order = await startPayment({ actor: await getCurrentUser(), dossierId: String(form.get("dossierId") ?? ""), ip: clientIpOf(await headers()) });
    target = order.redirectUrl;
  } catch (error) {
    if (isAppError(error)) return { message: error.message };
    throw error;
  }
  redirect(target);
}
