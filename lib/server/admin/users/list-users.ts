import "server-only";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { ROLES } from "@/lib/validation/admin-people";

export const USERS_PAGE_SIZE = 25;

export type UserListFilters = { q: string; role: Role | ""; agencyId: string; active: "yes" | "no" | ""; page: number };

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");

/** The list's filters from the query string; anything unexpected is ignored. */
export function parseUserListFilters(params: Record<string, string | string[] | undefined>): UserListFilters {
  const role = one(params.role);
  const active = one(params.active);
  const page = Number.parseInt(one(params.page), 10);
  return {
    q: one(params.q).trim().slice(0, 100),
    role: (ROLES as readonly string[]).includes(role) ? (role as Role) : "",
    agencyId: one(params.agencyId).trim().slice(0, 40),
    active: active === "yes" || active === "no" ? active : "",
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

export type UserStatus = "active" | "invited" | "inactive";

/** Accounts, newest first, found by name, e-mail or phone and filtered by role, agency and state. */
export async function listUsers(actor: CurrentUser | null, filters: UserListFilters) {
  assertCan(actor, "admin.manage");
  const where: Prisma.UserWhereInput = {};
  if (filters.q) {
    const digits = filters.q.replace(/[\s.()-]/g, "");
    where.OR = [
      { fullName: { contains: filters.q, mode: "insensitive" } },
      { email: { contains: filters.q, mode: "insensitive" } },
      ...(/^\+?\d{3,}$/.test(digits) ? [{ phone: { contains: digits.replace(/^\+84/, "0") } }] : []),
    ];
  }
  if (filters.role) where.role = filters.role;
  if (filters.agencyId) where.agencyId = filters.agencyId;
  if (filters.active) where.isActive = filters.active === "yes";
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: {
        id: true, fullName: true, email: true, phone: true, role: true, title: true, isActive: true, lastLoginAt: true, passwordHash: true,
        agency: { select: { shortName: true } },
      },
    }),
  ]);
  const items = rows.map(({ passwordHash, ...u }) => ({
    ...u,
    status: (!u.isActive ? "inactive" : passwordHash ? "active" : "invited") as UserStatus,
  }));
  return { items, total, page: filters.page, pageSize: USERS_PAGE_SIZE, pages: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)) };
}

export type UserList = Awaited<ReturnType<typeof listUsers>>;

/** Active agencies for the role/agency choices of the forms. */
export async function listAgencyChoices(actor: CurrentUser | null) {
  assertCan(actor, "admin.manage");
  return db.agency.findMany({ where: { isActive: true }, orderBy: [{ kind: "asc" }, { name: "asc" }], select: { id: true, name: true, kind: true } });
}

export type AgencyChoice = Awaited<ReturnType<typeof listAgencyChoices>>[number];

/** One account for its administration page, with its pending link and recent audit entries. */
export async function getUserForAdmin(actor: CurrentUser | null, userId: string) {
  assertCan(actor, "admin.manage");
  const user = await db.user.findUnique({
    where: { id: typeof userId === "string" ? userId.slice(0, 40) : "" },
    select: {
      id: true, fullName: true, email: true, phone: true, role: true, title: true, agencyId: true, isActive: true, createdAt: true,
      lastLoginAt: true, passwordChangedAt: true, lockedUntil: true, passwordHash: true,
      agency: { select: { name: true } },
      passwordTokens: { where: { usedAt: null }, orderBy: { createdAt: "desc" }, take: 1, select: { purpose: true, expiresAt: true } },
    },
  });
  if (!user) return null;
  const { passwordHash, passwordTokens, ...rest } = user;
  const history = await db.auditLog.findMany({
    where: { targetType: "User", targetId: user.id },
    orderBy: { id: "desc" },
    take: 10,
    select: { id: true, at: true, action: true, actorId: true },
  });
  return {
    ...rest,
    hasPassword: passwordHash !== null,
    status: (!user.isActive ? "inactive" : passwordHash ? "active" : "invited") as UserStatus,
    pendingLink: passwordTokens[0] ?? null,
    history: history.map((h) => ({ ...h, id: h.id.toString() })),
    isSelf: user.id === actor.id,
  };
}

export type UserForAdmin = NonNullable<Awaited<ReturnType<typeof getUserForAdmin>>>;
