"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { feedbackFieldErrors, FEEDBACK_FIELDS, SUBJECT_MAX, BODY_MAX, ZFeedbackCreate, type TFeedbackError, type TFeedbackField } from "@/lib/validation/feedback";
import { ErrorSummary } from "./ErrorSummary";
import type { FeedbackFormState, FeedbackFormValues } from "./feedback-state";

export type FeedbackFormTexts = {
  aboutLabel: string;
  aboutHint: string;
  aboutPlaceholder: string;
  aboutDossiers: string;
  aboutProcedures: string;
  communeLabel: string;
  communeHint: string;
  communePlaceholder: string;
  communeScopeSuffix: string;
  subjectLabel: string;
  subjectHint: string;
  bodyLabel: string;
  bodyHint: string;
  submit: string;
  submitting: string;
  cancel: string;
  errorSummary: string;
  errors: Record<TFeedbackError, string>;
};

export type FeedbackFormChoices = {
  dossiers: { code: string; procedureName: string }[];
  procedures: { code: string; name: string; scope: "PROVINCE" | "COMMUNE" }[];
  communes: { code: string; name: string }[];
};

type Action = (state: FeedbackFormState, formData: FormData) => Promise<FeedbackFormState>;

/** Works without JavaScript (server action); with it, the same schema is checked first. */
export function FeedbackForm({ action, initialState, texts, choices }: { action: Action; initialState: FeedbackFormState; texts: FeedbackFormTexts; choices: FeedbackFormChoices }) {
  const [state, formAction, pending] = useActionState(action, initialState);
  const [values, setValues] = useState<FeedbackFormValues>(state.values);
  const [clientErrors, setClientErrors] = useState<Partial<Record<TFeedbackField, string>> | null>(null);
  const [clientSeq, setClientSeq] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  const fieldErrors = clientErrors ?? state.fieldErrors;
  const formError = clientErrors ? null : state.formError;

  useEffect(() => {
    if (state.seq === 0 && clientSeq === 0) return;
    summaryRef.current?.focus();
  }, [state.seq, clientSeq]);

  const set = (field: TFeedbackField) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
    setValues((v) => ({ ...v, [field]: e.target.value }));

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const parsed = ZFeedbackCreate.safeParse(values);
    if (parsed.success) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    const keys = feedbackFieldErrors(parsed.error);
    const next: Partial<Record<TFeedbackField, string>> = {};
    for (const field of FEEDBACK_FIELDS) {
      const key = keys[field];
      if (key) next[field] = texts.errors[key];
    }
    setClientErrors(next);
    setClientSeq((n) => n + 1);
  }

  const items = [
    formError ? { href: "#about", text: formError } : null,
    ...FEEDBACK_FIELDS.map((f) => (fieldErrors[f] ? { href: `#${f}`, text: fieldErrors[f] } : null)),
  ].filter((e): e is { href: string; text: string } => e !== null);

  const control = (field: TFeedbackField) => ({
    id: field,
    name: field,
    value: values[field],
    onChange: set(field),
    "aria-invalid": fieldErrors[field] ? true : undefined,
    "aria-describedby": [`${field}-hint`, fieldErrors[field] ? `${field}-error` : null].filter(Boolean).join(" "),
    className: `mt-1 w-full rounded border bg-white px-3 py-2 ${fieldErrors[field] ? "border-2 border-red-700" : "border-slate-500"}`,
  });
  const error = (field: TFeedbackField) =>
    fieldErrors[field] ? <p id={`${field}-error`} className="text-sm font-medium text-red-700">{fieldErrors[field]}</p> : null;

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl space-y-5 rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <ErrorSummary ref={summaryRef} id="feedback-errors" title={texts.errorSummary} items={items} />
      <div>
        <label htmlFor="about" className="block font-medium">{texts.aboutLabel}</label>
        <p id="about-hint" className="text-sm text-slate-700">{texts.aboutHint}</p>
        {error("about")}
        <select {...control("about")}>
          <option value="">{texts.aboutPlaceholder}</option>
          {choices.dossiers.length > 0 ? (
            <optgroup label={texts.aboutDossiers}>
              {choices.dossiers.map((d) => (
                <option key={d.code} value={`dossier:${d.code}`}>{`${d.code} — ${d.procedureName}`}</option>
              ))}
            </optgroup>
          ) : null}
          <optgroup label={texts.aboutProcedures}>
            {choices.procedures.map((p) => (
              <option key={p.code} value={`procedure:${p.code}`}>{p.name}{p.scope === "COMMUNE" ? texts.communeScopeSuffix : ""}</option>
            ))}
          </optgroup>
        </select>
      </div>
      <div>
        <label htmlFor="communeCode" className="block font-medium">{texts.communeLabel}</label>
        <p id="communeCode-hint" className="text-sm text-slate-700">{texts.communeHint}</p>
        {error("communeCode")}
        <select {...control("communeCode")}>
          <option value="">{texts.communePlaceholder}</option>
          {choices.communes.map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="subject" className="block font-medium">{texts.subjectLabel}</label>
        <p id="subject-hint" className="text-sm text-slate-700">{texts.subjectHint}</p>
        {error("subject")}
        <input type="text" maxLength={SUBJECT_MAX + 20} autoComplete="off" {...control("subject")} />
      </div>
      <div>
        <label htmlFor="body" className="block font-medium">{texts.bodyLabel}</label>
        <p id="body-hint" className="text-sm text-slate-700">{texts.bodyHint}</p>
        {error("body")}
        <textarea rows={8} maxLength={BODY_MAX + 100} {...control("body")} />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending} className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-70">
          {pending ? texts.submitting : texts.submit}
        </button>
        <a href="/my/feedback" className="text-brand-700 underline">{texts.cancel}</a>
      </div>
    </form>
  );
}
