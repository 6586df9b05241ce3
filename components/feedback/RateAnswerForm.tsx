"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { ErrorSummary } from "./ErrorSummary";
import type { RateFormState } from "./feedback-state";

export type RateAnswerTexts = { title: string; hint: string; yes: string; no: string; submit: string; errorSummary: string; required: string };

type Action = (state: RateFormState, formData: FormData) => Promise<RateFormState>;

/** "Are you satisfied?" — two radios and a button; works without JavaScript. */
export function RateAnswerForm({ action, initialState, code, texts }: { action: Action; initialState: RateFormState; code: string; texts: RateAnswerTexts }) {
  const [state, formAction, pending] = useActionState(action, initialState);
  const [clientError, setClientError] = useState<string | null>(null);
  const [clientSeq, setClientSeq] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const fieldError = clientError ?? state.fieldError;
  const formError = clientError ? null : state.formError;

  useEffect(() => {
    if (state.seq === 0 && clientSeq === 0) return;
    summaryRef.current?.focus();
  }, [state.seq, clientSeq]);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const chosen = new FormData(event.currentTarget).get("satisfied");
    if (chosen === "yes" || chosen === "no") {
      setClientError(null);
      return;
    }
    event.preventDefault();
    setClientError(texts.required);
    setClientSeq((n) => n + 1);
  }

  const items = [formError, fieldError].filter((t): t is string => !!t).map((text) => ({ href: "#satisfied-yes", text }));

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="mt-4 space-y-3">
      <ErrorSummary ref={summaryRef} id="rate-errors" title={texts.errorSummary} items={items} />
      <input type="hidden" name="code" value={code} />
      <fieldset aria-describedby={["rate-hint", fieldError ? "satisfied-error" : null].filter(Boolean).join(" ")}>
        <legend className="font-semibold">{texts.title}</legend>
        <p id="rate-hint" className="text-sm text-slate-700">{texts.hint}</p>
        {fieldError ? <p id="satisfied-error" className="text-sm font-medium text-red-700">{fieldError}</p> : null}
        <div className="mt-2 flex flex-wrap gap-6">
          <label className="flex items-center gap-2">
            <input id="satisfied-yes" type="radio" name="satisfied" value="yes" className="h-5 w-5" /> {texts.yes}
          </label>
          <label className="flex items-center gap-2">
            <input id="satisfied-no" type="radio" name="satisfied" value="no" className="h-5 w-5" /> {texts.no}
          </label>
        </div>
      </fieldset>
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-70">
        {texts.submit}
      </button>
    </form>
  );
}
