// Task progress updates and task comments: the same schemas check the browser form and the
// server. Messages are keys of the catalogue (t.taskProgress.errors), so the form speaks the
// reader's language.
import { z } from "zod";
import { REPORT_STATUSES, type ProgressRuleError } from "@/lib/domain/task-progress";
import { stripUnsafe } from "@/lib/domain/safe-input";

export const NOTE_MAX = 2000;
export const REASON_MAX = 1000;
export const COMMENT_MAX = 2000;

export type TTaskFormError =
  | ProgressRuleError
  | "progress.required"
  | "progress.invalid"
  | "status.required"
  | "note.required"
  | "note.tooLong"
  | "reason.tooLong"
  | "reportedOn.required"
  | "reportedOn.invalid"
  | "evidence.empty"
  | "evidence.tooLarge"
  | "evidence.type"
  | "version.invalid"
  | "body.required"
  | "body.tooLong";

export const PROGRESS_FIELDS = ["progress", "status", "note", "reason", "milestoneId", "reportedOn", "evidence"] as const;
export type TProgressField = (typeof PROGRESS_FIELDS)[number];

const DATE_KEY = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (v: string) => {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

export const ZTaskProgressUpdate = z.object({
  progress: z
    .string({ error: "progress.required" })
    .trim()
    .min(1, "progress.required")
    .regex(/^\d{1,3}$/, "progress.invalid")
    .transform(Number)
    .refine((n) => n >= 0 && n <= 100, "progress.invalid"),
  status: z.enum(REPORT_STATUSES, { error: "status.required" }),
  note: z.string({ error: "note.required" }).trim().min(1, "note.required").max(NOTE_MAX, "note.tooLong"),
  reason: z
    .string()
    .trim()
    .max(REASON_MAX, "reason.tooLong")
    .optional()
    .transform((v) => (v ? v : null)),
  milestoneId: z
    .string()
    .trim()
    .max(64, "milestone.unknown")
    .optional()
    .transform((v) => (v ? v : null)),
  reportedOn: z
    .string({ error: "reportedOn.required" })
    .trim()
    .min(1, "reportedOn.required")
    .regex(DATE_KEY, "reportedOn.invalid")
    .refine(isRealDate, "reportedOn.invalid"),
  expectedVersion: z
    .string({ error: "version.invalid" })
    .regex(/^\d{1,9}$/, "version.invalid")
    .transform(Number),
});
export type TTaskProgressUpdate = z.infer<typeof ZTaskProgressUpdate>;

export const ZTaskComment = z.object({
  // Control characters (NUL …) are dropped: PostgreSQL cannot store them and no one types them.
  body: z.string({ error: "body.required" }).transform(stripUnsafe).pipe(z.string().trim().min(1, "body.required").max(COMMENT_MAX, "body.tooLong")),
});

/** The first message key of each field of a failed parse. */
export function taskFormErrors(error: z.ZodError): Partial<Record<string, TTaskFormError>> {
  const out: Partial<Record<string, TTaskFormError>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    out[field] ??= issue.message as TTaskFormError;
  }
  return out;
}
