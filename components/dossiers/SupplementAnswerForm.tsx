"use client";

import { useActionState } from "react";
import { ErrorSummary, FieldError } from "./ErrorSummary";
import { INITIAL_FORM_STATE, type DossierFormAction } from "./form-state";
import { useFocusOnError } from "./use-focus-on-error";

export type SupplementAnswerTexts = {
  noteLabel: string;
  noteHint: string;
  submit: string;
  submitting: string;
  errorSummary: string;
};

/** Step 2 of answering a supplement request: an optional note, then send (a plain form to a server action). */
export function SupplementAnswerForm({ action, dossierId, version, texts }: { action: DossierFormAction; dossierId: string; version: number; texts: SupplementAnswerTexts }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const summaryRef = useFocusOnError(state);
  const errors = [
    state.formError ? { href: "#supplement-note", text: state.formError } : null,
    state.fieldErrors.file ? { href: "#supplement-file", text: state.fieldErrors.file } : null,
    state.fieldErrors.note ? { href: "#supplement-note", text: state.fieldErrors.note } : null,
  ].filter((e): e is { href: string; text: string } => e !== null);

  return (
    <form action={formAction} noValidate className="space-y-4">
      <ErrorSummary id="supplement-answer-errors" title={texts.errorSummary} errors={errors} ref={summaryRef} />
      <input type="hidden" name="dossierId" value={dossierId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <div>
        <label htmlFor="supplement-note" className="block font-medium">{texts.noteLabel}</label>
        <p id="supplement-note-hint" className="text-sm text-slate-700">{texts.noteHint}</p>
        <FieldError id="supplement-note-error" message={state.fieldErrors.note} />
        <textarea
          key={state.seq}
          id="supplement-note"
          name="note"
          rows={3}
          defaultValue={state.values.note ?? ""}
          aria-invalid={state.fieldErrors.note ? true : undefined}
          aria-describedby={["supplement-note-hint", state.fieldErrors.note ? "supplement-note-error" : null].filter(Boolean).join(" ")}
          className={`mt-1 w-full rounded border px-3 py-2 ${state.fieldErrors.note ? "border-2 border-red-700" : "border-slate-500"}`}
        />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-70">
        {pending ? texts.submitting : texts.submit}
      </button>
    </form>
  );
}
