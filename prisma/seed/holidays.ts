// Public holidays of Vietnam 2024–2027 for civil servants (Bộ luật Lao động 2019, art. 112, and
// the yearly notices of the Ministry of Home Affairs). 2024–2026 follow the announced
// schedules; 2027 is an approximation (Tết dates from the lunar calendar, compensations
// guessed) that an administrator should confirm when the official notice is out.

export type HolidaySeed = { date: string; name: string; kind: "HOLIDAY" | "WORKING_DAY" };

function range(from: string, to: string, name: string): HolidaySeed[] {
  const out: HolidaySeed[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push({ date: new Date(t).toISOString().slice(0, 10), name, kind: "HOLIDAY" });
  }
  return out;
}
const day = (date: string, name: string): HolidaySeed => ({ date, name, kind: "HOLIDAY" });
const makeUp = (date: string, name: string): HolidaySeed => ({ date, name, kind: "WORKING_DAY" });

/** Lunar New Year's Day (mùng 1 Tết) of each year, for seasonality. */
export const LUNAR_NEW_YEAR: Record<number, string> = {
  2024: "2024-02-10",
  2025: "2025-01-29",
  2026: "2026-02-17",
  2027: "2027-02-06",
};

export const HOLIDAYS: HolidaySeed[] = [
  // 2024
  day("2024-01-01", "Tết Dương lịch"),
  ...range("2024-02-08", "2024-02-14", "Tết Nguyên đán Giáp Thìn"),
  day("2024-04-18", "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
  day("2024-04-29", "Nghỉ bù dịp 30/4 – 1/5 (hoán đổi với thứ Bảy 04/5)"),
  day("2024-04-30", "Ngày Giải phóng miền Nam, thống nhất đất nước"),
  day("2024-05-01", "Ngày Quốc tế Lao động"),
  makeUp("2024-05-04", "Làm bù cho ngày nghỉ 29/4/2024"),
  day("2024-09-02", "Quốc khánh"),
  day("2024-09-03", "Quốc khánh (ngày liền kề)"),
  // 2025
  day("2025-01-01", "Tết Dương lịch"),
  ...range("2025-01-25", "2025-02-02", "Tết Nguyên đán Ất Tỵ"),
  day("2025-04-07", "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
  day("2025-04-30", "Ngày Giải phóng miền Nam, thống nhất đất nước"),
  day("2025-05-01", "Ngày Quốc tế Lao động"),
  day("2025-05-02", "Nghỉ dịp 30/4 – 1/5 (hoán đổi với thứ Bảy 26/4)"),
  makeUp("2025-04-26", "Làm bù cho ngày nghỉ 02/5/2025"),
  day("2025-09-01", "Quốc khánh (ngày liền kề)"),
  day("2025-09-02", "Quốc khánh"),
  // 2026
  day("2026-01-01", "Tết Dương lịch"),
  ...range("2026-02-14", "2026-02-22", "Tết Nguyên đán Bính Ngọ"),
  day("2026-04-26", "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
  day("2026-04-27", "Nghỉ bù Giỗ Tổ Hùng Vương (trùng Chủ nhật)"),
  day("2026-04-30", "Ngày Giải phóng miền Nam, thống nhất đất nước"),
  day("2026-05-01", "Ngày Quốc tế Lao động"),
  day("2026-09-01", "Quốc khánh (ngày liền kề)"),
  day("2026-09-02", "Quốc khánh"),
  // 2027 (approximate)
  day("2027-01-01", "Tết Dương lịch"),
  ...range("2027-02-05", "2027-02-11", "Tết Nguyên đán Đinh Mùi"),
  day("2027-04-16", "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
  day("2027-04-30", "Ngày Giải phóng miền Nam, thống nhất đất nước"),
  day("2027-05-01", "Ngày Quốc tế Lao động"),
  day("2027-05-03", "Nghỉ bù Ngày Quốc tế Lao động (trùng thứ Bảy)"),
  day("2027-09-02", "Quốc khánh"),
  day("2027-09-03", "Quốc khánh (ngày liền kề)"),
];
