import "server-only";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { dateKeyOf } from "@/lib/domain/vn-date-input";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { adminFieldErrors, ZHoliday, type TAdminError } from "@/lib/validation/admin-people";
import { isUsableKey } from "@/lib/domain/safe-input";

const YEAR_MIN = 2000;
const YEAR_MAX = 2100;

export function parseCalendarYear(raw: unknown, fallback: number): number {
  const year = typeof raw === "string" ? Number.parseInt(raw, 10) : NaN;
  return Number.isInteger(year) && year >= YEAR_MIN && year <= YEAR_MAX ? year : fallback;
}

/** The holidays and make-up working days of one year, in date order, and the years that have any. */
export async function listHolidays(actor: CurrentUser | null, year: number) {
  assertCan(actor, "admin.manage");
  const [rows, years] = await Promise.all([
    db.holiday.findMany({
      where: { date: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } },
      orderBy: { date: "asc" },
      select: { id: true, date: true, name: true, kind: true },
    }),
    db.$queryRaw<{ year: number }[]>`SELECT DISTINCT EXTRACT(YEAR FROM "date")::int AS "year" FROM "Holiday" ORDER BY 1`,
  ]);
  const known = new Set(years.map((y) => y.year));
  known.add(year);
  return { year, years: [...known].sort((a, b) => a - b), days: rows.map((r) => ({ ...r, key: dateKeyOf(r.date) })) };
}

export type HolidayYear = Awaited<ReturnType<typeof listHolidays>>;

export type AddHolidayResult = { ok: true; id: string; key: string } | { ok: false; fieldErrors: Record<string, TAdminError> };

/**
 * Adds a holiday or a make-up working day (which must fall on a Saturday or Sunday). One entry
 * per date. Deadlines already computed for received dossiers are not recomputed; new ones use
 * the calendar at once on every instance (it is read per request).
 */
export async function addHoliday(options: { actor: CurrentUser | null; input: unknown; ip?: string | null }): Promise<AddHolidayResult> {
  const { actor } = options;
  assertCan(actor, "admin.manage");
  const parsed = ZHoliday.safeParse(options.input);
  if (!parsed.success) return { ok: false, fieldErrors: adminFieldErrors(parsed.error) };
  const { date: key, name, kind } = parsed.data;
  const date = new Date(`${key}T00:00:00Z`);
  const dow = date.getUTCDay();
  if (kind === "WORKING_DAY" && dow !== 0 && dow !== 6) return { ok: false, fieldErrors: { date: "date.notWeekend" } };
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.holiday.findUnique({ where: { date }, select: { id: true } })) return { ok: false as const, fieldErrors: { date: "date.taken" as const } };
      const row = await tx.holiday.create({ data: { date, name, kind }, select: { id: true } });
      await writeAudit(tx, {
        actorId: actor.id, actorRole: actor.role, ip: options.ip, action: "holiday.add", targetType: "Holiday", targetId: row.id,
        after: { date: key, name, kind },
      });
      return { ok: true as const, id: row.id, key };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, fieldErrors: { date: "date.taken" } };
    throw error;
  }
}

/** Removes one entry of the calendar (audited with what it was). */
export async function removeHoliday(options: { actor: CurrentUser | null; id: string; ip?: string | null }): Promise<{ key: string }> {
  const { actor } = options;
  assertCan(actor, "admin.manage");
  return db.$transaction(async (tx) => {
    const row = await tx.holiday.findUnique({ where: { id: isUsableKey(options.id) ? options.id : "" }, select: { id: true, date: true, name: true, kind: true } });
    if (!row) throw new AppError("NOT_FOUND", "Không tìm thấy ngày nghỉ.");
    await tx.holiday.delete({ where: { id: row.id } });
    const key = dateKeyOf(row.date);
    await writeAudit(tx, {
      actorId: actor.id, actorRole: actor.role, ip: options.ip, action: "holiday.remove", targetType: "Holiday", targetId: row.id,
      before: { date: key, name: row.name, kind: row.kind },
    });
    return { key };
  });
}
