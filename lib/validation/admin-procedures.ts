// Administration of the catalogue: sectors and procedures (with the application form's field
// schema, validated by its own zod definition in ./form-schema.ts). Shared by the forms (in the
// browser) and lib/server/admin/catalogue (on the server). Messages in Vietnamese.
import { z } from "zod";
import { ZFormSchema, type TFormSchema, type TRequiredDocument } from "./form-schema";
import { PROCEDURE_LEVELS } from "./procedures";
import { checkbox, choice, choiceId, codeField, fieldErrorsOf, numberField, text, viErrorMap, type FieldErrors } from "./admin-catalogue-fields";
import { quoteForMessage } from "@/lib/domain/safe-input";

export const PROCEDURE_SCOPES = ["PROVINCE", "COMMUNE"] as const;

/** Largest form schema accepted (characters of JSON). */
export const FORM_SCHEMA_MAX_CHARS = 100_000;

// ───────────── Sectors ─────────────

export const ZAdminSector = z.object({
  code: codeField({ max: 32, upper: true }),
  name: text({ max: 200, required: "Nhập tên lĩnh vực" }),
  nameEn: text({ max: 200, required: "Nhập tên lĩnh vực bằng tiếng Anh" }),
});
export type TAdminSector = z.infer<typeof ZAdminSector>;

export const ZAdminSectorRename = ZAdminSector.omit({ code: true });
export type TAdminSectorRename = z.infer<typeof ZAdminSectorRename>;

// ───────────── The form field schema ─────────────

const PROPERTY_NAMES: Record<string, string> = {
  steps: "danh sách bước (steps)",
  fields: "danh sách trường (fields)",
  title: "tiêu đề (title)",
  titleEn: "tiêu đề tiếng Anh (titleEn)",
  name: "tên trường (name)",
  label: "nhãn (label)",
  labelEn: "nhãn tiếng Anh (labelEn)",
  type: "kiểu (type)",
  required: "bắt buộc (required)",
  step: "bước (step)",
  help: "hướng dẫn (help)",
  options: "lựa chọn (options)",
  value: "giá trị (value)",
  min: "giá trị nhỏ nhất (min)",
  max: "giá trị lớn nhất (max)",
  maxLength: "độ dài tối đa (maxLength)",
  prefill: "nguồn điền sẵn (prefill)",
  document: "giấy tờ (document)",
};

const ITEM_NAMES: Record<string, string> = { steps: "Bước", fields: "Trường", options: "Lựa chọn" };

/**
 * A readable Vietnamese name of a place in the form schema, e.g. ["fields", 3, "options"] →
 * `Trường thứ 4 ("gender") › lựa chọn (options)`. The field's own name is added when known.
 */
export function describeFormSchemaPath(path: readonly PropertyKey[], value: unknown): string {
  if (path.length === 0) return "Biểu mẫu";
  const parts: string[] = [];
  let node: unknown = value;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const parent = path[i - 1];
    if (typeof key === "number") {
      const item = Array.isArray(node) ? node[key] : undefined;
      const label = ITEM_NAMES[String(parent)] ?? "Phần tử";
      const itemName = parent === "fields" && item && typeof item === "object" && typeof (item as { name?: unknown }).name === "string" ? nameInParens((item as { name: string }).name) : "";
      // The list itself was named by the previous part: "danh sách trường" + "Trường thứ 4" reads twice.
      if (parts.length && String(parent) in ITEM_NAMES) parts.pop();
      parts.push(`${label} thứ ${key + 1}${itemName}`);
      node = item;
    } else {
      const k = String(key);
      parts.push(PROPERTY_NAMES[k] ?? k);
      node = node && typeof node === "object" ? (node as Record<string, unknown>)[k] : undefined;
    }
  }
  return parts.join(" › ");
}

/** A field's own name beside its number, when it can be repeated safely. */
const nameInParens = (name: string) => {
  return quoteForMessage(name, 40) ? ` ("${name}")` : "";
};

export type FormSchemaIssue = { path: string; where: string; message: string };

export type FormSchemaCheck = { ok: true; schema: TFormSchema } | { ok: false; issues: FormSchemaIssue[] };

