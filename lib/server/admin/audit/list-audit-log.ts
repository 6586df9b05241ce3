import "server-only";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import type { AuditFilter } from "@/lib/domain/audit-filter";
import type { Prisma } from "@/lib/generated/prisma/client";

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_EXPORT_CAP = 10_000;
/** At most this many accounts match an actor search (a fragment matching more is too vague). */
const ACTOR_MATCH_CAP = 500;

/**
 * The WHERE clause of a filter. The actor is searched among accounts by name or e-mail and the
 * log is then filtered by their ids (the log stores ids only); no match means no rows.
 */
export async function auditWhere(filter: AuditFilter): Promise<Prisma.AuditLogWhereInput | null> {
  const where: Prisma.AuditLogWhereInput = {};
  if (filter.actor) {
    const actors = await db.user.findMany({
      where: { OR: [{ fullName: { contains: filter.actor, mode: "insensitive" } }, { email: { contains: filter.actor, mode: "insensitive" } }] },
      select: { id: true },
      take: ACTOR_MATCH_CAP,
    });
    if (actors.length === 0) return null;
    where.actorId = { in: actors.map((a) => a.id) };
  }
  if (filter.targetType) where.targetType = filter.targetType;
  if (filter.targetId) where.targetId = filter.targetId;
  if (filter.action) where.action = filter.action.endsWith(".") ? { startsWith: filter.action } : filter.action;
  if (filter.since || filter.until) where.at = { ...(filter.since ? { gte: filter.since } : {}), ...(filter.until ? { lt: filter.until } : {}) };
  if (filter.before !== null) where.id = { lt: filter.before };
  return where;
}

async function query(filter: AuditFilter, take: number) {
  const where = await auditWhere(filter);
  if (!where) return [];
  const rows = await db.auditLog.findMany({
    where,
    orderBy: { id: "desc" },
    take,
    select: { id: true, at: true, actorId: true, actorRole: true, ip: true, action: true, targetType: true, targetId: true, before: true, after: true },
  });
  const ids = [...new Set(rows.map((r) => r.actorId).filter((id): id is string => id !== null))];
  const people = ids.length > 0 ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, fullName: true, email: true } }) : [];
  const byId = new Map(people.map((p) => [p.id, p]));
  return rows.map((r) => ({
    ...r,
    id: r.id.toString(),
    actorName: r.actorId ? (byId.get(r.actorId)?.fullName ?? null) : null,
    actorEmail: r.actorId ? (byId.get(r.actorId)?.email ?? null) : null,
  }));
}

export type AuditRow = Awaited<ReturnType<typeof query>>[number];

/**
 * One page of the audit log, newest first, keyset-paginated on the id (the table is
 * append-only and large: no OFFSET). `nextBefore` is the cursor of the following page.
 */
export async function listAuditLog(actor: CurrentUser | null, filter: AuditFilter) {
  assertCan(actor, "audit.read");
  const rows = await query(filter, AUDIT_PAGE_SIZE + 1);
  const items = rows.slice(0, AUDIT_PAGE_SIZE);
  return { items, nextBefore: rows.length > AUDIT_PAGE_SIZE ? items[items.length - 1].id : null };
}

/** The filtered rows for a CSV export, newest first, capped; `truncated` says whether more matched. */
export async function exportAuditLog(actor: CurrentUser | null, filter: AuditFilter) {
  assertCan(actor, "audit.read");
  const rows = await query(filter, AUDIT_EXPORT_CAP + 1);
  return { rows: rows.slice(0, AUDIT_EXPORT_CAP), truncated: rows.length > AUDIT_EXPORT_CAP };
}
