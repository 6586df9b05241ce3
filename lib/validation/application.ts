// The application form of a procedure, validated by zod schemas built from the procedure's
// field schema. The same functions run in the browser (instant errors) and on the server
// (the decision): one description, one set of Vietnamese messages.
import { z } from "zod";
import { checkCccd } from "@/lib/domain/cccd";
import { isSafeText } from "@/lib/domain/safe-input";
import { vnDateKey } from "@/lib/domain/working-days";
import type { TFormField, TFormSchema } from "./form-schema";

export type FormValues = Record<string, string>;

const PHONE = /^0(3|5|7|8|9)\d{8}$|^02\d{9}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A label inside a sentence: the first letter in lower case, acronyms (CCCD, THPT …) kept. */
export function inSentence(label: string): string {
  return label.replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLowerCase());
}

function parseIsoDate(value: string): Date | null {
  if (!ISO_DATE.test(value)) return null;
  const d = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value ? null : d;
}

/** The longest value (trimmed) a field of this type takes. */
export function fieldMaxLength(field: TFormField): number {
  switch (field.type) {
    case "text":
      return field.maxLength ?? 200;
    case "address":
      return field.maxLength ?? 300;
    case "textarea":
      return field.maxLength ?? 2000;
    case "email":
      return 320; // the address itself is checked against 254 below, with the e-mail message
    case "select":
    case "file":
      return 300;
    case "number":
    case "date":
    case "cccd":
    case "phone":
      return 30;
  }
}

/**
 * What no field takes, whatever its type and even when its value is kept from elsewhere (an
 * identity-locked field): a value longer than the field allows, or with control characters
 * (NUL …) or broken Unicode.
 */
export function rawValueError(field: TFormField, raw: string): string | null {
  const value = raw.trim();
  const max = fieldMaxLength(field);
  if (value.length > max) return `${field.label} không quá ${max} ký tự.`;
  if (!isSafeText(value)) return `${field.label} có ký tự không được chấp nhận (ký tự điều khiển hoặc mã Unicode lỗi).`;
  return null;
}

/** The error of one field value, or null. Empty optional fields are fine. */
export function fieldError(field: TFormField, raw: string | undefined, values: FormValues, now = new Date()): string | null {
  const value = (raw ?? "").trim();
  if (!value) return field.required ? `Nhập ${inSentence(field.label)}.` : null;
  const unusable = rawValueError(field, value);
  if (unusable) return unusable;
  switch (field.type) {
    case "text":
    case "address": {
      const max = field.maxLength ?? (field.type === "address" ? 300 : 200);
      if (value.length > max) return `${field.label} không quá ${max} ký tự.`;
      if (field.type === "address" && value.length < 5) return "Địa chỉ quá ngắn: ghi rõ số nhà, đường/thôn, xã/phường.";
      return null;
    }
    case "textarea": {
      const max = field.maxLength ?? 2000;
      return value.length > max ? `${field.label} không quá ${max} ký tự.` : null;
    }
    case "number": {
      // Vietnamese writing: "." groups thousands (1.000.000), "," marks decimals (2,5).
      const plain = /^-?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/.test(value) ? value.replace(/\./g, "") : value;
      if (!/^-?\d+(,\d+)?$/.test(plain)) return `${field.label} phải là số (dấu phẩy cho phần thập phân, ví dụ 2,5).`;
      const n = Number(plain.replace(",", "."));
      if (field.min !== undefined && n < field.min) return `${field.label} không nhỏ hơn ${field.min}.`;
      if (field.max !== undefined && n > field.max) return `${field.label} không lớn hơn ${field.max}.`;
      return null;
    }
    case "date": {
      const d = parseIsoDate(value);
      if (!d) return `${field.label} không phải ngày hợp lệ.`;
      if (d.getUTCFullYear() < 1900) return `${field.label} không hợp lệ.`;
      // "Today" is the Vietnam date: a child born at 02:00 can be registered at 05:00 (22:00 UTC the day before).
      if (/sinh|birth/i.test(`${field.name} ${field.label}`) && value > vnDateKey(now)) return `${field.label} không được ở tương lai.`;
      return null;
    }
    case "select":
      return field.options?.some((o) => o.value === value) ? null : `Chọn ${inSentence(field.label)} trong danh sách.`;
    case "cccd": {
      // The applicant's own number must agree with the birth date and sex declared beside it.
      const own = field.prefill === "nationalId";
      const birth = own && values.birthDate ? parseIsoDate(values.birthDate) : null;
      const gender = own ? ({ nam: "MALE", nu: "FEMALE" } as const)[values.gender as "nam" | "nu"] ?? null : null;
      return checkCccd(value, { birthDate: birth, gender, now });
    }
    case "phone":
      return PHONE.test(value.replace(/[\s.]/g, "")) ? null : "Số điện thoại không hợp lệ (ví dụ 0912345678).";
    case "email":
      return EMAIL.test(value) && value.length <= 254 ? null : "Thư điện tử không hợp lệ (ví dụ ten@example.vn).";
    case "file":
      return null; // checked against the attachments, see missingDocuments
  }
}

/** Field errors of one step (or of the whole form when step is undefined). */
export function validateApplication(schema: TFormSchema, values: FormValues, options: { step?: number; now?: Date } = {}): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of schema.fields) {
    if (field.type === "file") continue;
    if (options.step !== undefined && field.step !== options.step) continue;
    const error = fieldError(field, values[field.name], values, options.now);
    if (error) errors[field.name] = error;
  }
  return errors;
}

/** Names of required documents (file fields) that have no attachment yet. */
export function missingDocuments(schema: TFormSchema, attachedDocumentNames: readonly string[]): TFormField[] {
  const attached = new Set(attachedDocumentNames);
  return schema.fields.filter((f) => f.type === "file" && f.required && !attached.has(f.document ?? f.name));
}

/**
 * The zod schema of the submitted values of one step: only the step's non-file fields, each
 * checked by fieldError. Unknown keys are dropped, so nothing else can be written.
 */
export function applicationStepSchema(schema: TFormSchema, step: number, now = new Date()) {
  const fields = schema.fields.filter((f) => f.step === step && f.type !== "file");
  const shape = Object.fromEntries(fields.map((f) => [f.name, z.string().max(5000, "Quá dài.").optional().default("")]));
  return z.object(shape).superRefine((values, ctx) => {
    for (const field of fields) {
      const error = fieldError(field, values[field.name], values as FormValues, now);
      if (error) ctx.addIssue({ code: "custom", path: [field.name], message: error });
    }
  });
}
