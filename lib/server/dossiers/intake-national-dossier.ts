import "server-only";
import { db } from "@/lib/db";
import { addWorkingDays } from "@/lib/domain/working-days";
import { AppError, isAppError } from "@/lib/errors";
import type { DossierStatus } from "@/lib/generated/prisma/enums";
import type { AuthenticatedApiClient } from "@/lib/server/api-tokens/api-tokens";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { loadWorkCalendar } from "@/lib/server/calendar/load-work-calendar";
import { enqueueDossierNotification } from "@/lib/server/notifications/enqueue-notification";
import { applyDossierStatDelta, DOSSIER_STATS_SELECT, toStatsShape } from "@/lib/server/rollups/apply-dossier-stat-delta";
import { checkNationalFormData, parseNationalDossier } from "@/lib/validation/national-portal";
import { issueDossierCode } from "./issue-dossier-code";
import { isUniqueViolation, loadIntakeProcedure } from "./intake-shared";

export type NationalDossierStatus = { id: string; code: string; externalCode: string; status: DossierStatus; submittedAt: Date | null; receivedAt: Date | null; dueAt: Date | null; finishedAt: Date | null; returnedAt: Date | null };
export type NationalIntakeResult = NationalDossierStatus & { created: boolean };

const STATUS_SELECT = { id: true, code: true, externalCode: true, agencyId: true, status: true, submittedAt: true, receivedAt: true, dueAt: true, finishedAt: true, returnedAt: true } as const;

const INVALID = "Dữ liệu hồ sơ không hợp lệ. Xem danh sách lỗi theo từng trường.";

async function findByExternalCode(externalCode: string, agencyId: string): Promise<NationalDossierStatus | null> {
  const d = await db.dossier.findUnique({ where: { channel_externalCode: { channel: "NATIONAL_PORTAL", externalCode } }, select: STATUS_SELECT });
  if (!d) return null;
  // External codes are unique nationally: another agency's dossier is not this client's business.
  if (d.agencyId !== agencyId || !d.code || !d.externalCode) throw new AppError("CONFLICT", "Mã hồ sơ này đã được gửi lên bởi hệ thống của một cơ quan khác.");
  const { agencyId: _agency, ...status } = d;
  return { ...status, code: d.code, externalCode: d.externalCode };
}

/**
 * A dossier received on the national public-service portal, pushed by the agency's system:
 * created SUBMITTED (channel NATIONAL_PORTAL), so that it waits in the officers' inbox to be
 * received like an online one. The body is checked like an online application (the form data
 * against the procedure's own schema); the token's agency must handle the procedure. Idempotent
 * by the national code: a repeat — even many at the same moment — answers with the dossier
 * already created (created: false) and writes nothing.
 */
export async function intakeNationalDossier(options: { client: AuthenticatedApiClient; input: unknown; ip?: string | null; now?: Date }): Promise<NationalIntakeResult> {
  const { client } = options;
  const now = options.now ?? new Date();
  const parsed = parseNationalDossier(options.input, now);
  if (!parsed.ok) throw new AppError("BAD_REQUEST", INVALID, parsed.errors);
  const body = parsed.data;

  const existing = await findByExternalCode(body.externalCode, client.agencyId);
  if (existing) return { ...existing, created: false };

  const procedure = await loadIntakeProcedure(body.procedureCode, client.agencyId).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") throw new AppError("BAD_REQUEST", INVALID, { procedureCode: "Không có thủ tục đang công bố với mã này." });
    throw error;
  });
  const form = checkNationalFormData(procedure.schema, body.applicant, body.formData, now);
  if (Object.keys(form.errors).length > 0) throw new AppError("BAD_REQUEST", INVALID, form.errors);

  const calendar = await loadWorkCalendar();
  // Provisional, as for an online submission; the receipt sets the legal appointment date.
  const dueAt = addWorkingDays(now, procedure.processingDays, calendar);
  const submittedAt = new Date(body.submittedAt);
  const documents = body.documents ?? [];
  try {
    return await db.$transaction(async (tx) => {
      const code = await issueDossierCode(tx, procedure.agency, now);
      const created = await tx.dossier.create({
        data: {
          code,
          procedureId: procedure.id,
          agencyId: procedure.agency.id,
          channel: "NATIONAL_PORTAL",
          externalCode: body.externalCode,
          status: "SUBMITTED",
          applicantName: body.applicant.fullName,
          applicantNationalId: body.applicant.nationalId,
          applicantPhone: body.applicant.phone,
          applicantEmail: body.applicant.email || null,
          applicantAddress: body.applicant.address || null,
          formData: form.values,
          submittedAt,
          dueAt,
          feeAmount: procedure.feeAmount,
          digitized: true, // an electronic dossier
          syncedNationalAt: now, // it came from the national portal, so both sides know it
        },
        select: { ...STATUS_SELECT, version: true, ...DOSSIER_STATS_SELECT },
      });
      await tx.dossierEvent.create({
        data: {
          dossierId: created.id,
          action: "submit",
          fromStatus: null,
          toStatus: "SUBMITTED",
          actorId: null,
          data: { channel: "NATIONAL_PORTAL", externalCode: body.externalCode, apiTokenId: client.tokenId, documents },
          createdAt: now,
        },
      });
      await writeAudit(tx, {
        actorId: null,
        actorRole: null,
        ip: options.ip,
        action: "dossier.intake.national",
        targetType: "Dossier",
        targetId: created.id,
        after: { status: "SUBMITTED", code, externalCode: body.externalCode, procedureCode: procedure.code, apiTokenId: client.tokenId, apiTokenName: client.name, documents: documents.length },
      });
      await enqueueDossierNotification(tx, { dossierId: created.id, template: "dossier.submitted" });
      await applyDossierStatDelta(tx, null, toStatsShape(created));
      return {
        id: created.id,
        code,
        externalCode: body.externalCode,
        status: created.status,
        submittedAt: created.submittedAt,
        receivedAt: created.receivedAt,
        dueAt: created.dueAt,
        finishedAt: created.finishedAt,
        returnedAt: created.returnedAt,
        created: true,
      };
    });
  } catch (error) {
    // A parallel repeat won the (channel, externalCode) unique index: answer with its dossier.
    if (isUniqueViolation(error)) {
      const winner = await findByExternalCode(body.externalCode, client.agencyId);
      if (winner) return { ...winner, created: false };
    }
    throw error;
  }
}

/** Status of a dossier the client's agency sent, for the national portal to sync (404 otherwise). */
export async function getNationalDossierStatus(options: { client: AuthenticatedApiClient; externalCode: string }): Promise<NationalDossierStatus> {
  const externalCode = options.externalCode.trim();
  if (!externalCode || externalCode.length > 64) throw new AppError("NOT_FOUND", "Không tìm thấy hồ sơ.");
  const d = await db.dossier.findFirst({
    where: { channel: "NATIONAL_PORTAL", externalCode, agencyId: options.client.agencyId },
    select: STATUS_SELECT,
  });
  if (!d || !d.code || !d.externalCode) throw new AppError("NOT_FOUND", "Không tìm thấy hồ sơ.");
  const { agencyId: _agency, ...status } = d;
  return { ...status, code: d.code, externalCode: d.externalCode };
}
