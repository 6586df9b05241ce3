import "server-only";
import { db, type Tx } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DossierStatus } from "@/lib/generated/prisma/enums";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { adminFieldErrors, ZAgency, type TAdminError, type TAgency } from "@/lib/validation/admin-people";
import { isUsableKey } from "@/lib/domain/safe-input";

/** Dossiers still in the agency's hands: an agency with any of them cannot be deactivated. */
export const OPEN_DOSSIER_STATUSES: DossierStatus[] = ["SUBMITTED", "RECEIVED", "PROCESSING", "SUPPLEMENT_REQUESTED", "APPROVED"];

const AGENCY_SELECT = {
  id: true, code: true, name: true, shortName: true, kind: true, parentId: true, address: true, phone: true, email: true, isActive: true,
} as const;

/** Every agency (a few hundred at most) with its parent and number of active accounts. */
export async function listAgencies(actor: CurrentUser | null) {
  assertCan(actor, "admin.manage");
  const [agencies, users] = await Promise.all([
    db.agency.findMany({ orderBy: [{ kind: "asc" }, { name: "asc" }], select: { ...AGENCY_SELECT, parent: { select: { shortName: true } } } }),
    db.user.groupBy({ by: ["agencyId"], where: { isActive: true, agencyId: { not: null } }, _count: { _all: true } }),
  ]);
  const activeUsers = new Map(users.map((u) => [u.agencyId, u._count._all]));
  return agencies.map((a) => ({ ...a, activeUsers: activeUsers.get(a.id) ?? 0 }));
}

export type AgencyRow = Awaited<ReturnType<typeof listAgencies>>[number];

export async function getAgency(actor: CurrentUser | null, id: string) {
  assertCan(actor, "admin.manage");
  return db.agency.findUnique({ where: { id: typeof id === "string" ? id.slice(0, 40) : "" }, select: AGENCY_SELECT });
}

export type AgencyForm = NonNullable<Awaited<ReturnType<typeof getAgency>>>;

export type SaveAgencyResult = { ok: true; id: string } | { ok: false; fieldErrors: Record<string, TAdminError> };

/** The parent must exist and must not be the agency itself or one of its descendants. */
async function parentProblem(tx: Tx, id: string | null, parentId: string | null): Promise<TAdminError | null> {
  if (!parentId) return null;
  let cursor: string | null = parentId;
  for (let depth = 0; cursor && depth < 20; depth++) {
    if (cursor === id) return "parentId.cycle";
    const row: { parentId: string | null } | null = await tx.agency.findUnique({ where: { id: cursor }, select: { parentId: true } });
    if (!row) return depth === 0 ? "parentId.invalid" : null;
    cursor = row.parentId;
  }
  return null;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

function snapshot(a: TAgency) {
  return { code: a.code, name: a.name, shortName: a.shortName, kind: a.kind, parentId: a.parentId, address: a.address, phone: a.phone, email: a.email };
}

/** Creates an agency (code unique) or, with `id`, edits one. Audited with before/after. */
export async function saveAgency(options: { actor: CurrentUser | null; id?: string | null; input: unknown; ip?: string | null }): Promise<SaveAgencyResult> {
  const { actor } = options;
  assertCan(actor, "admin.manage");
  const parsed = ZAgency.safeParse(options.input);
  if (!parsed.success) return { ok: false, fieldErrors: adminFieldErrors(parsed.error) };
  const input = parsed.data;
  const id = options.id ?? null;
  try {
    return await db.$transaction(async (tx): Promise<SaveAgencyResult> => {
      const before = id ? await tx.agency.findUnique({ where: { id }, select: AGENCY_SELECT }) : null;
      if (id && !before) throw new AppError("NOT_FOUND", "Không tìm thấy cơ quan.");
      const clash = await tx.agency.findUnique({ where: { code: input.code }, select: { id: true } });
      if (clash && clash.id !== id) return { ok: false, fieldErrors: { code: "code.taken" } };
      const parent = await parentProblem(tx, id, input.parentId);
      if (parent) return { ok: false, fieldErrors: { parentId: parent } };
      const data = snapshot(input);
      const saved = id
        ? await tx.agency.update({ where: { id }, data, select: { id: true } })
        : await tx.agency.create({ data, select: { id: true } });
      await writeAudit(tx, {
        actorId: actor.id, actorRole: actor.role, ip: options.ip, action: id ? "agency.update" : "agency.create", targetType: "Agency", targetId: saved.id,
        before: before ? { code: before.code, name: before.name, shortName: before.shortName, kind: before.kind, parentId: before.parentId, address: before.address, phone: before.phone, email: before.email } : undefined,
        after: data,
      });
      return { ok: true, id: saved.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { code: "code.taken" } };
    throw error;
  }
}

export type AgencyActiveResult =
  | { ok: true }
  | { ok: false; blockers: { activeUsers: number; openDossiers: number; activeChildren: number } };

/**
 * Deactivates an agency, refused (with the reasons counted) while it has active accounts,
 * open dossiers or active subordinate agencies; or reactivates one.
 */
export async function setAgencyActive(options: { actor: CurrentUser | null; id: string; active: boolean; ip?: string | null }): Promise<AgencyActiveResult> {
  const { actor } = options;
  assertCan(actor, "admin.manage");
  return db.$transaction(async (tx) => {
    const agency = await tx.agency.findUnique({ where: { id: isUsableKey(options.id) ? options.id : "" }, select: { id: true, isActive: true } });
    if (!agency) throw new AppError("NOT_FOUND", "Không tìm thấy cơ quan.");
    if (agency.isActive === options.active) return { ok: true as const };
    if (!options.active) {
      // Serialise with accounts being added to this agency meanwhile.
      await tx.$executeRaw`SELECT 1 FROM "Agency" WHERE "id" = ${agency.id} FOR UPDATE`;
      const [activeUsers, openDossiers, activeChildren] = await Promise.all([
        tx.user.count({ where: { agencyId: agency.id, isActive: true } }),
        tx.dossier.count({ where: { agencyId: agency.id, status: { in: OPEN_DOSSIER_STATUSES } } }),
        tx.agency.count({ where: { parentId: agency.id, isActive: true } }),
      ]);
      if (activeUsers + openDossiers + activeChildren > 0) return { ok: false as const, blockers: { activeUsers, openDossiers, activeChildren } };
    }
    await tx.agency.update({ where: { id: agency.id }, data: { isActive: options.active } });
    await writeAudit(tx, {
      actorId: actor.id, actorRole: actor.role, ip: options.ip, action: options.active ? "agency.reactivate" : "agency.deactivate",
      targetType: "Agency", targetId: agency.id, before: { isActive: agency.isActive }, after: { isActive: options.active },
    });
    return { ok: true as const };
  });
}
