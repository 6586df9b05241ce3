"use client";
// Small building blocks shared by the administration forms (users, agencies, holidays,
// set-password): GOV.UK pattern — an error summary linked to the fields, the message beside
// each field, typed input kept; the same zod schema checked in the browser before sending.
import { useActionState, useEffect, useRef, useState } from "react";
import type { z } from "zod";
import { ErrorSummary, FieldError } from "@/components/dossiers/ErrorSummary";
import { adminFieldErrors, type TAdminError } from "@/lib/validation/admin-people";

export type AdminFormState<R = undefined> = {
  seq: number;
  values: Record<string, string>;
  /** Display-ready messages by field. */
  fieldErrors: Record<string, string>;
  formError: string | null;
  /** What a successful submission returns (e.g. a link to show once). */
  result?: R;
};

export function initialAdminState<R = undefined>(values: Record<string, string>): AdminFormState<R> {
  return { seq: 0, values, fieldErrors: {}, formError: null };
}

export type AdminFormAction<R> = (state: AdminFormState<R>, formData: FormData) => Promise<AdminFormState<R>>;

/**
 * Form state: the server action's answer, the values as typed, and errors from the browser
 * check (the schema's keys turned into texts). Moves the focus to the summary on errors.
 */
export function useAdminForm<R>(options: {
  action: AdminFormAction<R>;
  initial: AdminFormState<R>;
  schema?: z.ZodType;
  fields: readonly string[];
  errorTexts: Record<TAdminError, string>;
}) {
  const [state, formAction, pending] = useActionState(options.action, options.initial);
  const [values, setValues] = useState<Record<string, string>>(state.values);
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [clientSeq, setClientSeq] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [lastSeq, setLastSeq] = useState(state.seq);

  // A new answer from the server: its errors replace the browser's, its values are kept.
  if (state.seq !== lastSeq) {
    setLastSeq(state.seq);
    setClientErrors(null);
    setValues(state.values);
  }

  const fieldErrors = clientErrors ?? state.fieldErrors;
  const formError = clientErrors ? null : state.formError;

  useEffect(() => {
    if ((state.seq > 0 || clientSeq > 0) && (formError || Object.keys(fieldErrors).length > 0)) summaryRef.current?.focus();
  }, [state.seq, clientSeq]);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    if (!options.schema) return;
    const parsed = options.schema.safeParse(values);
    if (parsed.success) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    const keys = adminFieldErrors(parsed.error);
    const next: Record<string, string> = {};
    for (const field of options.fields) if (keys[field]) next[field] = options.errorTexts[keys[field]];
    setClientErrors(next);
    setClientSeq((n) => n + 1);
  }

  const summary = [
    ...(formError ? [{ href: `#${options.fields[0]}`, text: formError }] : []),
    ...options.fields.filter((f) => fieldErrors[f]).map((f) => ({ href: `#${f}`, text: fieldErrors[f] })),
  ];

  const bind = (field: string) => ({
    id: field,
    name: field,
    value: values[field] ?? "",
    error: fieldErrors[field],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setValues((v) => ({ ...v, [field]: e.target.value })),
  });

  return { state, formAction, pending, values, fieldErrors, summary, summaryRef, onSubmit, bind };
}

export function FormErrorSummary({ id, title, items, summaryRef }: { id: string; title: string; items: { href: string; text: string }[]; summaryRef: React.Ref<HTMLDivElement> }) {
  return <ErrorSummary ref={summaryRef} id={id} title={title} errors={items} />;
}

type Bound = ReturnType<ReturnType<typeof useAdminForm>["bind"]>;

const inputClass = (error?: string) => `mt-1 w-full rounded border bg-white px-3 py-2 ${error ? "border-2 border-red-700" : "border-slate-500"}`;

function describedBy(id: string, hint?: string, error?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function TextField({ label, hint, type = "text", autoComplete, field, inputMode }: {
  label: string;
  hint?: string;
  type?: "text" | "email" | "tel" | "password";
  autoComplete?: string;
  inputMode?: "text" | "email" | "tel" | "numeric";
  field: Bound;
}) {
  const { error, ...input } = field;
  return (
    <div>
      <label htmlFor={field.id} className="block font-medium">{label}</label>
      {hint ? <p id={`${field.id}-hint`} className="text-sm text-slate-700">{hint}</p> : null}
      <FieldError id={`${field.id}-error`} message={error} />
      <input
        {...input}
        type={type}
        autoComplete={autoComplete ?? "off"}
        inputMode={inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(field.id, hint, error)}
        className={inputClass(error)}
      />
    </div>
  );
}

export function SelectField({ label, hint, field, options }: { label: string; hint?: string; field: Bound; options: { value: string; label: string }[] }) {
  const { error, ...select } = field;
  return (
    <div>
      <label htmlFor={field.id} className="block font-medium">{label}</label>
      {hint ? <p id={`${field.id}-hint`} className="text-sm text-slate-700">{hint}</p> : null}
      <FieldError id={`${field.id}-error`} message={error} />
      <select {...select} aria-invalid={error ? true : undefined} aria-describedby={describedBy(field.id, hint, error)} className={inputClass(error)}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}

export function SubmitButton({ pending, label, pendingLabel }: { pending: boolean; label: string; pendingLabel: string }) {
  return (
    <button type="submit" disabled={pending} className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-70">
      {pending ? pendingLabel : label}
    </button>
  );
}

/** A one-time link shown to the administrator, in a read-only field easy to select and copy. */
export function OneTimeLink({ id, label, link, note }: { id: string; label: string; link: string; note: string }) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">{label}</label>
      <p id={`${id}-hint`} className="text-sm text-slate-700">{note}</p>
      <input
        id={id}
        type="text"
        readOnly
        value={link}
        aria-describedby={`${id}-hint`}
        onFocus={(e) => e.currentTarget.select()}
        className="mt-1 w-full rounded border border-slate-500 bg-slate-50 px-3 py-2 font-mono text-sm"
      />
    </div>
  );
}
