import "server-only";
import { db, type Tx } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import type { AdminWriteResult } from "@/lib/validation/admin-catalogue-fields";
import { checkIndicator, type TAdminIndicator } from "@/lib/validation/admin-indicators";
import { agencyOrder, DUPLICATE_CODE, isUniqueViolation } from "./common";

const num = (d: { toString(): string } | null) => (d === null ? null : d.toString());

/** Every indicator, by pillar then code. */
export async function listAdminIndicators(actor: CurrentUser | null) {
  assertCan(actor, "admin.manage");
  const rows = await db.indicator.findMany({
    orderBy: [{ pillar: { order: "asc" } }, { code: "asc" }],
    select: {
      id: true,
      code: true,
      name: true,
      unit: true,
      periodicity: true,
      direction: true,
      target2025: true,
      target2030: true,
      isKey: true,
      isActive: true,
      pillar: { select: { code: true, name: true } },
      ownerAgency: { select: { shortName: true } },
    },
  });
  return rows.map((r) => ({ ...r, target2025: Number(r.target2025), target2030: Number(r.target2030) }));
}

export type IndicatorFormOptions = {
  pillars: { id: string; code: string; name: string }[];
  agencies: { id: string; name: string; kind: "PROVINCE" | "DEPARTMENT" | "COMMUNE" }[];
};

export async function getIndicatorFormOptions(actor: CurrentUser | null): Promise<IndicatorFormOptions> {
  assertCan(actor, "admin.manage");
  const [pillars, agencies] = await Promise.all([
    db.pillar.findMany({ orderBy: { order: "asc" }, select: { id: true, code: true, name: true } }),
    db.agency.findMany({ where: { isActive: true }, orderBy: agencyOrder, select: { id: true, name: true, kind: true } }),
  ]);
  return { pillars, agencies };
}

/** One indicator as its form shows it (numbers as text, exactly as stored). */
export async function getAdminIndicator(actor: CurrentUser | null, id: string) {
  assertCan(actor, "admin.manage");
  const i = await db.indicator.findUnique({ where: { id }, include: { _count: { select: { observations: true } } } });
  if (!i) return null;
  const { _count, ...rest } = i;
  return {
    ...rest,
    baselineValue: num(i.baselineValue),
    target2025: num(i.target2025)!,
    target2030: num(i.target2030)!,
    observations: _count.observations,
  };
}
export type AdminIndicator = NonNullable<Awaited<ReturnType<typeof getAdminIndicator>>>;

async function snapshotOf(tx: Tx, id: string) {
  const i = await tx.indicator.findUnique({
    where: { id },
    select: {
      code: true,
      name: true,
      nameEn: true,
      pillarId: true,
      ownerAgencyId: true,
      unit: true,
      direction: true,
      periodicity: true,
      baselineValue: true,
      target2025: true,
      target2030: true,
      description: true,
      isKey: true,
      isActive: true,
    },
  });
  return i ? { ...i, baselineValue: num(i.baselineValue), target2025: num(i.target2025), target2030: num(i.target2030) } : null;
}

const columns = (i: TAdminIndicator) => ({
  code: i.code,
  name: i.name,
  nameEn: i.nameEn,
  pillarId: i.pillarId,
  ownerAgencyId: i.ownerAgencyId,
  unit: i.unit,
  direction: i.direction,
  periodicity: i.periodicity,
  baselineValue: i.baselineValue === null ? null : String(i.baselineValue),
  target2025: String(i.target2025),
  target2030: String(i.target2030),
  description: i.description,
  isKey: i.isKey,
  isActive: i.isActive,
});

async function referenceErrors(i: TAdminIndicator): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  const [pillar, agency] = await Promise.all([
    db.pillar.findUnique({ where: { id: i.pillarId }, select: { id: true } }),
    db.agency.findFirst({ where: { id: i.ownerAgencyId, isActive: true }, select: { id: true } }),
  ]);
  if (!pillar) errors.pillarId = "Chọn trụ cột trong danh sách";
  if (!agency) errors.ownerAgencyId = "Chọn cơ quan trong danh sách";
  return errors;
}

export async function createIndicator(options: { actor: CurrentUser | null; input: unknown; ip?: string | null }): Promise<AdminWriteResult> {
  const { actor } = options;
  assertCan(actor, "admin.manage");
  const check = checkIndicator(options.input);
  if (!check.ok) return check;
  const errors = await referenceErrors(check.data);
  if (await db.indicator.findUnique({ where: { code: check.data.code }, select: { id: true } })) errors.code = DUPLICATE_CODE;
  if (Object.keys(errors).length) return { ok: false, fieldErrors: errors };
  try {
    const id = await db.$transaction(async (tx) => {
      const created = await tx.indicator.create({ data: columns(check.data), select: { id: true } });
      const after = await snapshotOf(tx, created.id);
      await writeAudit(tx, { actorId: actor.id, actorRole: actor.role, ip: options.ip, action: "indicator.create", targetType: "Indicator", targetId: created.id, after: after! });
      return created.id;
    });
    return { ok: true, id };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { code: DUPLICATE_CODE } };
    throw error;
  }
}

/**
 * Edits an indicator and its targets. Its reporting period cannot change once values were
 * reported: they are stored per period (month / quarter / year start).
 */
export async function updateIndicator(options: { actor: CurrentUser | null; id: string; input: unknown; ip?: string | null }): Promise<AdminWriteResult> {
  const { actor } = options;
  assertCan(actor, "admin.manage");
  const check = checkIndicator(options.input);
  if (!check.ok) return check;
  const errors = await referenceErrors(check.data);
  if (await db.indicator.findFirst({ where: { code: check.data.code, id: { not: options.id } }, select: { id: true } })) errors.code = DUPLICATE_CODE;
  if (Object.keys(errors).length) return { ok: false, fieldErrors: errors };
  try {
    const result = await db.$transaction(async (tx): Promise<AdminWriteResult> => {
      const before = await snapshotOf(tx, options.id);
      if (!before) throw new AppError("NOT_FOUND", "Không tìm thấy chỉ tiêu.");
      if (before.periodicity !== check.data.periodicity && (await tx.observation.count({ where: { indicatorId: options.id } })) > 0) {
        return { ok: false, fieldErrors: { periodicity: "Không đổi được kỳ báo cáo khi chỉ tiêu đã có số liệu" } };
      }
      await tx.indicator.update({ where: { id: options.id }, data: columns(check.data) });
      const after = await snapshotOf(tx, options.id);
      await writeAudit(tx, { actorId: actor.id, actorRole: actor.role, ip: options.ip, action: "indicator.update", targetType: "Indicator", targetId: options.id, before, after: after! });
      return { ok: true, id: options.id };
    });
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { code: DUPLICATE_CODE } };
    throw error;
  }
}
