"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { ErrorSummary, FieldError } from "@/components/dossiers/ErrorSummary";
import { checkProgressUpdate, MAX_EVIDENCE_FILES, REPORT_STATUSES, type ReportStatus } from "@/lib/domain/task-progress";
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { PROGRESS_FIELDS, taskFormErrors, ZTaskProgressUpdate, type TProgressField, type TTaskFormError } from "@/lib/validation/task-progress";

export type ProgressFormTexts = {
  title: string;
  lead: string;
  progressLabel: string;
  progressHint: string;
  statusLabel: string;
  statusChoose: string;
  statuses: Record<ReportStatus, string>;
  noteLabel: string;
  noteHint: string;
  reasonLabel: string;
  reasonHint: string;
  milestoneLabel: string;
  milestoneNone: string;
  reportedOnLabel: string;
  reportedOnHint: string;
  evidenceLabel: string;
  evidenceHint: string;
  submit: string;
  submitting: string;
  errorSummary: string;
  sent: string;
  networkError: string;
  conflict: string;
  errors: Record<TTaskFormError, string>;
};

export type ProgressFormTask = {
  code: string;
  version: number;
  progress: number;
  status: TaskStatus;
  startKey: string;
  previousReportKey: string | null;
  todayKey: string;
  openMilestones: { id: string; title: string }[];
};

type Problem = { title?: string; code?: string; errors?: Record<string, string> };

const inputClass = (error: boolean) => `mt-1 block w-full max-w-full rounded border bg-white px-3 py-2 ${error ? "border-2 border-red-700" : "border-slate-500"}`;

/**
 * The lead agency's officer reports progress. Checked in the browser with the same schema and
 * rules as the server, then sent as multipart (evidence files up to 10 MB each do not fit a
 * server action's body) to the route handler. On error the typed values and chosen files stay.
 */
