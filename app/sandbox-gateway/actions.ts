"use server";

import { redirect } from "next/navigation";
import { completeSandboxPayment, type SandboxOutcome } from "@/lib/server/payments/sandbox-gateway";

const OUTCOMES: SandboxOutcome[] = ["PAID", "CANCELLED", "FAILED"];

export async function sandboxPayAction(form: FormData): Promise<void> {
  const outcome = String(form.get("outcome"));
  const target = await completeSandboxPayment({
    order: String(form.get("order") ?? ""),
    sig: String(form.get("sig") ?? ""),
    outcome: OUTCOMES.includes(outcome as SandboxOutcome) ? (outcome as SandboxOutcome) : "CANCELLED",
  });
  redirect(target);
}
