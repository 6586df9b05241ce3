// Administration of the plan's tasks: what the task is, which agency leads it (the assignment),
// its period and weight, and its ordered milestones. Progress and status are reported by the
// lead agency elsewhere and are not part of this form. Shared by the form and the server.
import { z } from "zod";
import { formatDate } from "@/lib/domain/format";
import { choiceId, codeField, dateField, dayOf, fieldErrorsOf, numberField, text, viErrorMap, type FieldErrors } from "./admin-catalogue-fields";

export const MAX_MILESTONES = 30;

export const ZAdminMilestone = z.object({
  /** Present for a milestone that already exists (its completion is kept). */
  id: text({ max: 64, optional: true }),
  title: text({ max: 300, required: "Nhập tên mốc" }),
  dueDate: dateField("Nhập ngày của mốc"),
});

export const ZAdminTask = z
  .object({
    code: codeField({ max: 20, upper: true }),
    title: text({ max: 300, required: "Nhập tên nhiệm vụ" }),
    description: text({ max: 4000, required: "Nhập mô tả nhiệm vụ" }),
    pillarId: choiceId("Chọn trụ cột"),
    leadAgencyId: choiceId("Chọn cơ quan chủ trì"),
    startDate: dateField("Nhập ngày bắt đầu"),
    dueDate: dateField("Nhập hạn hoàn thành"),
    weight: numberField({ required: "Nhập trọng số", integer: true, min: 1, max: 10, minMessage: "Trọng số là số nguyên từ 1 đến 10", maxMessage: "Trọng số là số nguyên từ 1 đến 10" }),
    milestones: z.array(ZAdminMilestone).max(MAX_MILESTONES, `Nhiều nhất ${MAX_MILESTONES} mốc`).default([]),
    expectedVersion: numberField({ integer: true, min: 0, optional: true }),
  })
  .superRefine((t, ctx) => {
    const valid = (s: unknown): s is string => typeof s === "string" && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(dayOf(s).getTime());
    if (!valid(t.startDate) || !valid(t.dueDate)) return;
    if (t.dueDate < t.startDate) {
      ctx.addIssue({ code: "custom", path: ["dueDate"], message: "Hạn hoàn thành phải bằng hoặc sau ngày bắt đầu" });
      return;
    }
    const period = `${formatDate(dayOf(t.startDate))} – ${formatDate(dayOf(t.dueDate))}`;
    (t.milestones ?? []).forEach((m, i) => {
      if (valid(m.dueDate) && (m.dueDate < t.startDate || m.dueDate > t.dueDate)) {
        ctx.addIssue({ code: "custom", path: ["milestones", i, "dueDate"], message: `Ngày của mốc phải nằm trong thời gian thực hiện (${period})` });
      }
    });
  });
export type TAdminTaskInput = z.input<typeof ZAdminTask>;
export type TAdminTask = z.infer<typeof ZAdminTask>;

export type TaskCheck = { ok: true; data: TAdminTask } | { ok: false; fieldErrors: FieldErrors };

export function checkTask(input: unknown): TaskCheck {
  const parsed = ZAdminTask.safeParse(input, { error: viErrorMap });
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
}
