// Display formats of the portal: dates dd/mm/yyyy in Vietnam time, money in VND.
export const VN_TIME_ZONE = "Asia/Ho_Chi_Minh";

const dateFmt = new Intl.DateTimeFormat("vi-VN", { timeZone: VN_TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" });
const dateTimeFmt = new Intl.DateTimeFormat("vi-VN", {
  timeZone: VN_TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hour12: false,
});

function parts(fmt: Intl.DateTimeFormat, d: Date): Record<string, string> {
  return Object.fromEntries(fmt.formatToParts(d).map((p) => [p.type, p.value]));
}

// Vietnam has kept UTC+7 without daylight saving since 13/06/1975 (IANA tzdata, Asia/Ho_Chi_Minh).
// From 1976 to 9999 the wall clock is therefore plain arithmetic, about 20× cheaper than
// Intl.formatToParts (a table of 50 rows formats a few hundred dates per request); other dates
// (earlier offsets, invalid dates) go through Intl as before. format.test.ts checks both agree.
const FIXED_OFFSET_FROM = Date.UTC(1976, 0, 1);
const FIXED_OFFSET_UNTIL = Date.UTC(9999, 11, 31);
const VN_OFFSET_MS = 7 * 3_600_000;
const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** Wall-clock fields in Vietnam when plain arithmetic gives them, else null. */
function vnFields(d: Date): Date | null {
  const t = d.getTime();
  return t >= FIXED_OFFSET_FROM && t <= FIXED_OFFSET_UNTIL ? new Date(t + VN_OFFSET_MS) : null;
}

/** 27/11/2026 */
export function formatDate(d: Date): string {
  const v = vnFields(d);
  if (v) return `${pad2(v.getUTCDate())}/${pad2(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`;
  const p = parts(dateFmt, d);
  return `${p.day}/${p.month}/${p.year}`;
}

/** 27/11/2026 14:05 */
export function formatDateTime(d: Date): string {
  const v = vnFields(d);
  if (v) return `${pad2(v.getUTCDate())}/${pad2(v.getUTCMonth() + 1)}/${v.getUTCFullYear()} ${pad2(v.getUTCHours())}:${pad2(v.getUTCMinutes())}`;
  const p = parts(dateTimeFmt, d);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** 1.500.000 (dot as thousands separator, Vietnamese style). */
export function formatNumber(n: number, fractionDigits = 0): string {
  const fixed = Math.abs(n).toFixed(fractionDigits);
  const [int, frac] = fixed.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  // No sign when the value rounds to zero: -0.4 is "0", not "-0".
  const negative = n < 0 && /[1-9]/.test(fixed);
  return `${negative ? "-" : ""}${grouped}${frac ? `,${frac}` : ""}`;
}

/** 1.500.000 ₫ */
export function formatVnd(amount: number): string {
  return `${formatNumber(Math.round(amount))} ₫`;
}

/** 86,9% */
export function formatPercent(ratio: number, fractionDigits = 1): string {
  return `${formatNumber(ratio * 100, fractionDigits)}%`;
}
