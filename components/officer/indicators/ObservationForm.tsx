"use client";

import { useActionState, useState } from "react";
import { ErrorSummary, FieldError } from "@/components/dossiers/ErrorSummary";
import { INITIAL_FORM_STATE, type DossierFormAction, type DossierFormState } from "@/components/dossiers/form-state";
import { useFocusOnError } from "@/components/dossiers/use-focus-on-error";
import { NOTE_MAX, parseObservationNote, parseObservationPeriod, parseObservationValue, type Periodicity } from "@/lib/domain/observation-input";

export type ObservationFormTexts = {
  periodLabel: string;
  periodHint: string;
  valueLabel: string;
  valueHint: string;
  noteLabel: string;
  noteHint: string;
  save: string;
  saving: string;
  errorSummary: string;
};

const FIELDS = ["period", "value", "note"] as const;

/**
 * Enter or correct one period's value. The server decides (same rules); the browser checks
 * first with the same pure rules so most mistakes are answered without a round trip.
 */
export function ObservationForm({ action, code, unit, periodicity, initial, texts }: {
  action: DossierFormAction;
  code: string;
  unit: string;
  periodicity: Periodicity;
  initial: { period: string; value: string; note: string };
  texts: ObservationFormTexts;
}) {
  const [serverState, formAction, pending] = useActionState(action, { ...INITIAL_FORM_STATE, values: initial });
  const [clientState, setClientState] = useState<DossierFormState | null>(null);
  const state = clientState && clientState.seq > serverState.seq ? clientState : serverState;
  const summaryRef = useFocusOnError(state);
  const values = state.values;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const form = new FormData(event.currentTarget);
    const typed = Object.fromEntries(FIELDS.map((f) => [f, String(form.get(f) ?? "")])) as Record<(typeof FIELDS)[number], string>;
    const period = parseObservationPeriod(typed.period, periodicity, new Date());
    const value = parseObservationValue(typed.value, unit);
    const note = parseObservationNote(typed.note);
    const fieldErrors: Record<string, string> = {};
    if (!period.ok) fieldErrors.period = period.error;
    if (!value.ok) fieldErrors.value = value.error;
    if (!note.ok) fieldErrors.note = note.error;
    if (Object.keys(fieldErrors).length === 0) {
      setClientState(null);
      return;
    }
    event.preventDefault();
    setClientState({ seq: Math.max(serverState.seq, clientState?.seq ?? 0) + 1, formError: null, fieldErrors, values: typed });
  }

  const errors = [
    state.formError ? { href: "#obs-period", text: state.formError } : null,
    ...FIELDS.map((f) => (state.fieldErrors[f] ? { href: `#obs-${f}`, text: state.fieldErrors[f] } : null)),
  ].filter((e): e is { href: string; text: string } => e !== null);

  const control = (field: (typeof FIELDS)[number]) => ({
    id: `obs-${field}`,
    name: field,
    defaultValue: values[field] ?? "",
    "aria-invalid": state.fieldErrors[field] ? true : undefined,
    "aria-describedby": [`obs-${field}-hint`, state.fieldErrors[field] ? `obs-${field}-error` : null].filter(Boolean).join(" "),
    className: `mt-1 w-full rounded border bg-white px-3 py-2 ${state.fieldErrors[field] ? "border-2 border-red-700" : "border-slate-500"}`,
  });

  return (
    <form key={state.seq} action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl space-y-4">
      <ErrorSummary id="obs-errors" title={texts.errorSummary} errors={errors} ref={summaryRef} />
      <input type="hidden" name="code" value={code} />
      <div>
        <label htmlFor="obs-period" className="block font-medium">{texts.periodLabel}</label>
        <p id="obs-period-hint" className="text-sm text-slate-700">{texts.periodHint}</p>
        <FieldError id="obs-period-error" message={state.fieldErrors.period} />
        <input type="text" inputMode="text" autoComplete="off" maxLength={20} {...control("period")} className={`${control("period").className} sm:w-48`} />
      </div>
      <div>
        <label htmlFor="obs-value" className="block font-medium">{texts.valueLabel}</label>
        <p id="obs-value-hint" className="text-sm text-slate-700">{texts.valueHint}</p>
        <FieldError id="obs-value-error" message={state.fieldErrors.value} />
        <input type="text" inputMode="decimal" autoComplete="off" maxLength={40} {...control("value")} className={`${control("value").className} sm:w-48`} />
      </div>
      <div>
        <label htmlFor="obs-note" className="block font-medium">{texts.noteLabel}</label>
        <p id="obs-note-hint" className="text-sm text-slate-700">{texts.noteHint}</p>
        <FieldError id="obs-note-error" message={state.fieldErrors.note} />
        <textarea rows={2} maxLength={NOTE_MAX + 50} {...control("note")} />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-70">
        {pending ? texts.saving : texts.save}
      </button>
    </form>
  );
}
