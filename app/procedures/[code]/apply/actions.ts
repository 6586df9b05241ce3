"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { clientIpOf } from "@/lib/server/http/problem";
import { startApplication } from "@/lib/server/dossiers/start-application";

export type StartState = { error?: string; agencyId?: string };

export async function startApplicationAction(_prev: StartState, form: FormData): Promise<StartState> {
  const code = String(form.get("procedureCode") ?? "");
  const agencyId = typeof form.get("agencyId") === "string" ? String(form.get("agencyId")) : undefined;
  let target: string;
  try {
    const started = await startApplication({ actor: await getCurrentUser(), procedureCode: code, agencyId, ip: clientIpOf(await headers()) });
    target = `/my/dossiers/${started.dossierId}/apply?step=${started.step}`;
  } catch (error) {
    if (isAppError(error)) return { error: error.message, agencyId };
    throw error;
  }
  redirect(target);
}