export function ProgressUpdateForm({ task, texts }: { task: ProgressFormTask; texts: ProgressFormTexts }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Partial<Record<TProgressField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState("");
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  function show(fieldErrors: Partial<Record<TProgressField, string>>, message: string | null) {
    setErrors(fieldErrors);
    setFormError(message);
    setSent("");
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  function localCheck(data: FormData, fileCount: number): Partial<Record<TProgressField, string>> {
    const raw = Object.fromEntries(["progress", "status", "note", "reason", "milestoneId", "reportedOn", "expectedVersion"].map((k) => [k, (data.get(k) as string | null) ?? undefined]));
    const parsed = ZTaskProgressUpdate.safeParse(raw);
    const keys: Partial<Record<string, TTaskFormError>> = parsed.success ? {} : taskFormErrors(parsed.error);
    if (parsed.success) {
      const rules = checkProgressUpdate({
        current: { progress: task.progress, status: task.status, startKey: task.startKey },
        previousReportKey: task.previousReportKey,
        milestones: task.openMilestones.map((m) => ({ id: m.id, completedAt: null })),
        next: { ...parsed.data, evidenceCount: fileCount },
        todayKey: task.todayKey,
      });
      if (!rules.ok) Object.assign(keys, rules.errors);
    } else if (fileCount > MAX_EVIDENCE_FILES) keys.evidence = "evidence.tooMany";
    const out: Partial<Record<TProgressField, string>> = {};
    for (const field of PROGRESS_FIELDS) {
      const key = keys[field];
      if (key) out[field] = texts.errors[key];
    }
    return out;
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const files = data.getAll("evidence").filter((f): f is File => f instanceof File && !(f.size === 0 && f.name === ""));
    const local = localCheck(data, files.length);
    if (Object.keys(local).length > 0) return show(local, null);
    // Only chosen files are sent (an empty file input still posts one empty part).
    data.delete("evidence");
    for (const f of files) data.append("evidence", f);
    setBusy(true);
    try {
      const response = await fetch(`/api/tasks/${encodeURIComponent(task.code)}/updates`, { method: "POST", body: data });
      if (!response.ok) {
        const problem = (await response.json().catch(() => null)) as Problem | null;
        if (problem?.code === "CONFLICT") return show({}, texts.conflict);
        const fieldErrors: Partial<Record<TProgressField, string>> = {};
        for (const field of PROGRESS_FIELDS) if (problem?.errors?.[field]) fieldErrors[field] = problem.errors[field];
        return show(fieldErrors, Object.keys(fieldErrors).length > 0 ? null : (problem?.title ?? texts.networkError));
      }
      setErrors({});
      setFormError(null);
      setSent(texts.sent);
      router.refresh();
    } catch {
      show({}, texts.networkError);
    } finally {
      setBusy(false);
    }
  }

  const summary = [
    ...(formError ? [{ href: "#progress", text: formError }] : []),
    ...PROGRESS_FIELDS.flatMap((f) => (errors[f] ? [{ href: `#${f === "evidence" ? "evidence" : f}`, text: errors[f]! }] : [])),
  ];
  const describedBy = (field: TProgressField, hint: boolean) => [hint ? `${field}-hint` : null, errors[field] ? `${field}-error` : null].filter(Boolean).join(" ") || undefined;

  return (
    <section aria-labelledby="progress-form-title" className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id="progress-form-title" className="text-xl font-semibold">{texts.title}</h2>
      <p className="mt-1 text-sm text-slate-700">{texts.lead}</p>
      <p role="status" className="mt-2 font-medium text-green-800">{sent}</p>
      {/* Keyed by the version: after a report is accepted the form starts again from the new state. */}
      <form key={task.version} onSubmit={onSubmit} noValidate encType="multipart/form-data" className="mt-3 space-y-5">
        <ErrorSummary ref={summaryRef} id="progress-errors" title={texts.errorSummary} errors={summary} />
        <input type="hidden" name="expectedVersion" value={String(task.version)} readOnly />
        <div>
          <label htmlFor="progress" className="block font-medium">{texts.progressLabel}</label>
          <p id="progress-hint" className="text-sm text-slate-700">{texts.progressHint}</p>
          <FieldError id="progress-error" message={errors.progress} />
          <input id="progress" name="progress" type="number" inputMode="numeric" min={0} max={100} step={1} defaultValue={task.progress}
            aria-invalid={errors.progress ? true : undefined} aria-describedby={describedBy("progress", true)} className={`${inputClass(!!errors.progress)} sm:w-40`} />
        </div>
        <div>
          <label htmlFor="status" className="block font-medium">{texts.statusLabel}</label>
          <FieldError id="status-error" message={errors.status} />
          <select id="status" name="status" defaultValue={task.status === "NOT_STARTED" ? "" : task.status}
            aria-invalid={errors.status ? true : undefined} aria-describedby={describedBy("status", false)} className={`${inputClass(!!errors.status)} sm:w-80`}>
            <option value="">{texts.statusChoose}</option>
            {REPORT_STATUSES.map((s) => <option key={s} value={s}>{texts.statuses[s]}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="note" className="block font-medium">{texts.noteLabel}</label>
          <p id="note-hint" className="text-sm text-slate-700">{texts.noteHint}</p>
          <FieldError id="note-error" message={errors.note} />
          <textarea id="note" name="note" rows={4} maxLength={2000} aria-invalid={errors.note ? true : undefined} aria-describedby={describedBy("note", true)} className={inputClass(!!errors.note)} />
        </div>
        <div>
          <label htmlFor="reason" className="block font-medium">{texts.reasonLabel}</label>
          <p id="reason-hint" className="text-sm text-slate-700">{texts.reasonHint}</p>
          <FieldError id="reason-error" message={errors.reason} />
          <textarea id="reason" name="reason" rows={2} maxLength={1000} aria-invalid={errors.reason ? true : undefined} aria-describedby={describedBy("reason", true)} className={inputClass(!!errors.reason)} />
        </div>
        {task.openMilestones.length > 0 ? (
          <div>
            <label htmlFor="milestoneId" className="block font-medium">{texts.milestoneLabel}</label>
            <FieldError id="milestoneId-error" message={errors.milestoneId} />
            <select id="milestoneId" name="milestoneId" defaultValue="" aria-invalid={errors.milestoneId ? true : undefined} aria-describedby={describedBy("milestoneId", false)} className={inputClass(!!errors.milestoneId)}>
              <option value="">{texts.milestoneNone}</option>
              {task.openMilestones.map((m) => <option key={m.id} value={m.id}>{m.title}</option>)}
            </select>
          </div>
        ) : null}
        <div>
          <label htmlFor="reportedOn" className="block font-medium">{texts.reportedOnLabel}</label>
          <p id="reportedOn-hint" className="text-sm text-slate-700">{texts.reportedOnHint}</p>
          <FieldError id="reportedOn-error" message={errors.reportedOn} />
          <input id="reportedOn" name="reportedOn" type="date" defaultValue={task.todayKey} max={task.todayKey} min={task.previousReportKey ?? task.startKey}
            aria-invalid={errors.reportedOn ? true : undefined} aria-describedby={describedBy("reportedOn", true)} className={`${inputClass(!!errors.reportedOn)} sm:w-56`} />
        </div>
        <div>
          <label htmlFor="evidence" className="block font-medium">{texts.evidenceLabel}</label>
          <p id="evidence-hint" className="text-sm text-slate-700">{texts.evidenceHint}</p>
          <FieldError id="evidence-error" message={errors.evidence} />
          <input id="evidence" name="evidence" type="file" multiple accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
            aria-invalid={errors.evidence ? true : undefined} aria-describedby={describedBy("evidence", true)} className={inputClass(!!errors.evidence)} />
        </div>
        <button type="submit" disabled={busy} className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-70">
          {busy ? texts.submitting : texts.submit}
        </button>
      </form>
    </section>
  );
}
