"use client";

import { useActionState } from "react";
import type { SubmitState } from "@/app/my/dossiers/[id]/review/actions";

/**
 * A one-button form bound to a server action: disabled while the request runs (a double click
 * sends once; the idempotency key covers retries), with the error summary of the answer.
 */
export function ActionButtonForm(props: {
  action: (prev: SubmitState, form: FormData) => Promise<SubmitState>;
  hidden: Record<string, string>;
  label: string;
  pendingLabel: string;
  errorSummary: string;
  fieldLabels?: Record<string, string>;
  children?: React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState(props.action, {});
  const fieldErrors = Object.entries(state.errors ?? {});
  return (
    <form action={formAction} className="space-y-3">
      {Object.entries(props.hidden).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      {state.message ? (
        <div role="alert" aria-labelledby="action-errors-title" className="rounded border-2 border-red-700 bg-red-50 p-4">
          <h2 id="action-errors-title" className="font-semibold text-red-800">{props.errorSummary}</h2>
          <p className="text-red-800">{state.message}</p>
          {fieldErrors.length ? (
            <ul className="mt-2 list-disc pl-5">{fieldErrors.map(([k, v]) => <li key={k} className="text-red-800">{v}</li>)}</ul>
          ) : null}
        </div>
      ) : null}
      {props.children}
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-70">
        {pending ? props.pendingLabel : props.label}
      </button>
    </form>
  );
}
