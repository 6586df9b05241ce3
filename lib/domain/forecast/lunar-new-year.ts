// Tết (Lunar New Year) moves between late January and mid-February, so "the Tết month" is not a
// fixed calendar month. This table gives mùng 1 Tết of each year (Vietnamese lunar calendar);
// the forecasts measure how much of each month the Tết break covers.

/** Mùng 1 Tết Nguyên đán, yyyy-mm-dd. */
export const LUNAR_NEW_YEAR: Readonly<Record<number, string>> = {
  2021: "2021-02-12",
  2022: "2022-02-01",
  2023: "2023-01-22",
  2024: "2024-02-10",
  2025: "2025-01-29",
  2026: "2026-02-17",
  2027: "2027-02-06",
  2028: "2028-01-26",
  2029: "2029-02-13",
  2030: "2030-02-03",
};

const DAY = 86_400_000;
/** The Tết effect: four days before mùng 1 (the holiday starts) to ten days after (offices restart slowly). */
export const TET_WINDOW = { before: 4, after: 10 } as const;
const WINDOW_DAYS = TET_WINDOW.before + TET_WINDOW.after + 1;

/**
 * Share (0–1) of the Tết window that falls in the month "yyyy-mm": 0 for most months, up to 1
 * when the whole break is inside the month; split between January and February in some years.
 * Throws for a year outside the table rather than silently ignoring Tết.
 */
export function tetShare(monthKey: string): number {
  const [y, m] = monthKey.split("-").map(Number);
  if (m > 3) return 0;
  const lny = LUNAR_NEW_YEAR[y];
  if (!lny) throw new RangeError(`Chưa có ngày Tết Nguyên đán của năm ${y}`);
  const start = Date.parse(`${lny}T00:00:00Z`) - TET_WINDOW.before * DAY;
  const end = Date.parse(`${lny}T00:00:00Z`) + TET_WINDOW.after * DAY; // inclusive
  const monthStart = Date.UTC(y, m - 1, 1);
  const monthEnd = Date.UTC(y, m, 1) - DAY; // inclusive
  const overlap = Math.min(end, monthEnd) - Math.max(start, monthStart);
  return overlap < 0 ? 0 : (overlap / DAY + 1) / WINDOW_DAYS;
}

/** "yyyy-mm" shifted by n months. */
export function addMonths(monthKey: string, n: number): string {
  const [y, m] = monthKey.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1 + n, 1)).toISOString().slice(0, 7);
}

/** Whole months from a to b ("yyyy-mm"); negative when b is earlier. */
export function monthsBetween(a: string, b: string): number {
  const [ya, ma] = a.split("-").map(Number);
  const [yb, mb] = b.split("-").map(Number);
  return (yb - ya) * 12 + (mb - ma);
}
