// Display of forecast figures: shares, errors and indicator values (— when there is none).
import { formatNumber, formatPercent } from "@/lib/domain/format";

export const DASH = "—";

export function pctOrDash(ratio: number | null | undefined, digits = 1): string {
  return ratio === null || ratio === undefined || !Number.isFinite(ratio) ? DASH : formatPercent(ratio, digits);
}

export function numOrDash(n: number | null | undefined, digits = 1): string {
  return n === null || n === undefined || !Number.isFinite(n) ? DASH : formatNumber(n, digits);
}

/** An indicator value with its unit: "88,0%", "1.250 doanh nghiệp". */
export function indicatorValue(value: number, unit: string): string {
  const u = unit.trim();
  const digits = u === "%" || Math.abs(value) < 100 ? 1 : 0;
  return u === "%" ? `${formatNumber(value, digits)}%` : `${formatNumber(value, digits)} ${u}`;
}
