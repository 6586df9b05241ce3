"use client";

import { FormErrorSummary, initialAdminState, SelectField, SubmitButton, TextField, useAdminForm, type AdminFormAction } from "@/components/admin/people/form-kit";
import { HOLIDAY_FIELDS, ZHoliday, type TAdminError } from "@/lib/validation/admin-people";

export type HolidayFormTexts = {
  errorSummary: string; date: string; dateHint: string; name: string; nameHint: string; kind: string; kindHint: string; add: string; adding: string;
  errors: Record<TAdminError, string>;
};

export function AddHolidayForm({ action, texts, kinds }: { action: AdminFormAction<undefined>; texts: HolidayFormTexts; kinds: { value: string; label: string }[] }) {
  const form = useAdminForm<undefined>({ action, initial: initialAdminState({ date: "", name: "", kind: "HOLIDAY" }), schema: ZHoliday, fields: HOLIDAY_FIELDS, errorTexts: texts.errors });
  return (
    <form action={form.formAction} onSubmit={form.onSubmit} noValidate className="space-y-4">
      <FormErrorSummary id="holiday-errors" title={texts.errorSummary} items={form.summary} summaryRef={form.summaryRef} />
      <TextField label={texts.date} hint={texts.dateHint} inputMode="numeric" field={form.bind("date")} />
      <TextField label={texts.name} hint={texts.nameHint} field={form.bind("name")} />
      <SelectField label={texts.kind} hint={texts.kindHint} field={form.bind("kind")} options={kinds} />
      <SubmitButton pending={form.pending} label={texts.add} pendingLabel={texts.adding} />
    </form>
  );
}
