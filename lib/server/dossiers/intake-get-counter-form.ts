import "server-only";
import crypto from "node:crypto";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { buildIntakeForm } from "@/lib/domain/counter-intake";
import { AppError } from "@/lib/errors";
import { loadIntakeProcedure } from "./intake-shared";

/**
 * What the desk's intake form of one procedure shows: the procedure's own fields (file fields
 * excepted: documents come on paper), contact fields the schema lacks, the checklist of
 * documents, and a fresh idempotency key the form sends back, so that a double click or a
 * resent form records one dossier.
 */
export async function getCounterIntakeForm(options: { actor: CurrentUser | null; procedureCode: string }) {
  const { actor } = options;
  assertCan(actor, "dossier.intake");
  if (!actor.agencyId) throw new AppError("FORBIDDEN", "Tài khoản chưa được gán cơ quan.");
  const procedure = await loadIntakeProcedure(options.procedureCode, actor.agencyId);
  const form = buildIntakeForm(procedure.schema);
  return {
    procedure: { code: procedure.code, name: procedure.name, processingDays: procedure.processingDays, feeAmount: procedure.feeAmount, agencyName: procedure.agency.name },
    contactFields: form.contactFields,
    formFields: form.formFields,
    documents: procedure.documents,
    idempotencyKey: crypto.randomBytes(24).toString("base64url"),
  };
}

export type CounterIntakeForm = Awaited<ReturnType<typeof getCounterIntakeForm>>;
