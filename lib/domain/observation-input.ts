// Rules for one indicator value as an agency reports it (form, CSV, API): the period written by
// a person or a system, turned into the first day of the month / quarter / year, and the value,
// checked against the column's precision (numeric(18,4)) and the indicator's unit. Pure: the
// clock is passed in; messages are Vietnamese, shown as they are.
import { vnDateKey } from "./working-days";
import { quoteForMessage } from "@/lib/domain/safe-input";

export type Periodicity = "MONTH" | "QUARTER" | "YEAR";

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/** The earliest year accepted (the province's first digital-transformation plan). */
export const MIN_PERIOD_YEAR = 2000;
/** numeric(18,4): 14 digits before the decimal separator, 4 after. */
export const VALUE_INTEGER_DIGITS = 14;
export const VALUE_FRACTION_DIGITS = 4;
export const NOTE_MAX = 500;

const PERIOD_EXAMPLES: Record<Periodicity, string> = {
  MONTH: "tháng, ví dụ 2026-10 hoặc 10/2026",
  QUARTER: "quý, ví dụ 2026-Q3 hoặc Q3/2026",
  YEAR: "năm, ví dụ 2026",
};

type PeriodShape = { kind: Periodicity; year: number; index: number };

function shapeOf(text: string): PeriodShape | null {
  let m = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (m) return { kind: "MONTH", year: Number(m[1]), index: Number(m[2]) };
  m = /^(\d{1,2})\/(\d{4})$/.exec(text);
  if (m) return { kind: "MONTH", year: Number(m[2]), index: Number(m[1]) };
  m = /^(\d{4})-Q(\d)$/i.exec(text);
  if (m) return { kind: "QUARTER", year: Number(m[1]), index: Number(m[2]) };
  m = /^Q(\d)\/(\d{4})$/i.exec(text);
  if (m) return { kind: "QUARTER", year: Number(m[2]), index: Number(m[1]) };
  m = /^(\d{4})$/.exec(text);
  if (m) return { kind: "YEAR", year: Number(m[1]), index: 1 };
  return null;
}

/** First month (1–12) of a period. */
function firstMonth(shape: PeriodShape): number {
  if (shape.kind === "MONTH") return shape.index;
  if (shape.kind === "QUARTER") return (shape.index - 1) * 3 + 1;
  return 1;
}

/** The first day (UTC midnight, as stored in a `date` column) of the period containing `now` in Vietnam. */
export function periodStartOf(now: Date, periodicity: Periodicity): Date {
  const key = vnDateKey(now);
  const year = Number(key.slice(0, 4));
  const month = Number(key.slice(5, 7));
  if (periodicity === "YEAR") return new Date(Date.UTC(year, 0, 1));
  if (periodicity === "QUARTER") return new Date(Date.UTC(year, Math.floor((month - 1) / 3) * 3, 1));
  return new Date(Date.UTC(year, month - 1, 1));
}

/** The last complete period before the one containing `now`: the one agencies are expected to report. */
export function reportingPeriodOf(now: Date, periodicity: Periodicity): Date {
  const current = periodStartOf(now, periodicity);
  const months = periodicity === "YEAR" ? 12 : periodicity === "QUARTER" ? 3 : 1;
  return new Date(Date.UTC(current.getUTCFullYear(), current.getUTCMonth() - months, 1));
}

/**
 * Parses a period as written by people and systems, for an indicator of the given periodicity:
 * month `2026-10` or `10/2026`, quarter `2026-Q3` or `Q3/2026`, year `2026`. Periods that have
 * not started yet (Vietnam time) are refused; the current period may be reported.
 */