/** "Trường thứ 4 ("gender") › lựa chọn (options): Trường chọn cần có danh sách lựa chọn" */
export const formSchemaIssueText = (i: FormSchemaIssue) => `${i.where}: ${i.message}`;

/**
 * Checks a form field schema typed by an administrator (JSON text) or given as a value,
 * against the schema's own zod definition, with errors naming where they are, in Vietnamese.
 */
export function checkFormSchema(input: unknown): FormSchemaCheck {
  let value: unknown = input;
  if (typeof input === "string") {
    if (input.trim() === "") return { ok: false, issues: [{ path: "", where: "Biểu mẫu", message: "Nhập mô tả biểu mẫu (JSON)" }] };
    if (input.length > FORM_SCHEMA_MAX_CHARS) return { ok: false, issues: [{ path: "", where: "Biểu mẫu", message: `Quá dài (tối đa ${FORM_SCHEMA_MAX_CHARS.toLocaleString("vi-VN")} ký tự)` }] };
    try {
      value = JSON.parse(input);
    } catch (error) {
      // The parser's own message is English and repeats the text: only the position is kept.
      const at = error instanceof Error ? /position (\d+)/.exec(error.message)?.[1] : undefined;
      const detail = at ? `lỗi ở ký tự thứ ${Number(at) + 1}` : "";
      return { ok: false, issues: [{ path: "", where: "Biểu mẫu", message: `Không phải JSON hợp lệ${detail ? ` (${detail})` : ""}` }] };
    }
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { ok: false, issues: [{ path: "", where: "Biểu mẫu", message: 'Phải là một đối tượng { "steps": [...], "fields": [...] }' }] };
  }
  const parsed = ZFormSchema.safeParse(value, { error: viErrorMap });
  const issues: FormSchemaIssue[] = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ path: i.path.map(String).join("."), where: describeFormSchemaPath(i.path, value), message: i.message }));
  if (parsed.success) {
    // Rules of the administration on top of the schema's own: bounds in order.
    parsed.data.fields.forEach((f, i) => {
      if (f.min !== undefined && f.max !== undefined && f.min > f.max) {
        const path = ["fields", i, "max"];
        issues.push({ path: path.join("."), where: describeFormSchemaPath(path, value), message: "Giá trị lớn nhất phải không nhỏ hơn giá trị nhỏ nhất" });
      }
    });
  }
  if (!parsed.success || issues.length) return { ok: false, issues };
  return { ok: true, schema: parsed.data };
}

// ───────────── Procedures ─────────────

export const ZAdminRequiredDocument = z.object({
  name: text({ max: 500, required: "Nhập tên giấy tờ" }),
  copies: numberField({ required: "Nhập số bản", integer: true, min: 1, max: 20, minMessage: "Số bản từ 1 đến 20", maxMessage: "Số bản từ 1 đến 20" }),
  required: checkbox,
  note: text({ max: 500, optional: true }),
});

