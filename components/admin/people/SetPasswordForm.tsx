"use client";

import { PASSWORD_FIELDS, ZSetPassword, type TAdminError } from "@/lib/validation/admin-people";
import type { SetPasswordDone } from "@/app/set-password/actions";
import { FormErrorSummary, initialAdminState, SubmitButton, TextField, useAdminForm, type AdminFormAction } from "./form-kit";

export type SetPasswordTexts = {
  errorSummary: string; password: string; passwordHint: string; confirm: string; submit: string; submitting: string;
  doneTitle: string; doneBody: string; signIn: string; invalidTitle: string; errors: Record<TAdminError, string>;
};

export function SetPasswordForm({ action, token, email, texts }: { action: AdminFormAction<SetPasswordDone>; token: string; email: string | null; texts: SetPasswordTexts }) {
  const form = useAdminForm<SetPasswordDone>({ action, initial: initialAdminState({ password: "", confirm: "" }), schema: ZSetPassword, fields: PASSWORD_FIELDS, errorTexts: texts.errors });
  const result = form.state.result;
  if (result?.done) {
    return (
      <section role="status" aria-labelledby="done-title" className="space-y-3 rounded-lg border-2 border-green-700 bg-green-50 p-4">
        <h2 id="done-title" className="text-lg font-semibold text-green-900">{texts.doneTitle}</h2>
        <p>{texts.doneBody}</p>
        <p><a href="/sign-in" className="font-semibold text-brand-700 underline">{texts.signIn}</a></p>
      </section>
    );
  }
  if (result && !result.done) {
    return (
      <section role="alert" aria-labelledby="invalid-title" className="space-y-2 rounded-lg border-2 border-red-700 bg-red-50 p-4">
        <h2 id="invalid-title" className="text-lg font-semibold text-red-800">{texts.invalidTitle}</h2>
        <p>{result.linkProblem}</p>
      </section>
    );
  }
  return (
    <form action={form.formAction} onSubmit={form.onSubmit} noValidate className="max-w-xl space-y-5 rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <FormErrorSummary id="password-errors" title={texts.errorSummary} items={form.summary} summaryRef={form.summaryRef} />
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers store the new password under the right account. */}
      <input type="text" name="username" autoComplete="username" value={email ?? ""} readOnly hidden />
      <TextField label={texts.password} hint={texts.passwordHint} type="password" autoComplete="new-password" field={form.bind("password")} />
      <TextField label={texts.confirm} type="password" autoComplete="new-password" field={form.bind("confirm")} />
      <SubmitButton pending={form.pending} label={texts.submit} pendingLabel={texts.submitting} />
    </form>
  );
}
