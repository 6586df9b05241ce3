"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { AdminErrorSummary, controlProps, Field } from "./fields";
import { INITIAL_ADMIN_FORM_STATE, type AdminFormAction } from "./form-state";
import { catalogueTexts, type UiLocale } from "./texts";

/** Adds a sector: code, name, English name. */
export function SectorCreateForm({ action, locale }: { action: AdminFormAction; locale: UiLocale }) {
  const s = catalogueTexts(locale).sectors;
  const c = catalogueTexts(locale);
  const [state, formAction, pending] = useActionState(action, INITIAL_ADMIN_FORM_STATE);
  const [values, setValues] = useState({ code: "", name: "", nameEn: "" });
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.seq > 0) ref.current?.focus();
  }, [state.seq]);
  const errors = state.fieldErrors;
  const set = (k: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement>) => setValues((v) => ({ ...v, [k]: e.target.value }));
  return (
    <form action={formAction} noValidate className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <AdminErrorSummary title={c.errorSummary} errors={errors} formError={state.formError} order={["code", "name", "nameEn"]} summaryRef={ref} />
      <Field name="code" label={s.code} hint={s.codeHint} errors={errors}>
        <input {...controlProps("code", errors, true)} value={values.code} onChange={set("code")} maxLength={40} autoComplete="off" className={`${controlProps("code", errors).className} sm:w-48`} />
      </Field>
      <Field name="name" label={s.name} errors={errors}>
        <input {...controlProps("name", errors)} value={values.name} onChange={set("name")} maxLength={220} />
      </Field>
      <Field name="nameEn" label={s.nameEn} errors={errors}>
        <input {...controlProps("nameEn", errors)} value={values.nameEn} onChange={set("nameEn")} maxLength={220} />
      </Field>
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-70">{pending ? c.saving : s.add}</button>
    </form>
  );
}

/** Renames one sector (inline in its table row). */
export function SectorRenameForm({ action, locale, sector }: { action: AdminFormAction; locale: UiLocale; sector: { id: string; code: string; name: string; nameEn: string } }) {
  const s = catalogueTexts(locale).sectors;
  const c = catalogueTexts(locale);
  const [state, formAction, pending] = useActionState(action, INITIAL_ADMIN_FORM_STATE);
  const [values, setValues] = useState({ name: sector.name, nameEn: sector.nameEn });
  const errors = state.fieldErrors;
  const prefix = `sector-${sector.code}`;
  const props = (k: "name" | "nameEn") => {
    const base = controlProps(k, errors);
    return { ...base, id: `${prefix}-${k}`, "aria-describedby": errors[k] ? `${prefix}-${k}-error` : undefined };
  };
  return (
    <form action={formAction} noValidate className="space-y-2">
      <fieldset className="space-y-2">
        <legend className="sr-only">{s.renameLegend(sector.code)}</legend>
        <input type="hidden" name="_id" value={sector.id} />
        {state.formError ? <p role="alert" className="text-sm font-medium text-red-700">{state.formError}</p> : null}
        {(["name", "nameEn"] as const).map((k) => (
          <div key={k}>
            <label htmlFor={`${prefix}-${k}`} className="block text-sm font-medium">{k === "name" ? s.name : s.nameEn}</label>
            {errors[k] ? <p id={`${prefix}-${k}-error`} className="text-sm font-medium text-red-700">{errors[k]}</p> : null}
            <input {...props(k)} value={values[k]} onChange={(e) => setValues((v) => ({ ...v, [k]: e.target.value }))} maxLength={220} />
          </div>
        ))}
        <button type="submit" disabled={pending} className="rounded border border-brand-600 bg-white px-3 py-1 text-sm font-semibold text-brand-700 hover:bg-brand-50">{pending ? c.saving : s.rename}</button>
      </fieldset>
    </form>
  );
}
