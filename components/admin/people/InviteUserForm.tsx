"use client";

import Link from "next/link";
import { INVITE_FIELDS, ZInviteUser, type TAdminError } from "@/lib/validation/admin-people";
import type { InvitedResult } from "@/app/admin/users/actions";
import { FormErrorSummary, initialAdminState, OneTimeLink, SelectField, SubmitButton, TextField, useAdminForm, type AdminFormAction } from "./form-kit";

export type InviteTexts = {
  errorSummary: string;
  fullName: string;
  email: string;
  emailHint: string;
  phone: string;
  phoneHint: string;
  role: string;
  agency: string;
  agencyHint: string;
  noAgency: string;
  titleField: string;
  titleHint: string;
  submit: string;
  submitting: string;
  invitedTitle: string;
  linkLabel: string;
  openUser: string;
  inviteAnother: string;
  optional: string;
  errors: Record<TAdminError, string>;
};

export function InviteUserForm({ action, texts, roles, agencies }: {
  action: AdminFormAction<InvitedResult>;
  texts: InviteTexts;
  roles: { value: string; label: string }[];
  agencies: { value: string; label: string }[];
}) {
  const form = useAdminForm<InvitedResult>({
    action,
    initial: initialAdminState({ fullName: "", email: "", phone: "", role: "OFFICER", agencyId: "", title: "" }),
    schema: ZInviteUser,
    fields: INVITE_FIELDS,
    errorTexts: texts.errors,
  });
  const invited = form.state.result;
  return (
    <div className="space-y-6">
      {invited ? (
        <section aria-labelledby="invited-title" className="space-y-3 rounded-lg border-2 border-green-700 bg-green-50 p-4" role="status">
          <h2 id="invited-title" className="text-lg font-semibold text-green-900">{texts.invitedTitle}</h2>
          <p>{invited.message}</p>
          <OneTimeLink id="invite-link" label={texts.linkLabel} link={invited.link} note={invited.expiresNote} />
          <p>{invited.emailNote}</p>
          <p className="flex flex-wrap gap-4">
            <Link href={`/admin/users/${invited.userId}`} className="text-brand-700 underline">{texts.openUser}</Link>
          </p>
        </section>
      ) : null}
      <form action={form.formAction} onSubmit={form.onSubmit} noValidate className="max-w-2xl space-y-5 rounded-lg bg-white p-4 shadow-sm sm:p-6">
        {invited ? <h2 className="text-lg font-semibold">{texts.inviteAnother}</h2> : null}
        <FormErrorSummary id="invite-errors" title={texts.errorSummary} items={form.summary} summaryRef={form.summaryRef} />
        <TextField label={texts.fullName} field={form.bind("fullName")} autoComplete="off" />
        <TextField label={texts.email} hint={texts.emailHint} type="email" inputMode="email" field={form.bind("email")} />
        <TextField label={`${texts.phone} ${texts.optional}`} hint={texts.phoneHint} type="tel" inputMode="tel" field={form.bind("phone")} />
        <SelectField label={texts.role} field={form.bind("role")} options={roles} />
        <SelectField label={texts.agency} hint={texts.agencyHint} field={form.bind("agencyId")} options={[{ value: "", label: texts.noAgency }, ...agencies]} />
        <TextField label={`${texts.titleField} ${texts.optional}`} hint={texts.titleHint} field={form.bind("title")} />
        <SubmitButton pending={form.pending} label={texts.submit} pendingLabel={texts.submitting} />
      </form>
    </div>
  );
}
