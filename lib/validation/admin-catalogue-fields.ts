// Building blocks shared by the administration forms of the catalogue and the plan
// (procedures, sectors, tasks, indicators): form-friendly field parsers (typed text arrives as
// strings; tests and APIs may send numbers and booleans), a Vietnamese zod error map, and the
// conversion of zod issues into per-field messages keyed by their dotted path.
import { z } from "zod";
import { quoteForMessage } from "@/lib/domain/safe-input";

/** "a.0.b" — the key of a field error, and (with "-" instead of ".") the id of its input. */
export type FieldErrors = Record<string, string>;

export const pathKey = (path: readonly PropertyKey[]) => path.map(String).join(".");
/** The DOM id of the input of a dotted path ("milestones.0.title" → "milestones-0-title"). */
export const fieldId = (key: string) => key.replace(/\./g, "-");

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/** Trimmed text; `max` characters at most; empty refused unless optional. */
export function text(options: { max: number; required?: string; optional?: false }): z.ZodType<string>;
export function text(options: { max: number; optional: true }): z.ZodType<string | null>;
export function text(options: { max: number; required?: string; optional?: boolean }): z.ZodType<string | null> {
  const required = options.required ?? "Không được để trống";
  const tooLong = `Tối đa ${options.max} ký tự`;
  if (options.optional) {
    return z.preprocess((v) => (isBlank(v) ? null : typeof v === "string" ? v.trim() : v), z.string({ error: "Phải là chữ" }).max(options.max, tooLong).nullable());
  }
  return z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.string({ error: required }).min(1, required).max(options.max, tooLong));
}

/**
 * A number typed in a form ("1.500.000" is not accepted: digits, an optional sign and a decimal
 * point or comma). Empty → the `required` message (or null when optional).
 */
export function numberField(options: { required: string; integer?: boolean; min?: number; max?: number; minMessage?: string; maxMessage?: string; optional?: false }): z.ZodType<number>;
export function numberField(options: { required?: string; integer?: boolean; min?: number; max?: number; minMessage?: string; maxMessage?: string; optional: true }): z.ZodType<number | null>;
export function numberField(options: { required?: string; integer?: boolean; min?: number; max?: number; minMessage?: string; maxMessage?: string; optional?: boolean }): z.ZodType<number | null> {
  const notNumber = options.integer ? "Phải là một số nguyên" : "Phải là một số";
  return z.preprocess(
    (v) => {
      if (isBlank(v)) return null;
      if (typeof v === "number") return v;
      if (typeof v !== "string") return v;
      const s = v.trim().replace(",", ".");
      return /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(s) ? Number(s) : Number.NaN;
    },
    z.number({ error: notNumber }).nullable().superRefine((n, ctx) => {
      if (n === null) {
        if (!options.optional) ctx.addIssue({ code: "custom", message: options.required ?? "Không được để trống" });
        return;
      }
      if (!Number.isFinite(n)) return ctx.addIssue({ code: "custom", message: notNumber });
      if (options.integer && !Number.isInteger(n)) return ctx.addIssue({ code: "custom", message: notNumber });
      if (options.min !== undefined && n < options.min) ctx.addIssue({ code: "custom", message: options.minMessage ?? `Không được nhỏ hơn ${options.min}` });
      if (options.max !== undefined && n > options.max) ctx.addIssue({ code: "custom", message: options.maxMessage ?? `Không được lớn hơn ${options.max}` });
    }),
  ) as z.ZodType<number | null>;
}

/** A checkbox ("on", "true", true) or a boolean. */
export const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

/** A calendar date "YYYY-MM-DD" (the value of <input type="date">), a real day. */
export function dateField(required: string): z.ZodType<string> {
  return z.preprocess(
    (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === "string" ? v.trim() : v),
    z.string({ error: required }).min(1, required).superRefine((s, ctx) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
      const d = m ? new Date(`${s}T00:00:00Z`) : null;
      if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) {
        ctx.addIssue({ code: "custom", message: "Ngày không hợp lệ (ngày/tháng/năm)" });
      }
    }),
  ) as z.ZodType<string>;
}

/** The UTC midnight of a "YYYY-MM-DD" day (how @db.Date columns are written). */
export const dayOf = (s: string) => new Date(`${s}T00:00:00Z`);