export function parseObservationPeriod(input: unknown, periodicity: Periodicity, now: Date): Checked<Date> {
  if (typeof input !== "string" || input.trim() === "") return { ok: false, error: `Nhập kỳ báo cáo theo ${PERIOD_EXAMPLES[periodicity]}.` };
  const text = input.trim();
  const shape = shapeOf(text);
  if (!shape) return { ok: false, error: `Kỳ ${quoteForMessage(text, 20) ?? "đã nhập"} không đúng dạng. Chỉ tiêu này báo cáo theo ${PERIOD_EXAMPLES[periodicity]}.` };
  if (shape.kind !== periodicity) {
    return { ok: false, error: `Chỉ tiêu này báo cáo theo ${PERIOD_EXAMPLES[periodicity]}; ${quoteForMessage(text, 20) ?? "kỳ đã nhập"} là kỳ ${shape.kind === "MONTH" ? "tháng" : shape.kind === "QUARTER" ? "quý" : "năm"}.` };
  }
  if (shape.kind === "MONTH" && (shape.index < 1 || shape.index > 12)) return { ok: false, error: `Tháng phải từ 1 đến 12 (nhận được ${quoteForMessage(text, 20) ?? "giá trị khác"}).` };
  if (shape.kind === "QUARTER" && (shape.index < 1 || shape.index > 4)) return { ok: false, error: `Quý phải từ Q1 đến Q4 (nhận được ${quoteForMessage(text, 20) ?? "giá trị khác"}).` };
  if (shape.year < MIN_PERIOD_YEAR) return { ok: false, error: `Năm phải từ ${MIN_PERIOD_YEAR} trở đi.` };
  const start = new Date(Date.UTC(shape.year, firstMonth(shape) - 1, 1));
  if (start.getTime() > periodStartOf(now, periodicity).getTime()) return { ok: false, error: `Kỳ ${formatPeriod(start, periodicity)} chưa đến, không thể báo cáo số liệu cho kỳ tương lai.` };
  return { ok: true, value: start };
}

/** 10/2026 · Q3/2026 · 2026 */
export function formatPeriod(period: Date, periodicity: Periodicity): string {
  const year = period.getUTCFullYear();
  const month = period.getUTCMonth() + 1;
  if (periodicity === "YEAR") return String(year);
  if (periodicity === "QUARTER") return `Q${Math.floor((month - 1) / 3) + 1}/${year}`;
  return `${String(month).padStart(2, "0")}/${year}`;
}

/** The period as typed in forms and CSV files (2026-10 · 2026-Q3 · 2026). */
export function periodInputOf(period: Date, periodicity: Periodicity): string {
  const year = period.getUTCFullYear();
  const month = period.getUTCMonth() + 1;
  if (periodicity === "YEAR") return String(year);
  if (periodicity === "QUARTER") return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** A checked value: exact decimal text for the database (4 decimals) and its number. */
export type ObservationValue = { decimal: string; number: number };

export function isPercentUnit(unit: string): boolean {
  return unit.trim() === "%";
}

/**
 * Parses a value: a JSON number, or text with `.` or the Vietnamese decimal comma (`96,5`).
 * Thousands separators, exponents, NaN and infinities are refused; at most 14 digits before
 * and 4 after the separator (the column is numeric(18,4)); percentages lie within 0–100.
 */
export function parseObservationValue(input: unknown, unit: string): Checked<ObservationValue> {
  let text: string;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return { ok: false, error: "Giá trị phải là một số hữu hạn." };
    text = String(input);
    if (/e/i.test(text)) return { ok: false, error: `Giá trị phải có tối đa ${VALUE_INTEGER_DIGITS} chữ số phần nguyên và ${VALUE_FRACTION_DIGITS} chữ số thập phân.` };
  } else if (typeof input === "string") {
    text = input.trim().replace(/^\+/, "");
  } else {
    return { ok: false, error: "Nhập giá trị là một số." };
  }
  if (text === "") return { ok: false, error: "Nhập giá trị là một số." };
  const m = /^(-?)(\d+)(?:[.,](\d+))?$/.exec(text);
  if (!m) {
    if (/^-?\d{1,3}([.,]\d{3})+([.,]\d+)?$/.test(text) && /[.,].*[.,]/.test(text)) {
      return { ok: false, error: `Giá trị ${quoteForMessage(text, 30) ?? "đã nhập"} có dấu phân cách hàng nghìn; chỉ dùng một dấu thập phân (. hoặc ,), ví dụ 1234,5.` };
    }
    return { ok: false, error: `Giá trị ${quoteForMessage(text, 30) ?? "đã nhập"} không phải là số (ví dụ: 96,5 hoặc 96.5).` };
  }
  const [, sign, intRaw, frac = ""] = m;
  const int = intRaw.replace(/^0+(?=\d)/, "");
  if (int.length > VALUE_INTEGER_DIGITS) return { ok: false, error: `Giá trị quá lớn: tối đa ${VALUE_INTEGER_DIGITS} chữ số phần nguyên.` };
  if (frac.length > VALUE_FRACTION_DIGITS) return { ok: false, error: `Giá trị có tối đa ${VALUE_FRACTION_DIGITS} chữ số thập phân.` };
  const fixedFrac = frac.padEnd(VALUE_FRACTION_DIGITS, "0");
  const isZero = /^0+$/.test(int) && /^0*$/.test(frac);
  const decimal = `${sign && !isZero ? "-" : ""}${int}.${fixedFrac}`;
  const number = Number(decimal);
  if (isPercentUnit(unit) && (number < 0 || number > 100)) return { ok: false, error: "Tỷ lệ phần trăm phải từ 0 đến 100." };
  return { ok: true, value: { decimal, number } };
}

