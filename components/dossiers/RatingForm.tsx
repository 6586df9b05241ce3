"use client";

import { useActionState } from "react";
import { ErrorSummary, FieldError } from "./ErrorSummary";
import { INITIAL_FORM_STATE, type DossierFormAction } from "./form-state";
import { useFocusOnError } from "./use-focus-on-error";

export type RatingTexts = {
  question: string;
  scores: { SATISFIED: string; NEUTRAL: string; DISSATISFIED: string };
  commentLabel: string;
  commentHint: string;
  submit: string;
  submitting: string;
  errorSummary: string;
};

const SCORES = ["SATISFIED", "NEUTRAL", "DISSATISFIED"] as const;

/** Satisfied / neutral / dissatisfied and an optional comment, posted to a server action. */
export function RatingForm({ action, dossierId, texts }: { action: DossierFormAction; dossierId: string; texts: RatingTexts }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const summaryRef = useFocusOnError(state);
  const errors = [
    state.formError ? { href: "#score-SATISFIED", text: state.formError } : null,
    state.fieldErrors.score ? { href: "#score-SATISFIED", text: state.fieldErrors.score } : null,
    state.fieldErrors.comment ? { href: "#rating-comment", text: state.fieldErrors.comment } : null,
  ].filter((e): e is { href: string; text: string } => e !== null);

  return (
    <form action={formAction} noValidate className="space-y-4" key={state.seq}>
      <ErrorSummary id="rating-errors" title={texts.errorSummary} errors={errors} ref={summaryRef} />
      <input type="hidden" name="dossierId" value={dossierId} />
      <fieldset aria-describedby={state.fieldErrors.score ? "score-error" : undefined}>
        <legend className="font-medium">{texts.question}</legend>
        <FieldError id="score-error" message={state.fieldErrors.score} />
        <div className="mt-2 flex flex-col gap-2 sm:flex-row sm:gap-6">
          {SCORES.map((score) => (
            <label key={score} htmlFor={`score-${score}`} className="flex min-h-11 cursor-pointer items-center gap-2">
              <input id={`score-${score}`} type="radio" name="score" value={score} defaultChecked={state.values.score === score} className="h-5 w-5" />
              {texts.scores[score]}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor="rating-comment" className="block font-medium">{texts.commentLabel}</label>
        <p id="rating-comment-hint" className="text-sm text-slate-700">{texts.commentHint}</p>
        <FieldError id="rating-comment-error" message={state.fieldErrors.comment} />
        <textarea
          id="rating-comment"
          name="comment"
          rows={3}
          defaultValue={state.values.comment ?? ""}
          aria-invalid={state.fieldErrors.comment ? true : undefined}
          aria-describedby={["rating-comment-hint", state.fieldErrors.comment ? "rating-comment-error" : null].filter(Boolean).join(" ")}
          className={`mt-1 w-full rounded border px-3 py-2 ${state.fieldErrors.comment ? "border-2 border-red-700" : "border-slate-500"}`}
        />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-70">
        {pending ? texts.submitting : texts.submit}
      </button>
    </form>
  );
}
