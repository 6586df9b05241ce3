"use client";

import { useActionState, useEffect, useState } from "react";
import { ErrorSummary, FieldError } from "@/components/dossiers/ErrorSummary";
import { INITIAL_FORM_STATE, type DossierFormAction } from "@/components/dossiers/form-state";
import { useFocusOnError } from "@/components/dossiers/use-focus-on-error";
import { feedbackFieldErrors, ZFeedbackAnswer, type TFeedbackError } from "@/lib/validation/feedback";

export type AnswerTexts = { label: string; hint: string; submit: string; submitting: string; errorSummary: string; errors: Partial<Record<TFeedbackError, string>> };

/** The officer's answer: checked in the browser and on the server, typed text kept on error; works without JavaScript. */
export function AnswerFeedbackForm({ action, code, texts }: { action: DossierFormAction; code: string; texts: AnswerTexts }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const [clientError, setClientError] = useState<string | null>(null);
  const [clientSeq, setClientSeq] = useState(0);
  const summaryRef = useFocusOnError(state);
  const fieldError = clientError ?? state.fieldErrors.answer;
  const formError = clientError ? null : state.formError;

  useEffect(() => {
    if (clientSeq > 0) summaryRef.current?.focus();
  }, [clientSeq, summaryRef]);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const parsed = ZFeedbackAnswer.safeParse({ answer: new FormData(event.currentTarget).get("answer") });
    if (parsed.success) return setClientError(null);
    event.preventDefault();
    const key = feedbackFieldErrors(parsed.error).answer ?? "answer.required";
    setClientError(texts.errors[key] ?? texts.errors["answer.required"] ?? "");
    setClientSeq((n) => n + 1);
  }

  const items = [formError, fieldError].filter((m): m is string => !!m).map((text) => ({ href: "#answer", text }));
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="mt-3 space-y-3">
      <ErrorSummary ref={summaryRef} id="answer-errors" title={texts.errorSummary} errors={items} />
      <input type="hidden" name="code" value={code} />
      <div>
        <label htmlFor="answer" className="block font-medium">{texts.label}</label>
        <p id="answer-hint" className="text-sm text-slate-700">{texts.hint}</p>
        <FieldError id="answer-error" message={fieldError ?? undefined} />
        <textarea
          key={state.seq}
          id="answer"
          name="answer"
          rows={6}
          defaultValue={state.values.answer ?? ""}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={["answer-hint", fieldError ? "answer-error" : null].filter(Boolean).join(" ")}
          className={`mt-1 block w-full rounded border bg-white px-3 py-2 ${fieldError ? "border-2 border-red-700" : "border-slate-500"}`}
        />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-70">
        {pending ? texts.submitting : texts.submit}
      </button>
    </form>
  );
}
