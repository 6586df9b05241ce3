import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { isWellFormedResultToken, type EResultData } from "@/lib/domain/e-result";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { verificationUrlOf } from "@/lib/server/results/verification-url";

const ID_PATTERN = /^[a-z0-9]{8,40}$/;

const SELECT = {
  id: true,
  code: true,
  resultNumber: true,
  resultIssuedAt: true,
  finishedAt: true,
  resultToken: true,
  applicantName: true,
  procedure: { select: { name: true, resultDescription: true } },
  agency: { select: { name: true, kind: true } },
} as const;

/**
 * What the e-result of a dossier prints. Its owner and the officers (and leaders) of the
 * handling agency may have it, once the dossier is APPROVED or RETURNED; anyone else gets
 * "not found", the same answer as for an id that does not exist, and the refusal is logged.
 * A result decided before verification tokens existed gets its token here, once (audited).
 */
export async function getEResult(options: { actor: CurrentUser | null; dossierId: string; ip?: string | null }): Promise<EResultData> {
  const { actor } = options;
  if (!actor) throw new AppError("UNAUTHORIZED");
  const scopes: Prisma.DossierWhereInput[] = [];
  if (can(actor.role, "dossier.readOwn")) scopes.push({ applicantId: actor.id });
  if (can(actor.role, "dossier.readAgency") && actor.agencyId) scopes.push({ agencyId: actor.agencyId });

  const where: Prisma.DossierWhereInput = { id: options.dossierId, status: { in: ["APPROVED", "RETURNED"] }, resultNumber: { not: null }, OR: scopes };
  let row = scopes.length === 0 || !ID_PATTERN.test(options.dossierId) ? null : await db.dossier.findFirst({ where, select: SELECT });
  if (!row) {
    await writeAudit(db, { actorId: actor.id, actorRole: actor.role, ip: options.ip, action: "dossier.result.read.refused", targetType: "Dossier", targetId: options.dossierId.slice(0, 64) });
    throw new AppError("NOT_FOUND", "Không tìm thấy kết quả giải quyết của hồ sơ.");
  }

  if (!row.resultToken || !isWellFormedResultToken(row.resultToken)) {
    const id = row.id;
    row = await db.$transaction(async (tx) => {
      const token = crypto.randomBytes(24).toString("base64url");
      // Only the first of two concurrent downloads issues it; both then read the same token.
      const issued = await tx.dossier.updateMany({ where: { id, resultToken: row?.resultToken ?? null }, data: { resultToken: token } });
      if (issued.count === 1) {
        await writeAudit(tx, { actorId: actor.id, actorRole: actor.role, ip: options.ip, action: "dossier.result.token_issued", targetType: "Dossier", targetId: id });
      }
      return tx.dossier.findUniqueOrThrow({ where: { id }, select: SELECT });
    });
  }
  const token = row.resultToken as string;
  return {
    code: row.code,
    resultNumber: row.resultNumber as string,
    issuedAt: row.resultIssuedAt ?? row.finishedAt ?? new Date(),
    applicantName: row.applicantName,
    procedureName: row.procedure.name,
    resultDescription: row.procedure.resultDescription,
    agencyName: row.agency.name,
    agencyIsProvince: row.agency.kind === "PROVINCE",
    verifyUrl: verificationUrlOf(token),
  };
}