export const ZAdminProcedure = z
  .object({
    code: codeField({ max: 32 }),
    name: text({ max: 500, required: "Nhập tên thủ tục" }),
    sectorId: choiceId("Chọn lĩnh vực"),
    scope: choice(PROCEDURE_SCOPES, "Chọn cấp thực hiện"),
    agencyId: text({ max: 64, optional: true }),
    level: choice(PROCEDURE_LEVELS, "Chọn mức độ cung cấp"),
    processingDays: numberField({ required: "Nhập thời hạn giải quyết", integer: true, min: 1, max: 365, minMessage: "Thời hạn từ 1 đến 365 ngày làm việc", maxMessage: "Thời hạn từ 1 đến 365 ngày làm việc" }),
    feeAmount: numberField({ required: "Nhập lệ phí (0 nếu miễn phí)", integer: true, min: 0, max: 1_000_000_000, minMessage: "Lệ phí không được âm", maxMessage: "Lệ phí quá lớn" }),
    feeDescription: text({ max: 500, optional: true }),
    applicants: text({ max: 300, required: "Nhập đối tượng thực hiện" }),
    requiredDocuments: z.array(ZAdminRequiredDocument, { error: "Cần ít nhất một thành phần hồ sơ" }).min(1, "Cần ít nhất một thành phần hồ sơ").max(30, "Nhiều nhất 30 thành phần hồ sơ"),
    steps: z.array(text({ max: 1000, required: "Nhập nội dung bước" }), { error: "Cần ít nhất một bước thực hiện" }).min(1, "Cần ít nhất một bước thực hiện").max(20, "Nhiều nhất 20 bước"),
    /** JSON text (forms) or a value (tests, APIs): checked by checkFormSchema. */
    formSchema: z.unknown(),
    legalBasis: text({ max: 4000, required: "Nhập căn cứ pháp lý" }),
    resultDescription: text({ max: 1000, required: "Nhập kết quả thực hiện" }),
    inPersonNote: text({ max: 1000, optional: true }),
    isPublished: checkbox.optional(),
    /** The version the form was loaded at (edits only): a newer one means someone saved meanwhile. */
    expectedVersion: numberField({ integer: true, min: 0, optional: true }),
  })
  .superRefine((p, ctx) => {
    if (p.scope === "PROVINCE" && !p.agencyId) ctx.addIssue({ code: "custom", path: ["agencyId"], message: "Chọn cơ quan thực hiện (thủ tục cấp tỉnh)" });
    if (p.level === "PARTIAL" && !p.inPersonNote) ctx.addIssue({ code: "custom", path: ["inPersonNote"], message: "Ghi rõ phần phải thực hiện trực tiếp (thủ tục một phần)" });
  });
export type TAdminProcedureInput = z.input<typeof ZAdminProcedure>;
export type TAdminProcedure = z.infer<typeof ZAdminProcedure>;

export type ValidProcedure = Omit<TAdminProcedure, "formSchema" | "requiredDocuments"> & { formSchema: TFormSchema; requiredDocuments: TRequiredDocument[] };

export type ProcedureCheck = { ok: true; data: ValidProcedure } | { ok: false; fieldErrors: FieldErrors; formSchemaIssues: FormSchemaIssue[] };

/** Every field of a procedure, its form schema included; all errors at once. */
export function checkProcedure(input: unknown): ProcedureCheck {
  const parsed = ZAdminProcedure.safeParse(input, { error: viErrorMap });
  const raw = input && typeof input === "object" ? (input as Record<string, unknown>).formSchema : undefined;
  const schema = checkFormSchema(raw ?? "");
  const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const formSchemaIssues = schema.ok ? [] : schema.issues;
  if (!schema.ok) fieldErrors.formSchema = `Biểu mẫu có ${schema.issues.length} lỗi: ${formSchemaIssueText(schema.issues[0])}${schema.issues.length > 1 ? " …" : ""}`;
  if (!parsed.success || !schema.ok) return { ok: false, fieldErrors, formSchemaIssues };
  const data = parsed.data;
  return {
    ok: true,
    data: {
      ...data,
      agencyId: data.scope === "COMMUNE" ? null : data.agencyId,
      formSchema: schema.schema,
      requiredDocuments: data.requiredDocuments.map((d) => ({ name: d.name, copies: d.copies, required: d.required, ...(d.note ? { note: d.note } : {}) })),
    },
  };
}

// ───────────── The administration's list ─────────────

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const optionalId = z.preprocess(first, z.string().trim().regex(/^[A-Za-z0-9_-]{1,64}$/).optional()).catch(undefined);

/** ?q=&sector=&agency=&level=&published=&page= — bad values mean "no filter", never an error. */
export const ZAdminProcedureListQuery = z.object({
  q: z.preprocess(first, z.string().optional()).catch(undefined).transform((v) => v?.trim().slice(0, 200) || undefined),
  sector: optionalId,
  agency: optionalId,
  level: z.preprocess(first, z.enum(PROCEDURE_LEVELS).optional()).catch(undefined),
  published: z.preprocess(first, z.enum(["yes", "no"]).optional()).catch(undefined),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000)).catch(1).default(1),
});
export type TAdminProcedureListQuery = z.infer<typeof ZAdminProcedureListQuery>;
