import "server-only";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { ZFormSchema } from "@/lib/validation/form-schema";
import type { FormValues } from "@/lib/validation/application";

/** Fields whose value came from the national identity: shown, never editable. */
export function lockedFieldNames(schema: { fields: { name: string; prefill?: string }[] }, identityVerified: boolean): string[] {
  if (!identityVerified) return [];
  return schema.fields.filter((f) => f.prefill && ["fullName", "nationalId", "birthDate", "gender"].includes(f.prefill)).map((f) => f.name);
}

/** The signed-in citizen's own application (draft or sent), with what the form pages need. */
export async function getApplication(options: { actor: CurrentUser | null; dossierId: string }) {
  const { actor } = options;
  assertCan(actor, "dossier.create");
  const dossier = await db.dossier.findFirst({
    where: { id: options.dossierId, applicantId: actor.id },
    select: {
      id: true,
      code: true,
      status: true,
      version: true,
      draftStep: true,
      formData: true,
      feeAmount: true,
      paidOnline: true,
      submittedAt: true,
      dueAt: true,
      agency: { select: { name: true } },
      procedure: { select: { code: true, name: true, processingDays: true, formSchema: true, feeDescription: true } },
      attachments: {
        where: { kind: { in: ["APPLICATION", "SUPPLEMENT"] } },
        orderBy: { createdAt: "asc" },
        select: { id: true, documentName: true, originalName: true, sizeBytes: true, mimeType: true, kind: true },
      },
      payments: { orderBy: { createdAt: "desc" }, take: 1, select: { status: true, amount: true, paidAt: true, providerRef: true } },
      applicant: { select: { identityVerifiedAt: true } },
    },
  });
  if (!dossier) throw new AppError("NOT_FOUND", "Không tìm thấy hồ sơ.");
  const schema = ZFormSchema.parse(dossier.procedure.formSchema);
  const values = (dossier.formData ?? {}) as FormValues;
  return {
    ...dossier,
    schema,
    values,
    // Only fields the identity actually provided are locked; an empty one stays fillable.
    locked: lockedFieldNames(schema, Boolean(dossier.applicant?.identityVerifiedAt)).filter((name) => Boolean(values[name])),
    lastPayment: dossier.payments[0] ?? null,
  };
}

export type Application = Awaited<ReturnType<typeof getApplication>>;
