"use client";

import { AGENCY_FIELDS, ZAgency, type TAdminError } from "@/lib/validation/admin-people";
import { FormErrorSummary, initialAdminState, SelectField, SubmitButton, TextField, useAdminForm, type AdminFormAction } from "@/components/admin/people/form-kit";

export type AgencyFormTexts = {
  errorSummary: string; code: string; codeHint: string; name: string; shortName: string; kind: string; parent: string; noParent: string;
  address: string; phone: string; email: string; optional: string; save: string; saving: string; errors: Record<TAdminError, string>;
};

export function AgencyForm({ action, id, initial, texts, kinds, parents }: {
  action: AdminFormAction<undefined>;
  id: string | null;
  initial: Record<string, string>;
  texts: AgencyFormTexts;
  kinds: { value: string; label: string }[];
  parents: { value: string; label: string }[];
}) {
  const form = useAdminForm<undefined>({ action, initial: initialAdminState(initial), schema: ZAgency, fields: AGENCY_FIELDS, errorTexts: texts.errors });
  const opt = (label: string) => `${label} ${texts.optional}`;
  return (
    <form action={form.formAction} onSubmit={form.onSubmit} noValidate className="max-w-2xl space-y-5 rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <FormErrorSummary id="agency-errors" title={texts.errorSummary} items={form.summary} summaryRef={form.summaryRef} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <TextField label={texts.code} hint={texts.codeHint} field={form.bind("code")} />
      <TextField label={texts.name} field={form.bind("name")} />
      <TextField label={texts.shortName} field={form.bind("shortName")} />
      <SelectField label={texts.kind} field={form.bind("kind")} options={kinds} />
      <SelectField label={texts.parent} field={form.bind("parentId")} options={[{ value: "", label: texts.noParent }, ...parents]} />
      <TextField label={opt(texts.address)} field={form.bind("address")} autoComplete="off" />
      <TextField label={opt(texts.phone)} type="tel" inputMode="tel" field={form.bind("phone")} />
      <TextField label={opt(texts.email)} type="email" inputMode="email" field={form.bind("email")} />
      <SubmitButton pending={form.pending} label={texts.save} pendingLabel={texts.saving} />
    </form>
  );
}
