"use client";

import { ROLE_FIELDS, ZChangeUserRole, type TAdminError } from "@/lib/validation/admin-people";
import type { ResetResult } from "@/app/admin/users/actions";
import { FormErrorSummary, initialAdminState, OneTimeLink, SelectField, SubmitButton, TextField, useAdminForm, type AdminFormAction } from "./form-kit";

export type RoleFormTexts = {
  errorSummary: string; role: string; agency: string; agencyHint: string; noAgency: string; titleField: string; save: string; saving: string;
  errors: Record<TAdminError, string>;
};

export function ChangeRoleForm({ action, userId, initial, texts, roles, agencies }: {
  action: AdminFormAction<undefined>;
  userId: string;
  initial: { role: string; agencyId: string; title: string };
  texts: RoleFormTexts;
  roles: { value: string; label: string }[];
  agencies: { value: string; label: string }[];
}) {
  const form = useAdminForm<undefined>({ action, initial: initialAdminState(initial), schema: ZChangeUserRole, fields: ROLE_FIELDS, errorTexts: texts.errors });
  return (
    <form action={form.formAction} onSubmit={form.onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="userId" value={userId} />
      <FormErrorSummary id="role-errors" title={texts.errorSummary} items={form.summary} summaryRef={form.summaryRef} />
      <SelectField label={texts.role} field={form.bind("role")} options={roles} />
      <SelectField label={texts.agency} hint={texts.agencyHint} field={form.bind("agencyId")} options={[{ value: "", label: texts.noAgency }, ...agencies]} />
      <TextField label={texts.titleField} field={form.bind("title")} />
      <SubmitButton pending={form.pending} label={texts.save} pendingLabel={texts.saving} />
    </form>
  );
}

export type ResetFormTexts = { errorSummary: string; button: string; pending: string; done: string; linkLabel: string; errors: Record<TAdminError, string> };

export function ResetPasswordForm({ action, userId, texts }: { action: AdminFormAction<ResetResult>; userId: string; texts: ResetFormTexts }) {
  const form = useAdminForm<ResetResult>({ action, initial: initialAdminState({}), fields: ["reset"], errorTexts: texts.errors });
  const done = form.state.result;
  return (
    <div className="space-y-3">
      {done ? (
        <div role="status" className="space-y-3 rounded border-2 border-green-700 bg-green-50 p-4">
          <p className="font-semibold text-green-900">{texts.done}</p>
          <OneTimeLink id="reset-link" label={texts.linkLabel} link={done.link} note={done.expiresNote} />
          <p>{done.emailNote}</p>
        </div>
      ) : null}
      <form action={form.formAction} className="space-y-3">
        <input type="hidden" name="userId" value={userId} />
        <FormErrorSummary id="reset-errors" title={texts.errorSummary} items={form.summary} summaryRef={form.summaryRef} />
        <button id="reset" type="submit" disabled={form.pending} className="rounded border-2 border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-70">
          {form.pending ? texts.pending : texts.button}
        </button>
      </form>
    </div>
  );
}
