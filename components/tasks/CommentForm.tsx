"use client";

import { useActionState, useEffect, useState } from "react";
import { ErrorSummary, FieldError } from "@/components/dossiers/ErrorSummary";
import { INITIAL_FORM_STATE, type DossierFormAction } from "@/components/dossiers/form-state";
import { useFocusOnError } from "@/components/dossiers/use-focus-on-error";
import { COMMENT_MAX, taskFormErrors, ZTaskComment, type TTaskFormError } from "@/lib/validation/task-progress";

export type CommentTexts = { label: string; hint: string; submit: string; errorSummary: string; errors: Record<TTaskFormError, string> };

/** A leader's comment on a task: checked in the browser and on the server; works without JavaScript. */
export function CommentForm({ action, code, texts }: { action: DossierFormAction; code: string; texts: CommentTexts }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const [clientError, setClientError] = useState<string | null>(null);
  const summaryRef = useFocusOnError(state);
  const error = clientError ?? state.fieldErrors.body;

  useEffect(() => {
    if (clientError) summaryRef.current?.focus();
  }, [clientError, summaryRef]);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const parsed = ZTaskComment.safeParse({ body: new FormData(event.currentTarget).get("body") });
    if (parsed.success) return setClientError(null);
    event.preventDefault();
    setClientError(texts.errors[taskFormErrors(parsed.error).body ?? "body.required"]);
  }

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="mt-4 space-y-3">
      <ErrorSummary ref={summaryRef} id="comment-errors" title={texts.errorSummary} errors={error ? [{ href: "#comment-body", text: error }] : []} />
      <input type="hidden" name="code" value={code} />
      <div>
        <label htmlFor="comment-body" className="block font-medium">{texts.label}</label>
        <p id="comment-body-hint" className="text-sm text-slate-700">{texts.hint}</p>
        <FieldError id="comment-body-error" message={error} />
        <textarea
          key={state.seq}
          id="comment-body"
          name="body"
          rows={3}
          maxLength={COMMENT_MAX}
          defaultValue={state.values.body ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={["comment-body-hint", error ? "comment-body-error" : null].filter(Boolean).join(" ")}
          className={`mt-1 block w-full rounded border bg-white px-3 py-2 ${error ? "border-2 border-red-700" : "border-slate-500"}`}
        />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-70">
        {texts.submit}
      </button>
    </form>
  );
}