/** The stored decimal (Prisma Decimal or text) in the same 4-decimal form as parsed values. */
export function canonicalDecimal(value: { toFixed(digits: number): string } | string): string {
  const text = typeof value === "string" ? value : value.toFixed(VALUE_FRACTION_DIGITS);
  const parsed = parseObservationValue(text, "");
  return parsed.ok ? parsed.value.decimal : text;
}

/** An optional note: trimmed, empty → null, at most NOTE_MAX characters, no control characters. */
export function parseObservationNote(input: unknown): Checked<string | null> {
  if (input === undefined || input === null) return { ok: true, value: null };
  if (typeof input !== "string") return { ok: false, error: "Ghi chú phải là văn bản." };
  const text = input.trim();
  if (text === "") return { ok: true, value: null };
  if (text.length > NOTE_MAX) return { ok: false, error: `Ghi chú tối đa ${NOTE_MAX} ký tự.` };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) return { ok: false, error: "Ghi chú chứa ký tự điều khiển không hợp lệ." };
  return { ok: true, value: text };
}

// ───────────── A batch of values (CSV file, API request) ─────────────

export type IndicatorRef = { id: string; code: string; ownerAgencyId: string; periodicity: Periodicity; unit: string; isActive: boolean };

export type RawObservation = { code: unknown; period: unknown; value: unknown; note?: unknown };

export type ObservationField = "code" | "period" | "value" | "note";

export type BatchError = { index: number; field: ObservationField; message: string };

export type ValidObservation = { index: number; indicatorId: string; code: string; period: Date; value: ObservationValue; note: string | null };

/**
 * Checks every item of a batch for one agency against the indicators it names: unknown code,
 * indicator owned by another agency, bad period, bad value, bad note, the same indicator and
 * period twice. Every problem is reported (not only the first), with the item's index.
 */
export function validateObservationBatch(
  items: readonly RawObservation[],
  indicators: ReadonlyMap<string, IndicatorRef>,
  agencyId: string,
  now: Date,
  /** How to name another item in a message ("dòng 3" for a file, "mục số 3" for a request). */
  itemLabel: (index: number) => string = (i) => `mục số ${i + 1}`,
): { errors: BatchError[]; valid: ValidObservation[] } {
  const errors: BatchError[] = [];
  const valid: ValidObservation[] = [];
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const before = errors.length;
    const code = typeof item.code === "string" ? item.code.trim().toUpperCase() : "";
    const indicator = code ? indicators.get(code) : undefined;
    if (!code) errors.push({ index, field: "code", message: "Thiếu mã chỉ tiêu." });
    else if (!indicator) errors.push({ index, field: "code", message: quoteForMessage(code, 40) ? `Không có chỉ tiêu mã ${quoteForMessage(code, 40)}.` : "Không có chỉ tiêu với mã đã nhập." });
    else if (indicator.ownerAgencyId !== agencyId) errors.push({ index, field: "code", message: `Chỉ tiêu ${code} do cơ quan khác báo cáo; cơ quan của bạn không được báo cáo chỉ tiêu này.` });
    else if (!indicator.isActive) errors.push({ index, field: "code", message: `Chỉ tiêu ${code} đã ngừng theo dõi.` });

    const usable = indicator && indicator.ownerAgencyId === agencyId && indicator.isActive ? indicator : null;
    const period = usable ? parseObservationPeriod(item.period, usable.periodicity, now) : null;
    if (period && !period.ok) errors.push({ index, field: "period", message: period.error });
    const value = parseObservationValue(item.value, usable?.unit ?? "");
    if (!value.ok) errors.push({ index, field: "value", message: value.error });
    const note = parseObservationNote(item.note);
    if (!note.ok) errors.push({ index, field: "note", message: note.error });

    if (usable && period?.ok) {
      const key = `${usable.id}|${period.value.toISOString()}`;
      const first = seen.get(key);
      if (first !== undefined) {
        errors.push({ index, field: "period", message: `Trùng với ${itemLabel(first)}: chỉ tiêu ${usable.code} kỳ ${formatPeriod(period.value, usable.periodicity)} đã có trong cùng lần gửi.` });
      } else seen.set(key, index);
    }
    if (errors.length === before && usable && period?.ok && value.ok && note.ok) {
      valid.push({ index, indicatorId: usable.id, code: usable.code, period: period.value, value: value.value, note: note.value });
    }
  });
  return { errors, valid };
}
