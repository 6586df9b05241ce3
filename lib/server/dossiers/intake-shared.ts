import "server-only";
import { db } from "@/lib/db";
import { intakeAgencyFor } from "@/lib/domain/counter-intake";
import { AppError } from "@/lib/errors";
import { ZFormSchema, ZRequiredDocuments, type TFormSchema, type TRequiredDocument } from "@/lib/validation/form-schema";
import { isUsableKey } from "@/lib/domain/safe-input";

export type IntakeProcedure = {
  id: string;
  code: string;
  name: string;
  processingDays: number;
  feeAmount: number;
  schema: TFormSchema;
  documents: TRequiredDocument[];
  agency: { id: string; code: string; name: string };
};

/** True for Prisma's unique-constraint violation (a parallel request created the row first). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}

/**
 * A published procedure as the given agency takes it in (counter or national portal), with the
 * agency the dossier belongs to. Unknown procedure → NOT_FOUND; a procedure the agency does not
 * handle → FORBIDDEN (see intakeAgencyFor).
 */
export async function loadIntakeProcedure(procedureCode: string, agencyId: string): Promise<IntakeProcedure> {
  const [procedure, agency] = await Promise.all([
    isUsableKey(procedureCode, 64)
      ? db.procedure.findFirst({
          where: { code: procedureCode, isPublished: true },
          select: { id: true, code: true, name: true, scope: true, agencyId: true, processingDays: true, feeAmount: true, formSchema: true, requiredDocuments: true },
        })
      : null,
    db.agency.findFirst({ where: { id: agencyId, isActive: true }, select: { id: true, code: true, name: true, kind: true } }),
  ]);
  if (!agency) throw new AppError("FORBIDDEN", "Tài khoản chưa được gán cơ quan đang hoạt động.");
  if (!procedure) throw new AppError("NOT_FOUND", "Không tìm thấy thủ tục.");
  if (intakeAgencyFor(procedure, agency) !== agency.id) {
    throw new AppError("FORBIDDEN", "Thủ tục này không thuộc thẩm quyền tiếp nhận của cơ quan bạn.");
  }
  const documents = ZRequiredDocuments.safeParse(procedure.requiredDocuments);
  return {
    id: procedure.id,
    code: procedure.code,
    name: procedure.name,
    processingDays: procedure.processingDays,
    feeAmount: procedure.feeAmount,
    // Stored schemas are validated when written; a broken one must fail loudly, not be skipped.
    schema: ZFormSchema.parse(procedure.formSchema),
    documents: documents.success ? documents.data : [],
    agency: { id: agency.id, code: agency.code, name: agency.name },
  };
}
