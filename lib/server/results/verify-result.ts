import "server-only";
import { db } from "@/lib/db";
import { isWellFormedResultToken } from "@/lib/domain/e-result";

/** What the public verification page shows: enough to compare with the paper, nothing more. */
export type VerifiedResult = {
  resultNumber: string;
  procedureName: string;
  agencyName: string;
  issuedAt: Date;
  holderName: string;
};

/**
 * Public (no sign-in): the result a verification token belongs to, or null. One lookup by
 * the unique token index whatever the token; malformed tokens are refused before it.
 */
export async function verifyResult(options: { token: string }): Promise<VerifiedResult | null> {
  if (!isWellFormedResultToken(options.token)) return null;
  const row = await db.dossier.findUnique({
    where: { resultToken: options.token },
    select: {
      status: true,
      resultNumber: true,
      resultIssuedAt: true,
      finishedAt: true,
      applicantName: true,
      procedure: { select: { name: true } },
      agency: { select: { name: true } },
    },
  });
  if (!row || !row.resultNumber || (row.status !== "APPROVED" && row.status !== "RETURNED")) return null;
  const issuedAt = row.resultIssuedAt ?? row.finishedAt;
  if (!issuedAt) return null;
  return { resultNumber: row.resultNumber, procedureName: row.procedure.name, agencyName: row.agency.name, issuedAt, holderName: row.applicantName };
}