/** A code: letters, digits, ".", "-", "_"; stored as typed (trimmed). */
export function codeField(options: { max: number; upper?: boolean }): z.ZodType<string> {
  return z.preprocess(
    (v) => (typeof v === "string" ? (options.upper ? v.trim().toUpperCase() : v.trim()) : v),
    z
      .string({ error: "Nhập mã" })
      .min(1, "Nhập mã")
      .max(options.max, `Mã tối đa ${options.max} ký tự`)
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "Mã chỉ gồm chữ cái không dấu, chữ số và các dấu . - _"),
  ) as z.ZodType<string>;
}

/** An id chosen from a list (a select). */
export const choiceId = (required: string) => z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.string({ error: required }).min(1, required).max(64, required));

/** An enum chosen from a list, with a Vietnamese message. */
export const choice = <T extends readonly [string, ...string[]]>(values: T, required: string) => z.enum(values, { error: required });

const TYPE_NAMES: Record<string, string> = {
  string: "chữ (chuỗi)",
  number: "số",
  boolean: "true hoặc false",
  array: "danh sách [ … ]",
  object: "đối tượng { … }",
};

/**
 * Vietnamese messages for zod's own issues (schema-level messages, already Vietnamese, win).
 * Pass as `schema.safeParse(value, { error: viErrorMap })`.
 */
export const viErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "Thiếu giá trị bắt buộc";
      return `Phải là ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? "Không được để trống" : `Tối thiểu ${issue.minimum} ký tự`;
      if (issue.origin === "array") return `Cần ít nhất ${issue.minimum} phần tử`;
      return `Không được nhỏ hơn ${issue.minimum}`;
    case "too_big":
      if (issue.origin === "string") return `Tối đa ${issue.maximum} ký tự`;
      if (issue.origin === "array") return `Nhiều nhất ${issue.maximum} phần tử`;
      return `Không được lớn hơn ${issue.maximum}`;
    case "invalid_value":
      return `Giá trị phải là một trong: ${issue.values.map(String).join(", ")}`;
    case "invalid_format":
      return "Không đúng định dạng";
    case "unrecognized_keys":
      return `Thuộc tính không được hỗ trợ: ${issue.keys.slice(0, 5).map((k) => (quoteForMessage(k, 40) ? k : "(tên không đọc được)")).join(", ")}`;
    default:
      return "Giá trị không hợp lệ";
  }
};

/** The first message of each field (dotted path); issues without a path go under "_form". */
export function fieldErrorsOf(error: z.ZodError, prefix: readonly PropertyKey[] = []): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = pathKey([...prefix, ...issue.path]) || "_form";
    if (!out[key]) out[key] = issue.message;
  }
  return out;
}

/** The result of an administration write: the saved row's id, or what to correct. */
export type AdminWriteResult<Extra = object> = ({ ok: true; id: string } & Extra) | { ok: false; fieldErrors: FieldErrors; formError?: string; formSchemaErrors?: string[] };

/**
 * Form data with dotted names ("requiredDocuments.0.name", "steps.1") as a nested value:
 * numeric parts make arrays (compacted, in index order), others objects. Files are ignored;
 * names starting with "_" (intents, ids) are left out; the first value of a name wins.
 */
export function formDataToObject(entries: Iterable<[string, FormDataEntryValue]>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of entries) {
    if (typeof value !== "string" || name.startsWith("_") || name.length > 200) continue;
    const parts = name.split(".");
    if (parts.length > 4 || parts.some((p) => p === "" || p === "__proto__" || p === "constructor" || p === "prototype")) continue;
    let node: Record<string, unknown> = root;
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      if (last) {
        if (!(part in node)) node[part] = value.slice(0, 200_000);
        return;
      }
      const next = node[part];
      if (next === undefined || typeof next !== "object" || next === null) node[part] = {};
      node = node[part] as Record<string, unknown>;
    });
  }
  return compactArrays(root) as Record<string, unknown>;
}

function compactArrays(node: unknown): unknown {
  if (!node || typeof node !== "object") return node;
  const obj = node as Record<string, unknown>;
  const keys = Object.keys(obj);
  const children = Object.fromEntries(keys.map((k) => [k, compactArrays(obj[k])]));
  if (keys.length > 0 && keys.every((k) => /^\d{1,3}$/.test(k))) {
    return keys.map(Number).sort((a, b) => a - b).map((k) => children[String(k)]);
  }
  return children;
}
