"use client";

import { useActionState, useRef, useState } from "react";
import type { StepState } from "@/app/my/dossiers/[id]/apply/actions";
import { fieldError } from "@/lib/validation/application";
import type { TFormField } from "@/lib/validation/form-schema";

export type StepFormTexts = {
  optional: string;
  fromIdentity: string;
  saveDraft: string;
  continue: string;
  draftSaved: string;
  errorSummary: string;
  selectPlaceholder: string;
};

const INPUT_TYPE: Partial<Record<TFormField["type"], string>> = { email: "email", date: "date", phone: "tel" };
const AUTOCOMPLETE: Record<string, string> = { fullName: "name", phone: "tel", email: "email", address: "street-address", birthDate: "bday" };

/**
 * One step of the generated form. The browser checks each field with the same function the
 * server uses (lib/validation/application.ts) before sending; the server checks again.
 * Errors follow the GOV.UK pattern; what the person typed is always kept.
 */
export function ApplicationStepForm(props: {
  action: (prev: StepState, form: FormData) => Promise<StepState>;
  dossierId: string;
  step: number;
  fields: TFormField[];
  initialValues: Record<string, string>;
  locked: string[];
  texts: StepFormTexts;
}) {
  const { fields, texts } = props;
  const [state, formAction, pending] = useActionState(props.action, {});
  const [values, setValues] = useState<Record<string, string>>(props.initialValues);
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const locked = new Set(props.locked);
  const errors = clientErrors ?? state.errors ?? {};
  const errorList = fields.filter((f) => errors[f.name]);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.value === "draft") {
      setClientErrors(null);
      return;
    }
    const found: Record<string, string> = {};
    for (const f of fields) {
      const e = fieldError(f, values[f.name], values);
      if (e) found[f.name] = e;
    }
    if (Object.keys(found).length) {
      event.preventDefault();
      setClientErrors(found);
      requestAnimationFrame(() => summaryRef.current?.focus());
    } else {
      setClientErrors(null);
    }
  }

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      <input type="hidden" name="_dossierId" value={props.dossierId} />
      <input type="hidden" name="_step" value={props.step} />
      {errorList.length > 0 || state.message ? (
        <div ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby="step-errors-title" className="rounded border-2 border-red-700 bg-red-50 p-4">
          <h2 id="step-errors-title" className="font-semibold text-red-800">{texts.errorSummary}</h2>
          <ul className="mt-2 list-disc pl-5">
            {state.message ? <li className="text-red-800">{state.message}</li> : null}
            {errorList.map((f) => (
              <li key={f.name}><a href={`#f-${f.name}`} className="text-red-800 underline">{errors[f.name]}</a></li>
            ))}
          </ul>
        </div>
      ) : null}
      {state.saved && !clientErrors ? <p role="status" className="rounded bg-green-50 p-3 text-green-900">{texts.draftSaved}</p> : null}

      {fields.map((f) => {
        const id = `f-${f.name}`;
        const error = errors[f.name];
        const isLocked = locked.has(f.name);
        const describedBy = [f.help ? `${id}-hint` : null, isLocked ? `${id}-locked` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
        const common = {
          id,
          name: f.name,
          value: values[f.name] ?? "",
          onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setValues((v) => ({ ...v, [f.name]: e.target.value })),
          "aria-invalid": error ? true : undefined,
          "aria-describedby": describedBy,
          readOnly: isLocked || undefined,
          className: `mt-1 w-full rounded border px-3 py-2 ${error ? "border-2 border-red-700" : "border-slate-400"} ${isLocked ? "bg-slate-100" : "bg-white"}`,
        };
        return (
          <div key={f.name}>
            <label htmlFor={id} className="block font-medium">
              {f.label} {f.required ? null : <span className="font-normal text-slate-600">{texts.optional}</span>}
            </label>
            {f.help ? <p id={`${id}-hint`} className="text-sm text-slate-700">{f.help}</p> : null}
            {isLocked ? <p id={`${id}-locked`} className="text-sm text-slate-700">{texts.fromIdentity}</p> : null}
            {error ? <p id={`${id}-error`} className="text-sm font-medium text-red-700">{error}</p> : null}
            {f.type === "textarea" ? (
              <textarea {...common} rows={4} maxLength={f.maxLength ?? 2000} />
            ) : f.type === "select" ? (
              // A read-only select does not exist in HTML: a locked choice is sent by a hidden input.
              isLocked ? (
                <>
                  <input type="hidden" name={f.name} value={values[f.name] ?? ""} />
                  <input id={id} value={f.options?.find((o) => o.value === values[f.name])?.label ?? ""} readOnly aria-describedby={describedBy} className={common.className} />
                </>
              ) : (
                <select {...common} className={`${common.className} sm:w-96`}>
                  <option value="">{texts.selectPlaceholder}</option>
                  {f.options?.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                </select>
              )
            ) : (
              <input
                {...common}
                type={INPUT_TYPE[f.type] ?? "text"}
                inputMode={f.type === "cccd" || f.type === "phone" ? "numeric" : f.type === "number" ? "decimal" : undefined}
                autoComplete={f.prefill ? AUTOCOMPLETE[f.prefill] : undefined}
                maxLength={f.type === "cccd" ? 12 : f.maxLength}
              />
            )}
          </div>
        );
      })}

      <div className="flex flex-wrap gap-3">
        <button type="submit" name="_intent" value="continue" disabled={pending} className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-70">
          {texts.continue}
        </button>
        <button type="submit" name="_intent" value="draft" disabled={pending} className="rounded border border-brand-600 bg-white px-5 py-2 font-semibold text-brand-700 hover:bg-brand-50">
          {texts.saveDraft}
        </button>
      </div>
    </form>
  );
}
