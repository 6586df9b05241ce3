import "server-only";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { ZFormSchema, type TFormSchema } from "@/lib/validation/form-schema";
import type { FormValues } from "@/lib/validation/application";
import { assertUsableKey } from "@/lib/domain/safe-input";

type Profile = {
  fullName: string;
  nationalId: string | null;
  birthDate: Date | null;
  gender: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
};

const GENDER_VALUE: Record<string, string> = { MALE: "nam", FEMALE: "nu", nam: "nam", nu: "nu", "Nam": "nam", "Nữ": "nu" };

/** Form values the state already holds about the applicant (prefill sources of the schema). */
export function prefillValues(schema: TFormSchema, profile: Profile): FormValues {
  const source: Record<string, string | null> = {
    fullName: profile.fullName,
    nationalId: profile.nationalId,
    birthDate: profile.birthDate ? profile.birthDate.toISOString().slice(0, 10) : null,
    gender: profile.gender ? (GENDER_VALUE[profile.gender] ?? null) : null,
    phone: profile.phone,
    email: profile.email,
    address: profile.address,
  };
  const values: FormValues = {};
  for (const field of schema.fields) {
    const v = field.prefill ? source[field.prefill] : null;
    if (v) values[field.name] = v;
  }
  return values;
}

/**
 * Starts (or resumes) the signed-in citizen's online application for a full-online procedure:
 * one draft per citizen, procedure and agency, even when two tabs start at the same moment.
 */
export async function startApplication(options: { actor: CurrentUser | null; procedureCode: string; agencyId?: string | null; ip?: string | null }) {
  const { actor } = options;
  assertCan(actor, "dossier.create");
  assertUsableKey(options.procedureCode, "Mã thủ tục không hợp lệ.");
  if (options.agencyId != null) assertUsableKey(options.agencyId, "Mã cơ quan không hợp lệ.");
  const procedure = await db.procedure.findFirst({
    where: { code: options.procedureCode, isPublished: true },
    select: { id: true, level: true, scope: true, agencyId: true, feeAmount: true, formSchema: true },
  });
  if (!procedure) throw new AppError("NOT_FOUND", "Không tìm thấy thủ tục.");
  if (procedure.level !== "FULL_ONLINE") throw new AppError("BAD_REQUEST", "Thủ tục này chưa cung cấp trực tuyến toàn trình.");

  let agencyId = procedure.agencyId;
  if (procedure.scope === "COMMUNE") {
    const commune = options.agencyId
      ? await db.agency.findFirst({ where: { id: options.agencyId, kind: "COMMUNE", isActive: true }, select: { id: true } })
      : null;
    if (!commune) throw new AppError("BAD_REQUEST", "Chọn xã, phường nơi nộp hồ sơ.", { agencyId: "Chọn xã, phường nơi nộp hồ sơ." });
    agencyId = commune.id;
  }
  if (!agencyId) throw new AppError("NOT_FOUND", "Thủ tục chưa có cơ quan thực hiện.");
  const schema = ZFormSchema.parse(procedure.formSchema);

  return db.$transaction(async (tx) => {
    // Serialise concurrent starts of the same application (double-click, two tabs).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`apply:${actor.id}:${procedure.id}:${agencyId}`}))`;
    const existing = await tx.dossier.findFirst({
      where: { applicantId: actor.id, procedureId: procedure.id, agencyId: agencyId as string, status: "DRAFT" },
      select: { id: true, draftStep: true },
    });
    if (existing) return { dossierId: existing.id, step: existing.draftStep, resumed: true };

    const user = await tx.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { fullName: true, nationalId: true, birthDate: true, gender: true, phone: true, email: true, address: true },
    });
    const dossier = await tx.dossier.create({
      data: {
        procedureId: procedure.id,
        agencyId: agencyId as string,
        channel: "ONLINE",
        status: "DRAFT",
        applicantId: actor.id,
        applicantName: user.fullName,
        applicantNationalId: user.nationalId,
        applicantPhone: user.phone,
        applicantEmail: user.email,
        applicantAddress: user.address,
        formData: prefillValues(schema, user),
        feeAmount: procedure.feeAmount,
      },
      select: { id: true },
    });
    await writeAudit(tx, { actorId: actor.id, actorRole: actor.role, ip: options.ip, action: "dossier.draft.create", targetType: "Dossier", targetId: dossier.id });
    return { dossierId: dossier.id, step: 0, resumed: false };
  });
}
