// Display formats of the portal: dates dd/mm/yyyy in Vietnam time, money in VND.
export const VN_TIME_ZONE = "Asia/Ho_Chi_Minh";

const dateFmt = new Intl.DateTimeFormat("vi-VN", { timeZone: VN_TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" });
const dateTimeFmt = new Intl.DateTimeFormat("vi-VN", {
  timeZone: VN_TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hour12: false,
});

function parts(fmt: Intl.DateTimeFormat, d: Date): Record<string, string> {
  return Object.fromEntries(fmt.formatToParts(d).map((p) => [p.type, p.value]));
}

/** 27/11/2026 */
export function formatDate(d: Date): string {
  const p = parts(dateFmt, d);
  return `${p.day}/${p.month}/${p.year}`;
}

/** 27/11/2026 14:05 */
export function formatDateTime(d: Date): string {
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
