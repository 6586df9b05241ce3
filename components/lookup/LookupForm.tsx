"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import type { TLookupField } from "@/lib/validation/lookup";
import type { LookupFormState } from "./lookup-state";

export type LookupTexts = {
  codeLabel: string;
  codeHint: string;
  phoneLabel: string;
  phoneHint: string;
  submit: string;
  submitting: string;
  errorSummary: string;
  resultTitle: string;
  code: string;
  status: string;
  procedure: string;
  agency: string;
  submitted: string;
  due: string;
  privacyNote: string;
  signInForMore: string;
};

type Action = (state: LookupFormState, formData: FormData) => Promise<LookupFormState>;

const FIELDS: TLookupField[] = ["code", "phoneLast4"];

/**
 * GOV.UK-style form posted to a server action: works without JavaScript (the server renders
 * the answer). The schema is checked on the server only — before any database access or rate
 * limit — so the public page does not ship the validation library (JS budget).
 * Input is kept on error.
 */
export function LookupForm({ action, initialState, texts }: { action: Action; initialState: LookupFormState; texts: LookupTexts }) {
  const [state, formAction, pending] = useActionState(action, initialState);
  const [code, setCode] = useState(state.values.code);
  const [phoneLast4, setPhoneLast4] = useState(state.values.phoneLast4);
  const summaryRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);

  const { fieldErrors, formError, result } = state;

  useEffect(() => {
    if (state.seq === 0) return;
    if (state.formError || Object.keys(state.fieldErrors).length > 0) summaryRef.current?.focus();
    else if (state.result) resultRef.current?.focus();
  }, [state]);

  const summary = [
    formError ? { href: "#code", text: formError } : null,
    ...FIELDS.map((f) => (fieldErrors[f] ? { href: `#${f}`, text: fieldErrors[f] } : null)),
  ].filter((e): e is { href: string; text: string } => e !== null);

  const inputClass = (field: TLookupField) =>
    `mt-1 w-full rounded border px-3 py-2 ${fieldErrors[field] ? "border-2 border-red-700" : "border-slate-500"}`;
  const describedBy = (field: TLookupField) => [`${field}-hint`, fieldErrors[field] ? `${field}-error` : null].filter(Boolean).join(" ");

  return (
    <div className="space-y-6">
      <form action={formAction} noValidate className="max-w-xl space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6">
        {summary.length > 0 ? (
          <div ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby="lookup-error-title" className="rounded border-2 border-red-700 bg-red-50 p-4">
            <h2 id="lookup-error-title" className="font-semibold text-red-800">{texts.errorSummary}</h2>
            <ul className="mt-2 list-disc pl-5">
              {summary.map((e) => (
                <li key={e.text}><a href={e.href} className="text-red-800 underline">{e.text}</a></li>
              ))}
            </ul>
          </div>
        ) : null}
        <div>
          <label htmlFor="code" className="block font-medium">{texts.codeLabel}</label>
          <p id="code-hint" className="text-sm text-slate-700">{texts.codeHint}</p>
          {fieldErrors.code ? <p id="code-error" className="text-sm font-medium text-red-700">{fieldErrors.code}</p> : null}
          <input
            id="code"
            name="code"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={40}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            aria-invalid={fieldErrors.code ? true : undefined}
            aria-describedby={describedBy("code")}
            className={`${inputClass("code")} font-mono uppercase`}
          />
        </div>
        <div>
          <label htmlFor="phoneLast4" className="block font-medium">{texts.phoneLabel}</label>
          <p id="phoneLast4-hint" className="text-sm text-slate-700">{texts.phoneHint}</p>
          {fieldErrors.phoneLast4 ? <p id="phoneLast4-error" className="text-sm font-medium text-red-700">{fieldErrors.phoneLast4}</p> : null}
          <input
            id="phoneLast4"
            name="phoneLast4"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            value={phoneLast4}
            onChange={(e) => setPhoneLast4(e.target.value)}
            aria-invalid={fieldErrors.phoneLast4 ? true : undefined}
            aria-describedby={describedBy("phoneLast4")}
            className={`${inputClass("phoneLast4")} max-w-[8rem] font-mono`}
          />
        </div>
        <button type="submit" disabled={pending} className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-70">
          {pending ? texts.submitting : texts.submit}
        </button>
      </form>

      {result ? (
        <section aria-labelledby="lookup-result-title" className="max-w-xl rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
          <h2 id="lookup-result-title" ref={resultRef} tabIndex={-1} className="text-xl font-semibold">{texts.resultTitle}</h2>
          <dl className="mt-3 grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
            <dt className="font-medium text-slate-700">{texts.code}</dt>
            <dd className="break-all font-mono">{result.code}</dd>
            <dt className="font-medium text-slate-700">{texts.status}</dt>
            <dd className="font-semibold text-brand-700">{result.status}</dd>
            <dt className="font-medium text-slate-700">{texts.procedure}</dt>
            <dd>{result.procedureName}</dd>
            <dt className="font-medium text-slate-700">{texts.agency}</dt>
            <dd>{result.agencyName}</dd>
            <dt className="font-medium text-slate-700">{texts.submitted}</dt>
            <dd>{result.submittedAt}</dd>
            <dt className="font-medium text-slate-700">{texts.due}</dt>
            <dd>{result.dueAt}</dd>
          </dl>
          <p className="mt-4 text-sm text-slate-700">{texts.privacyNote}</p>
          <a href="/my" className="mt-2 inline-block text-brand-700 underline">{texts.signInForMore}</a>
        </section>
      ) : null}
    </div>
  );
}
