"use client";

import { useActionState } from "react";
import { ErrorSummary, FieldError } from "./ErrorSummary";
import { INITIAL_FORM_STATE, type DossierFormAction } from "./form-state";
import { useFocusOnError } from "./use-focus-on-error";

export type WithdrawTexts = {
  reasonLabel: string;
  reasonHint: string;
  confirm: string;
  submitting: string;
  cancel: string;
  errorSummary: string;
};

/** The confirmation step of a withdrawal: an optional reason, confirm or go back. */
export function WithdrawForm({ action, dossierId, version, cancelHref, texts }: { action: DossierFormAction; dossierId: string; version: number; cancelHref: string; texts: WithdrawTexts }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const summaryRef = useFocusOnError(state);
  const errors = [
    state.formError ? { href: "#withdraw-reason", text: state.formError } : null,
    state.fieldErrors.reason ? { href: "#withdraw-reason", text: state.fieldErrors.reason } : null,
  ].filter((e): e is { href: string; text: string } => e !== null);

  return (
    <form action={formAction} noValidate className="space-y-4">
      <ErrorSummary id="withdraw-errors" title={texts.errorSummary} errors={errors} ref={summaryRef} />
      <input type="hidden" name="dossierId" value={dossierId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <div>
        <label htmlFor="withdraw-reason" className="block font-medium">{texts.reasonLabel}</label>
        <p id="withdraw-reason-hint" className="text-sm text-slate-700">{texts.reasonHint}</p>
        <FieldError id="withdraw-reason-error" message={state.fieldErrors.reason} />
        <textarea
          key={state.seq}
          id="withdraw-reason"
          name="reason"
          rows={3}
          defaultValue={state.values.reason ?? ""}
          aria-invalid={state.fieldErrors.reason ? true : undefined}
          aria-describedby={["withdraw-reason-hint", state.fieldErrors.reason ? "withdraw-reason-error" : null].filter(Boolean).join(" ")}
          className={`mt-1 w-full rounded border px-3 py-2 ${state.fieldErrors.reason ? "border-2 border-red-700" : "border-slate-500"}`}
        />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending} className="rounded bg-accent-600 px-5 py-2 font-semibold text-white hover:bg-accent-700 disabled:opacity-70">
          {pending ? texts.submitting : texts.confirm}
        </button>
        <a href={cancelHref} className="text-brand-700 underline">{texts.cancel}</a>
      </div>
    </form>
  );
}
