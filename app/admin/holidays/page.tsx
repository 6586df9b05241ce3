import type { Metadata } from "next";
import { HolidaysPage } from "@/components/admin/holidays/HolidaysPage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { listHolidays, parseCalendarYear } from "@/lib/server/admin/holidays/holidays";
import { addHolidayAction, removeHolidayAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.adminPanel.holidays.title };
}

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePagePermission("admin.manage", "/admin/holidays");
  const q = await searchParams;
  const year = parseCalendarYear(q.year, Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric" }).format(new Date())));
  const [{ t }, calendar] = await Promise.all([getI18n(), listHolidays(user, year)]);
  const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
  return <HolidaysPage t={t} calendar={calendar} notice={{ added: one(q.added), removed: one(q.removed) }} addAction={addHolidayAction} removeAction={removeHolidayAction} />;
}
