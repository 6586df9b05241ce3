import "server-only";
import { db, type Tx } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { normalizeForSearch } from "@/lib/domain/text";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/server/audit/write-audit";
import type { AdminWriteResult } from "@/lib/validation/admin-catalogue-fields";
import { checkProcedure, formSchemaIssueText, ZAdminProcedureListQuery, type ValidProcedure } from "@/lib/validation/admin-procedures";
import { ZRequiredDocuments } from "@/lib/validation/form-schema";
import { z } from "zod";
import { agencyOrder, DUPLICATE_CODE, isUniqueViolation, PAGE_SIZE } from "./common";

/** What search matches: the code and the name, lower case, without diacritics. */
export const procedureSearchText = (code: string, name: string) => normalizeForSearch(`${code} ${name}`);

// ───────────── Reading ─────────────

export type AdminProcedureListItem = {
  id: string;
  code: string;
  name: string;
  level: "FULL_ONLINE" | "PARTIAL";
  scope: "PROVINCE" | "COMMUNE";
  isPublished: boolean;
  version: number;
  updatedAt: Date;
  sector: { name: string };
  agency: { shortName: string } | null;
};

/** Every procedure (published or not) matching the filters, by name, one page at a time. */
export async function listAdminProcedures(actor: CurrentUser | null, rawQuery: unknown) {
  assertCan(actor, "admin.manage");
  const query = ZAdminProcedureListQuery.parse(rawQuery ?? {});
  const words = [...new Set(normalizeForSearch(query.q ?? "").split(" ").filter(Boolean))].slice(0, 12);
  const where: Prisma.ProcedureWhereInput = {
    ...(words.length ? { AND: words.map((w) => ({ searchText: { contains: w } })) } : {}),
    ...(query.sector ? { sectorId: query.sector } : {}),
    ...(query.agency ? { agencyId: query.agency } : {}),
    ...(query.level ? { level: query.level } : {}),
    ...(query.published ? { isPublished: query.published === "yes" } : {}),
  };
  const total = await db.procedure.count({ where });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(query.page, pages);
  const items: AdminProcedureListItem[] = await db.procedure.findMany({
    where,
    orderBy: [{ name: "asc" }, { code: "asc" }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: {
      id: true,
      code: true,
      name: true,
      level: true,
      scope: true,
      isPublished: true,
      version: true,
      updatedAt: true,
      sector: { select: { name: true } },
      agency: { select: { shortName: true } },
    },
  });
  return { query: { ...query, page }, items, total, page, pages };
}

export type ProcedureFormOptions = {
  sectors: { id: string; code: string; name: string }[];
  agencies: { id: string; name: string; kind: "PROVINCE" | "DEPARTMENT" | "COMMUNE" }[];
};

/** Sectors and the agencies that can implement a province-level procedure. */
export async function getProcedureFormOptions(actor: CurrentUser | null): Promise<ProcedureFormOptions> {
  assertCan(actor, "admin.manage");
  const [sectors, agencies] = await Promise.all([
    db.sector.findMany({ orderBy: { name: "asc" }, select: { id: true, code: true, name: true } }),
    db.agency.findMany({ where: { isActive: true, kind: { not: "COMMUNE" } }, orderBy: agencyOrder, select: { id: true, name: true, kind: true } }),
  ]);
  return { sectors, agencies };
}

const ZSteps = z.array(z.string());

/** One procedure as the edit form shows it (its JSON columns parsed, the schema as JSON text). */
export async function getAdminProcedure(actor: CurrentUser | null, id: string) {
  assertCan(actor, "admin.manage");
  const p = await db.procedure.findUnique({
    where: { id },
    select: {
      id: true,
      code: true,
      name: true,
      sectorId: true,
      scope: true,
      agencyId: true,
      level: true,
      processingDays: true,
      feeAmount: true,
      feeDescription: true,
      applicants: true,
      requiredDocuments: true,
      steps: true,
      formSchema: true,
      legalBasis: true,
      resultDescription: true,
      inPersonNote: true,
      isPublished: true,
      publishedAt: true,
      version: true,
      updatedAt: true,
      _count: { select: { dossiers: { where: { status: { not: "DRAFT" } } } } },
    },
  });
  if (!p) return null;
  const docs = ZRequiredDocuments.safeParse(p.requiredDocuments);
  const steps = ZSteps.safeParse(p.steps);
  const { _count, ...rest } = p;
  return {
    ...rest,
    requiredDocuments: docs.success ? docs.data : [],
    steps: steps.success ? steps.data : [],
    formSchemaText: JSON.stringify(p.formSchema, null, 2),
    submittedDossiers: _count.dossiers,
  };
}
export type AdminProcedure = NonNullable<Awaited<ReturnType<typeof getAdminProcedure>>>;

// ───────────── Writing ─────────────

type Row = Awaited<ReturnType<typeof snapshotOf>>;

async function snapshotOf(tx: Tx, id: string) {
  return tx.procedure.findUnique({
    where: { id },
    select: {
      id: true,
      code: true,
      name: true,
      sectorId: true,
      scope: true,
      agencyId: true,
      level: true,
      processingDays: true,
      feeAmount: true,
      feeDescription: true,
      applicants: true,
      requiredDocuments: true,
      steps: true,
      formSchema: true,
      legalBasis: true,
      resultDescription: true,
      inPersonNote: true,
      isPublished: true,
      version: true,
    },
  });
}

const auditOf = (row: NonNullable<Row>) => row as unknown as Prisma.InputJsonValue;

function columns(p: ValidProcedure) {
  return {
    code: p.code,
    name: p.name,
    searchText: procedureSearchText(p.code, p.name),
    sectorId: p.sectorId,
    scope: p.scope,
    agencyId: p.agencyId,
    level: p.level,
    processingDays: p.processingDays,
    feeAmount: p.feeAmount,
    feeDescription: p.feeDescription,
    applicants: p.applicants,
    requiredDocuments: p.requiredDocuments as unknown as Prisma.InputJsonValue,
    steps: p.steps,
    formSchema: p.formSchema as unknown as Prisma.InputJsonValue,
    legalBasis: p.legalBasis,
    resultDescription: p.resultDescription,
    inPersonNote: p.inPersonNote,
  };
}

/** Sector and agency must exist (an agency that implements: active, not a commune). */
async function referenceErrors(p: ValidProcedure): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  const [sector, agency] = await Promise.all([
    db.sector.findUnique({ where: { id: p.sectorId }, select: { id: true } }),
    p.agencyId ? db.agency.findFirst({ where: { id: p.agencyId, isActive: true, kind: { not: "COMMUNE" } }, select: { id: true } }) : null,
  ]);
  if (!sector) errors.sectorId = "Chọn lĩnh vực trong danh sách";
  if (p.agencyId && !agency) errors.agencyId = "Chọn cơ quan thực hiện trong danh sách";
  return errors;
}

