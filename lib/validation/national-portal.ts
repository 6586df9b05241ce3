// The body agency systems send to POST /api/v1/national-portal/dossiers: a dossier received on
// the national public-service portal (dichvucong.gov.vn). The envelope is checked here; the
// form data is then checked against the procedure's own field schema (validateApplication),
// like an online application. Every message is Vietnamese and names the field (a JSON path).
import { z } from "zod";
import { checkCccd } from "@/lib/domain/cccd";
import { validateApplication, type FormValues } from "./application";
import type { TFormSchema } from "./form-schema";
import { isSafeText, UNSAFE_TEXT_MESSAGE } from "@/lib/domain/safe-input";

export const EXTERNAL_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._\/-]{0,63}$/;
const PHONE = /^0(3|5|7|8|9)\d{8}$|^02\d{9}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Submission times a little ahead of our clock are tolerated (the two clocks differ). */
const CLOCK_SKEW_MS = 5 * 60_000;

const text = (max: number) => z.string().trim().max(max, `Không quá ${max} ký tự.`).refine(isSafeText, UNSAFE_TEXT_MESSAGE);
const requiredText = (max: number, missing: string) => text(max).min(1, missing);

export function nationalDossierSchema(now: Date) {
  return z.strictObject({
    externalCode: z.string().trim().regex(EXTERNAL_CODE_PATTERN, "Mã hồ sơ trên Cổng quốc gia chỉ gồm chữ, số và . _ / -, tối đa 64 ký tự."),
    procedureCode: requiredText(64, "Thiếu mã thủ tục."),
    applicant: z.strictObject({
      fullName: requiredText(100, "Thiếu họ và tên người nộp."),
      nationalId: z
        .string()
        .trim()
        .superRefine((value, ctx) => {
          const error = checkCccd(value, { now });
          if (error) ctx.addIssue({ code: "custom", message: error });
        }),
      phone: z.string().trim().refine((v) => PHONE.test(v.replace(/[\s.]/g, "")), "Số điện thoại không hợp lệ (ví dụ 0912345678)."),
      email: text(254).refine((v) => v === "" || EMAIL.test(v), "Thư điện tử không hợp lệ (ví dụ ten@example.vn).").optional(),
      address: text(300).optional(),
    }),
    formData: z.record(z.string().max(64, "Tên trường không quá 64 ký tự."), z.string().max(5000, "Không quá 5000 ký tự.").refine(isSafeText, UNSAFE_TEXT_MESSAGE)).refine((v) => Object.keys(v).length <= 200, "Tờ khai có quá nhiều trường (tối đa 200)."),
    submittedAt: z.iso
      .datetime({ offset: true, error: (iss) => (iss.code === "invalid_format" ? "Thời điểm nộp phải theo định dạng ISO 8601, ví dụ 2026-11-27T08:30:00+07:00." : undefined) })
      .refine((v) => new Date(v).getTime() <= now.getTime() + CLOCK_SKEW_MS, "Thời điểm nộp không được ở tương lai.")
      .refine((v) => new Date(v).getUTCFullYear() >= 2000, "Thời điểm nộp không hợp lệ."),
    documents: z
      .array(
        z.strictObject({
          name: requiredText(300, "Thiếu tên giấy tờ."),
          fileName: text(255).optional(),
          url: text(2000).refine((v) => /^https:\/\//.test(v), "Đường dẫn tệp phải bắt đầu bằng https://.").optional(),
        }),
      )
      .max(50, "Tối đa 50 giấy tờ.")
      .optional(),
  });
}

export type TNationalDossier = z.infer<ReturnType<typeof nationalDossierSchema>>;

const TYPE_NAMES: Record<string, string> = { string: "chuỗi ký tự", number: "số", boolean: "true/false", object: "đối tượng JSON", array: "danh sách", record: "đối tượng JSON" };

/**
 * Vietnamese messages for the issues zod reports without one of ours (missing or wrongly typed
 * members, unknown keys). Passed as the parse's error map.
 */
export function nationalPortalErrorMap(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "Thiếu trường bắt buộc." : `Sai kiểu dữ liệu: cần ${TYPE_NAMES[issue.expected] ?? issue.expected}.`;
    case "unrecognized_keys":
      return `Trường không được hỗ trợ: ${issue.keys.join(", ")}.`;
    case "too_big":
      return `Không quá ${String(issue.maximum)} ${issue.origin === "array" ? "phần tử" : "ký tự"}.`;
    default:
      return "Giá trị không hợp lệ.";
  }
}

/** One message per field (a dotted JSON path: applicant.nationalId, formData.purpose …). */
export function nationalDossierErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "body";
    errors[path] ??= issue.message;
  }
  return errors;
}

/** Parses the body: the dossier, or a message per field. */
export function parseNationalDossier(input: unknown, now: Date): { ok: true; data: TNationalDossier } | { ok: false; errors: Record<string, string> } {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return { ok: false, errors: { body: "Nội dung yêu cầu phải là một đối tượng JSON." } };
  const parsed = nationalDossierSchema(now).safeParse(input, { error: nationalPortalErrorMap });
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, errors: nationalDossierErrors(parsed.error) };
}

const APPLICANT_SOURCES = ["fullName", "nationalId", "phone", "email", "address"] as const;

/**
 * The form values of a national-portal dossier, checked against the procedure's field schema
 * by the online rules: the applicant block fills the form's applicant fields the sender left
 * out; keys the form does not have (or file fields: documents travel in `documents`) are
 * refused. Errors are keyed by JSON path (formData.<field>).
 */
export function checkNationalFormData(
  schema: TFormSchema,
  applicant: TNationalDossier["applicant"],
  formData: Record<string, string>,
  now: Date,
): { values: FormValues; errors: Record<string, string> } {
  const inputs = schema.fields.filter((f) => f.type !== "file");
  const known = new Set(inputs.map((f) => f.name));
  const errors: Record<string, string> = {};
  for (const key of Object.keys(formData)) if (!known.has(key)) errors[`formData.${key}`] = "Trường không có trong tờ khai của thủ tục.";
  const values: FormValues = {};
  for (const f of inputs) {
    const given = formData[f.name]?.trim();
    const source = APPLICANT_SOURCES.find((s) => s === f.prefill);
    const value = given || (source ? (applicant[source] ?? "").trim() : "");
    if (value) values[f.name] = value;
  }
  for (const [name, message] of Object.entries(validateApplication(schema, values, { now }))) errors[`formData.${name}`] = message;
  return { values, errors };
}
