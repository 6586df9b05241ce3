import "server-only";
import { cache } from "react";
import { readDb } from "@/lib/db";
import { ZRequiredDocuments, type TRequiredDocument } from "@/lib/validation/form-schema";
import { z } from "zod";

const ZSteps = z.array(z.string());

export type ProcedureDetail = NonNullable<Awaited<ReturnType<typeof findProcedure>>> & {
  documents: TRequiredDocument[];
  stepList: string[];
};

function findProcedure(code: string) {
  return readDb.procedure.findFirst({
    where: { code, isPublished: true },
    select: {
      code: true,
      name: true,
      level: true,
      scope: true,
      processingDays: true,
      feeAmount: true,
      feeDescription: true,
      requiredDocuments: true,
      steps: true,
      legalBasis: true,
      resultDescription: true,
      applicants: true,
      inPersonNote: true,
      updatedAt: true,
      sector: { select: { name: true } },
      agency: { select: { name: true } },
    },
  });
}

/**
 * One published procedure by its code, with its JSON columns parsed; null when unknown.
 * Memoised for the request (React cache): the page and its metadata ask for the same procedure.
 */
export const getProcedure = cache(async (code: string): Promise<ProcedureDetail | null> => {
  if (code.length > 64) return null;
  const p = await findProcedure(code);
  if (!p) return null;
  // Stored JSON is validated when written; parse anyway so a bad row degrades to an empty list.
  const documents = ZRequiredDocuments.safeParse(p.requiredDocuments);
  const steps = ZSteps.safeParse(p.steps);
  return { ...p, documents: documents.success ? documents.data : [], stepList: steps.success ? steps.data : [] };
});