function refused(check: Extract<ReturnType<typeof checkProcedure>, { ok: false }>): AdminWriteResult {
  return { ok: false, fieldErrors: check.fieldErrors, formSchemaErrors: check.formSchemaIssues.map(formSchemaIssueText) };
}

/** A new procedure; published at once only when asked. */
export async function createProcedure(options: { actor: CurrentUser | null; input: unknown; ip?: string | null; now?: Date }): Promise<AdminWriteResult> {
  const { actor } = options;
  assertCan(actor, "admin.manage");
  const check = checkProcedure(options.input);
  if (!check.ok) return refused(check);
  const p = check.data;
  const errors = await referenceErrors(p);
  if (await db.procedure.findUnique({ where: { code: p.code }, select: { id: true } })) errors.code = DUPLICATE_CODE;
  if (Object.keys(errors).length) return { ok: false, fieldErrors: errors };
  const now = options.now ?? new Date();
  try {
    const id = await db.$transaction(async (tx) => {
      const created = await tx.procedure.create({ data: { ...columns(p), isPublished: p.isPublished ?? false, publishedAt: now, version: 0 }, select: { id: true } });
      const after = await snapshotOf(tx, created.id);
      await writeAudit(tx, { actorId: actor.id, actorRole: actor.role, ip: options.ip, action: "procedure.create", targetType: "Procedure", targetId: created.id, after: auditOf(after!) });
      return created.id;
    });
    return { ok: true, id };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { code: DUPLICATE_CODE } };
    throw error;
  }
}

/**
 * Saves every field of a procedure: the version goes up by one, the search text is recomputed.
 * Dossiers already submitted keep their own formData: only new applications (and drafts still
 * being filled in) use the new form.
 */
export async function updateProcedure(options: { actor: CurrentUser | null; id: string; input: unknown; ip?: string | null }): Promise<AdminWriteResult> {
  const { actor } = options;
  assertCan(actor, "admin.manage");
  const check = checkProcedure(options.input);
  if (!check.ok) return refused(check);
  const p = check.data;
  const errors = await referenceErrors(p);
  if (await db.procedure.findFirst({ where: { code: p.code, id: { not: options.id } }, select: { id: true } })) errors.code = DUPLICATE_CODE;
  if (Object.keys(errors).length) return { ok: false, fieldErrors: errors };
  try {
    const id = await db.$transaction(async (tx) => {
      const before = await snapshotOf(tx, options.id);
      if (!before) throw new AppError("NOT_FOUND", "Không tìm thấy thủ tục.");
      const expected = p.expectedVersion ?? before.version;
      // Optimistic lock: the row changes only if nobody saved since the form was loaded.
      const { count } = await tx.procedure.updateMany({ where: { id: before.id, version: expected }, data: { ...columns(p), version: { increment: 1 } } });
      if (count === 0) throw new AppError("CONFLICT", "Thủ tục đã được người khác sửa sau khi bạn mở trang. Hãy tải lại trang để xem bản mới nhất.");
      const after = await snapshotOf(tx, before.id);
      await writeAudit(tx, { actorId: actor.id, actorRole: actor.role, ip: options.ip, action: "procedure.update", targetType: "Procedure", targetId: before.id, before: auditOf(before), after: auditOf(after!) });
      return before.id;
    });
    return { ok: true, id };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { code: DUPLICATE_CODE } };
    throw error;
  }
}

/** Publishes (the public catalogue shows it, citizens can apply) or withdraws a procedure. */
export async function setProcedurePublished(options: { actor: CurrentUser | null; id: string; published: boolean; ip?: string | null; now?: Date }): Promise<void> {
  const { actor } = options;
  assertCan(actor, "admin.manage");
  const now = options.now ?? new Date();
  await db.$transaction(async (tx) => {
    const before = await tx.procedure.findUnique({ where: { id: options.id }, select: { id: true, isPublished: true, publishedAt: true, version: true } });
    if (!before) throw new AppError("NOT_FOUND", "Không tìm thấy thủ tục.");
    if (before.isPublished === options.published) return;
    const after = await tx.procedure.update({
      where: { id: before.id },
      data: { isPublished: options.published, ...(options.published ? { publishedAt: now } : {}), version: { increment: 1 } },
      select: { isPublished: true, publishedAt: true, version: true },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      ip: options.ip,
      action: options.published ? "procedure.publish" : "procedure.unpublish",
      targetType: "Procedure",
      targetId: before.id,
      before: { ...before, publishedAt: before.publishedAt.toISOString() },
      after: { ...after, publishedAt: after.publishedAt.toISOString() },
    });
  });
}
