// Dates typed by people as dd/mm/yyyy (the Vietnamese order), turned into calendar keys
// (yyyy-mm-dd) and back. Pure; a key names a Vietnam calendar day.

/** "05/02/2026" (also 5/2/2026, 05-02-2026, 05.02.2026) → "2026-02-05"; null when not a real date. */
export function parseVnDateInput(raw: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(raw);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** "2026-02-05" → "05/02/2026". */
export function formatDateKey(key: string): string {
  const [y, m, d] = key.slice(0, 10).split("-");
  return `${d}/${m}/${y}`;
}

/** The calendar key of a @db.Date value (stored as midnight UTC). */
export function dateKeyOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}
