"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { ErrorSummary, FieldError } from "@/components/dossiers/ErrorSummary";
import { documentFieldName } from "@/lib/domain/counter-intake";
import { fieldError } from "@/lib/validation/application";
import type { TFormField } from "@/lib/validation/form-schema";
import type { IntakeFormAction, IntakeFormState } from "./intake-state";

export type CounterIntakeFormTexts = {
  applicantSection: string;
  formSection: string;
  documentsSection: string;
  documentsHint: string;
  required: string;
  optional: string;
  selectPlaceholder: string;
  submit: string;
  submitting: string;
  errorSummary: string;
  /** Per document index: "Tờ khai (1 bản, bắt buộc)". */
  documentLabels: string[];
  /** Per required document index: the message when it was not ticked. */
  documentErrors: Record<string, string>;
};

const INPUT_TYPE: Partial<Record<TFormField["type"], string>> = { email: "email", date: "date", phone: "tel" };

const INITIAL: IntakeFormState = { seq: 0, values: {}, documents: [], fieldErrors: {}, formError: null };

/**
 * The desk's form: the procedure's own fields checked in the browser by the same function the
 * server uses (lib/validation/application.ts), and the paper documents as tick boxes. The hidden
 * key makes a double click or a resent form record one dossier. GOV.UK error pattern; what was
 * typed is kept.
 */
export function CounterIntakeForm(props: {
  action: IntakeFormAction;
  procedureCode: string;
  idempotencyKey: string;
  contactFields: TFormField[];
  formFields: TFormField[];
  requiredDocuments: boolean[];
  texts: CounterIntakeFormTexts;
}) {
  const { texts } = props;
  const [state, formAction, pending] = useActionState(props.action, INITIAL);
  const [values, setValues] = useState<Record<string, string>>({});
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [clientSeq, setClientSeq] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  // The server's answer replaces what the browser thought (it may know more, e.g. a conflict).
  useEffect(() => {
    if (state.seq === 0) return;
    setClientErrors(null);
    setValues(state.values);
    setTicked(new Set(state.documents));
  }, [state]);
  useEffect(() => {
    if (state.seq === 0 && clientSeq === 0) return;
    summaryRef.current?.focus();
  }, [state.seq, clientSeq]);

  const errors = clientErrors ?? state.fieldErrors;
  const formError = clientErrors ? null : state.formError;
  const allFields = [...props.contactFields, ...props.formFields];

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const found: Record<string, string> = {};
    for (const f of allFields) {
      const e = fieldError(f, values[f.name], values);
      if (e) found[f.name] = e;
    }
    props.requiredDocuments.forEach((required, i) => {
      const name = documentFieldName(i);
      if (required && !ticked.has(name)) found[name] = texts.documentErrors[name];
    });
    if (Object.keys(found).length > 0) {
      event.preventDefault();
      setClientErrors(found);
      setClientSeq((n) => n + 1);
    } else {
      setClientErrors(null);
    }
  }

  const summary = [
    ...(formError ? [{ href: "#intake-form", text: formError }] : []),
    ...allFields.filter((f) => errors[f.name]).map((f) => ({ href: `#f-${f.name}`, text: errors[f.name] })),
    ...props.requiredDocuments.map((_, i) => documentFieldName(i)).filter((n) => errors[n]).map((n) => ({ href: `#${n}`, text: errors[n] })),
  ];

  const renderField = (f: TFormField) => {
    const id = `f-${f.name}`;
    const error = errors[f.name];
    const describedBy = [f.help ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
    const common = {
      id,
      name: f.name,
      value: values[f.name] ?? "",
      onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setValues((v) => ({ ...v, [f.name]: e.target.value })),
      "aria-invalid": error ? true : undefined,
      "aria-describedby": describedBy,
      className: `mt-1 w-full rounded border bg-white px-3 py-2 ${error ? "border-2 border-red-700" : "border-slate-500"}`,
    };
    return (
      <div key={f.name}>
        <label htmlFor={id} className="block font-medium">
          {f.label} {f.required ? null : <span className="font-normal text-slate-700">{texts.optional}</span>}
        </label>
        {f.help ? <p id={`${id}-hint`} className="text-sm text-slate-700">{f.help}</p> : null}
        <FieldError id={`${id}-error`} message={error} />
        {f.type === "textarea" ? (
          <textarea {...common} rows={3} maxLength={f.maxLength ?? 2000} />
        ) : f.type === "select" ? (
          <select {...common} className={`${common.className} sm:w-96`}>
            <option value="">{texts.selectPlaceholder}</option>
            {f.options?.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        ) : (
          <input
            {...common}
            type={INPUT_TYPE[f.type] ?? "text"}
            inputMode={f.type === "cccd" || f.type === "phone" ? "numeric" : f.type === "number" ? "decimal" : undefined}
            autoComplete="off"
            maxLength={f.type === "cccd" ? 12 : f.maxLength}
          />
        )}
      </div>
    );
  };

  return (
    <form id="intake-form" action={formAction} onSubmit={onSubmit} noValidate className="space-y-6">
      <input type="hidden" name="_procedure" value={props.procedureCode} />
      <input type="hidden" name="_key" value={props.idempotencyKey} />
      <ErrorSummary ref={summaryRef} id="intake-errors" title={texts.errorSummary} errors={summary} />

      {props.contactFields.length > 0 ? (
        <fieldset className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6">
          <legend className="px-1 text-lg font-semibold">{texts.applicantSection}</legend>
          {props.contactFields.map(renderField)}
        </fieldset>
      ) : null}

      <fieldset className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <legend className="px-1 text-lg font-semibold">{texts.formSection}</legend>
        {props.formFields.map(renderField)}
      </fieldset>

      {texts.documentLabels.length > 0 ? (
        <fieldset className="space-y-3 rounded-lg bg-white p-4 shadow-sm sm:p-6" aria-describedby="documents-hint">
          <legend className="px-1 text-lg font-semibold">{texts.documentsSection}</legend>
          <p id="documents-hint" className="text-sm text-slate-700">{texts.documentsHint}</p>
          {texts.documentLabels.map((label, i) => {
            const name = documentFieldName(i);
            const error = errors[name];
            return (
              <div key={name}>
                <FieldError id={`${name}-error`} message={error} />
                <div className="flex items-start gap-3">
                  <input
                    id={name}
                    type="checkbox"
                    name="documents"
                    value={name}
                    checked={ticked.has(name)}
                    onChange={(e) =>
                      setTicked((s) => {
                        const next = new Set(s);
                        if (e.target.checked) next.add(name);
                        else next.delete(name);
                        return next;
                      })
                    }
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${name}-error` : undefined}
                    className="mt-1 h-5 w-5 shrink-0 accent-brand-600"
                  />
                  <label htmlFor={name}>{label}</label>
                </div>
              </div>
            );
          })}
        </fieldset>
      ) : null}

      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-70">
        {pending ? texts.submitting : texts.submit}
      </button>
    </form>
  );
}
