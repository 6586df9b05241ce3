import "server-only";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { fieldErrorsOf, viErrorMap, type AdminWriteResult } from "@/lib/validation/admin-catalogue-fields";
import { ZAdminSector, ZAdminSectorRename } from "@/lib/validation/admin-procedures";
import { DUPLICATE_CODE, isUniqueViolation } from "./common";

export type AdminSectorRow = { id: string; code: string; name: string; nameEn: string; procedures: number };

/** Every sector with its number of procedures, by name. */
export async function listSectors(actor: CurrentUser | null): Promise<AdminSectorRow[]> {
  assertCan(actor, "admin.manage");
  const rows = await db.sector.findMany({ orderBy: { name: "asc" }, select: { id: true, code: true, name: true, nameEn: true, _count: { select: { procedures: true } } } });
  return rows.map(({ _count, ...s }) => ({ ...s, procedures: _count.procedures }));
}

export async function createSector(options: { actor: CurrentUser | null; input: unknown; ip?: string | null }): Promise<AdminWriteResult> {
  const { actor } = options;
  assertCan(actor, "admin.manage");
  const parsed = ZAdminSector.safeParse(options.input, { error: viErrorMap });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const data = parsed.data;
  if (await db.sector.findUnique({ where: { code: data.code }, select: { id: true } })) return { ok: false, fieldErrors: { code: DUPLICATE_CODE } };
  try {
    const id = await db.$transaction(async (tx) => {
      const sector = await tx.sector.create({ data, select: { id: true } });
      await writeAudit(tx, { actorId: actor.id, actorRole: actor.role, ip: options.ip, action: "sector.create", targetType: "Sector", targetId: sector.id, after: data });
      return sector.id;
    });
    return { ok: true, id };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { code: DUPLICATE_CODE } };
    throw error;
  }
}

/** Renames a sector (its code stays: shared links and filters use it). */
export async function renameSector(options: { actor: CurrentUser | null; id: string; input: unknown; ip?: string | null }): Promise<AdminWriteResult> {
  const { actor } = options;
  assertCan(actor, "admin.manage");
  const parsed = ZAdminSectorRename.safeParse(options.input, { error: viErrorMap });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const id = await db.$transaction(async (tx) => {
    const before = await tx.sector.findUnique({ where: { id: options.id }, select: { id: true, name: true, nameEn: true } });
    if (!before) throw new AppError("NOT_FOUND", "Không tìm thấy lĩnh vực.");
    await tx.sector.update({ where: { id: before.id }, data: parsed.data });
    await writeAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      ip: options.ip,
      action: "sector.rename",
      targetType: "Sector",
      targetId: before.id,
      before: { name: before.name, nameEn: before.nameEn },
      after: parsed.data,
    });
    return before.id;
  });
  return { ok: true, id };
}
