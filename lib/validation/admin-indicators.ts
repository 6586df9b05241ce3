// Administration of the plan's indicators and their targets. Shared by the form and the server.
import { z } from "zod";
import { checkbox, choice, choiceId, codeField, fieldErrorsOf, numberField, text, viErrorMap, type FieldErrors } from "./admin-catalogue-fields";

export const INDICATOR_DIRECTIONS = ["HIGHER_IS_BETTER", "LOWER_IS_BETTER"] as const;
export const PERIODICITIES = ["MONTH", "QUARTER", "YEAR"] as const;

// Decimal(18, 4): at most 14 digits before the point.
const LIMIT = 99_999_999_999_999;
const value = (required: string) => numberField({ required, min: -LIMIT, max: LIMIT, minMessage: "Giá trị quá nhỏ", maxMessage: "Giá trị quá lớn" });

export const ZAdminIndicator = z.object({
  code: codeField({ max: 32, upper: true }),
  name: text({ max: 300, required: "Nhập tên chỉ tiêu" }),
  nameEn: text({ max: 300, required: "Nhập tên chỉ tiêu bằng tiếng Anh" }),
  pillarId: choiceId("Chọn trụ cột"),
  ownerAgencyId: choiceId("Chọn cơ quan chịu trách nhiệm"),
  unit: text({ max: 50, required: "Nhập đơn vị tính" }),
  direction: choice(INDICATOR_DIRECTIONS, "Chọn chiều đánh giá"),
  periodicity: choice(PERIODICITIES, "Chọn kỳ báo cáo"),
  baselineValue: numberField({ min: -LIMIT, max: LIMIT, minMessage: "Giá trị quá nhỏ", maxMessage: "Giá trị quá lớn", optional: true }),
  target2025: value("Nhập chỉ tiêu năm 2025"),
  target2030: value("Nhập chỉ tiêu năm 2030"),
  description: text({ max: 2000, required: "Nhập mô tả, cách tính" }),
  isKey: checkbox,
  isActive: checkbox,
});
export type TAdminIndicatorInput = z.input<typeof ZAdminIndicator>;
export type TAdminIndicator = z.infer<typeof ZAdminIndicator>;

export type IndicatorCheck = { ok: true; data: TAdminIndicator } | { ok: false; fieldErrors: FieldErrors };

export function checkIndicator(input: unknown): IndicatorCheck {
  const parsed = ZAdminIndicator.safeParse(input, { error: viErrorMap });
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
}
