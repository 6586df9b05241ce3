"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { ErrorSummary, FieldError } from "@/components/dossiers/ErrorSummary";
import { INITIAL_TOKEN_FORM_STATE, type TokenFormAction } from "./token-form-state";

export type CreateTokenTexts = {
  createTitle: string;
  nameLabel: string;
  nameHint: string;
  agencyLabel: string;
  agencyHint: string;
  agencyPlaceholder: string;
  scopesLegend: string;
  scopesHint: string;
  expiresLabel: string;
  expiresHint: string;
  create: string;
  creating: string;
  errorSummary: string;
  createdTitle: string;
  createdLead: string;
  secretLabel: string;
  copyHint: string;
  copy: string;
  copied: string;
  scopes: Record<string, string>;
};

/** Creates a token; the secret appears once, in this answer, with a copy button. */
export function CreateTokenForm({ action, agencies, scopes, texts }: { action: TokenFormAction; agencies: { id: string; name: string }[]; scopes: readonly string[]; texts: CreateTokenTexts }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_TOKEN_FORM_STATE);
  const [copied, setCopied] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const createdRef = useRef<HTMLDivElement>(null);
  const fe = state.fieldErrors;

  useEffect(() => {
    if (state.created) createdRef.current?.focus();
    else if (state.seq > 0) summaryRef.current?.focus();
    setCopied(false);
  }, [state]);

  const errors = [
    state.formError ? { href: "#token-name", text: state.formError } : null,
    fe.name ? { href: "#token-name", text: fe.name } : null,
    fe.agencyId ? { href: "#token-agency", text: fe.agencyId } : null,
    fe.scopes ? { href: `#token-scope-${scopes[0]}`, text: fe.scopes } : null,
    fe.expires ? { href: "#token-expires", text: fe.expires } : null,
  ].filter((e): e is { href: string; text: string } => e !== null);
  const border = (bad: unknown) => (bad ? "border-2 border-red-700" : "border-slate-500");
  const describedBy = (id: string, bad: unknown) => [`${id}-hint`, bad ? `${id}-error` : null].filter(Boolean).join(" ");

  return (
    <section aria-labelledby="token-create-title" className="space-y-4">
      {state.created ? (
        <div ref={createdRef} tabIndex={-1} role="status" aria-labelledby="token-created-title" className="space-y-2 rounded border-l-4 border-green-700 bg-green-50 p-4">
          <h2 id="token-created-title" className="text-xl font-semibold text-green-900">{texts.createdTitle}: {state.created.name}</h2>
          <p>{texts.createdLead}</p>
          <label htmlFor="token-secret" className="block font-medium">{texts.secretLabel}</label>
          <p id="token-secret-hint" className="text-sm text-slate-700">{texts.copyHint}</p>
          <div className="flex flex-wrap items-center gap-2">
            <input id="token-secret" readOnly value={state.created.secret} aria-describedby="token-secret-hint" onFocus={(e) => e.currentTarget.select()} className="w-full max-w-xl rounded border border-slate-500 bg-white px-3 py-2 font-mono text-sm" />
            <button
              type="button"
              onClick={() => navigator.clipboard?.writeText(state.created!.secret).then(() => setCopied(true), () => setCopied(false))}
              className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50"
            >
              {copied ? texts.copied : texts.copy}
            </button>
            <span aria-live="polite" className="sr-only">{copied ? texts.copied : ""}</span>
          </div>
        </div>
      ) : null}
      <h2 id="token-create-title" className="text-xl font-semibold">{texts.createTitle}</h2>
      <form key={state.seq} action={formAction} noValidate className="max-w-xl space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <ErrorSummary id="token-errors" title={texts.errorSummary} errors={errors} ref={summaryRef} />
        <div>
          <label htmlFor="token-name" className="block font-medium">{texts.nameLabel}</label>
          <p id="token-name-hint" className="text-sm text-slate-700">{texts.nameHint}</p>
          <FieldError id="token-name-error" message={fe.name} />
          <input id="token-name" name="name" type="text" maxLength={120} autoComplete="off" defaultValue={state.created ? "" : state.values.name} aria-invalid={fe.name ? true : undefined} aria-describedby={describedBy("token-name", fe.name)} className={`mt-1 w-full rounded border bg-white px-3 py-2 ${border(fe.name)}`} />
        </div>
        <div>
          <label htmlFor="token-agency" className="block font-medium">{texts.agencyLabel}</label>
          <p id="token-agency-hint" className="text-sm text-slate-700">{texts.agencyHint}</p>
          <FieldError id="token-agency-error" message={fe.agencyId} />
          <select id="token-agency" name="agencyId" defaultValue={state.created ? "" : state.values.agencyId} aria-invalid={fe.agencyId ? true : undefined} aria-describedby={describedBy("token-agency", fe.agencyId)} className={`mt-1 w-full rounded border bg-white px-3 py-2 ${border(fe.agencyId)}`}>
            <option value="">{texts.agencyPlaceholder}</option>
            {agencies.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </select>
        </div>
        <fieldset aria-describedby={describedBy("token-scopes", fe.scopes)}>
          <legend className="font-medium">{texts.scopesLegend}</legend>
          <p id="token-scopes-hint" className="text-sm text-slate-700">{texts.scopesHint}</p>
          <FieldError id="token-scopes-error" message={fe.scopes} />
          {scopes.map((scope) => (
            <div key={scope} className="mt-2 flex items-center gap-2">
              <input id={`token-scope-${scope}`} type="checkbox" name="scopes" value={scope} defaultChecked={(state.created ? INITIAL_TOKEN_FORM_STATE.values.scopes : state.values.scopes).includes(scope)} className="h-5 w-5" />
              <label htmlFor={`token-scope-${scope}`}>{texts.scopes[scope] ?? scope} <span className="font-mono text-sm text-slate-700">({scope})</span></label>
            </div>
          ))}
        </fieldset>
        <div>
          <label htmlFor="token-expires" className="block font-medium">{texts.expiresLabel}</label>
          <p id="token-expires-hint" className="text-sm text-slate-700">{texts.expiresHint}</p>
          <FieldError id="token-expires-error" message={fe.expires} />
          <input id="token-expires" name="expires" type="text" inputMode="numeric" placeholder="dd/mm/yyyy" maxLength={10} autoComplete="off" defaultValue={state.created ? "" : state.values.expires} aria-invalid={fe.expires ? true : undefined} aria-describedby={describedBy("token-expires", fe.expires)} className={`mt-1 w-full rounded border bg-white px-3 py-2 sm:w-48 ${border(fe.expires)}`} />
        </div>
        <button type="submit" disabled={pending} className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-70">
          {pending ? texts.creating : texts.create}
        </button>
      </form>
    </section>
  );
}
