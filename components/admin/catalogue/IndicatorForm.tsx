"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { formDataToObject } from "@/lib/validation/admin-catalogue-fields";
import { checkIndicator, INDICATOR_DIRECTIONS, PERIODICITIES } from "@/lib/validation/admin-indicators";
import { AdminErrorSummary, controlProps, Field } from "./fields";
import { INITIAL_ADMIN_FORM_STATE, type AdminFormAction } from "./form-state";
import { catalogueTexts, type UiLocale } from "./texts";

export type IndicatorFormValues = {
  code: string;
  name: string;
  nameEn: string;
  pillarId: string;
  ownerAgencyId: string;
  unit: string;
  direction: string;
  periodicity: string;
  baselineValue: string;
  target2025: string;
  target2030: string;
  description: string;
  isKey: boolean;
  isActive: boolean;
};

type Options = { pillars: { id: string; name: string }[]; agencies: { id: string; name: string }[] };

const ORDER = ["code", "name", "nameEn", "pillarId", "ownerAgencyId", "unit", "direction", "periodicity", "baselineValue", "target2025", "target2030", "description"];

export function IndicatorForm({ action, locale, id, initial, options, isNew, periodLocked }: {
  action: AdminFormAction;
  locale: UiLocale;
  id?: string;
  initial: IndicatorFormValues;
  options: Options;
  isNew: boolean;
  periodLocked: boolean;
}) {
  const c = catalogueTexts(locale);
  const k = c.indicators;
  const f = k.fields;
  const [state, formAction, pending] = useActionState(action, INITIAL_ADMIN_FORM_STATE);
  const [values, setValues] = useState(initial);
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [clientSeq, setClientSeq] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const errors = clientErrors ?? state.fieldErrors;
  const formError = clientErrors ? null : state.formError;

  useEffect(() => {
    if (state.seq === 0 && clientSeq === 0) return;
    summaryRef.current?.focus();
  }, [state.seq, clientSeq]);

  const set = (key: Exclude<keyof IndicatorFormValues, "isKey" | "isActive">) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const check = checkIndicator(formDataToObject(new FormData(event.currentTarget)));
    if (check.ok) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    setClientErrors(check.fieldErrors);
    setClientSeq((n) => n + 1);
  }

  const text = (name: "code" | "name" | "nameEn" | "unit", label: string, max: number, narrow = false) => (
    <Field name={name} label={label} errors={errors}>
      <input {...controlProps(name, errors)} value={values[name]} onChange={set(name)} maxLength={max} className={`${controlProps(name, errors).className} ${narrow ? "sm:w-48" : ""}`} />
    </Field>
  );
  const number = (name: "baselineValue" | "target2025" | "target2030", label: string) => (
    <Field name={name} label={label} hint={f.numberHint} errors={errors}>
      <input {...controlProps(name, errors, true)} value={values[name]} onChange={set(name)} inputMode="decimal" maxLength={24} className={`${controlProps(name, errors).className} sm:w-56`} />
    </Field>
  );

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-6">
      <AdminErrorSummary title={c.errorSummary} errors={errors} formError={formError} order={ORDER} summaryRef={summaryRef} />
      {id ? <input type="hidden" name="_id" value={id} /> : null}
      <div className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6">
        {text("code", f.code, 40, true)}
        {text("name", f.name, 320)}
        {text("nameEn", f.nameEn, 320)}
        <div className="grid gap-4 md:grid-cols-2">
          <Field name="pillarId" label={f.pillar} errors={errors}>
            <select {...controlProps("pillarId", errors)} value={values.pillarId} onChange={set("pillarId")}>
              <option value="">{c.selectPlaceholder}</option>
              {options.pillars.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
          </Field>
          <Field name="ownerAgencyId" label={f.owner} errors={errors}>
            <select {...controlProps("ownerAgencyId", errors)} value={values.ownerAgencyId} onChange={set("ownerAgencyId")}>
              <option value="">{c.selectPlaceholder}</option>
              {options.agencies.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
            </select>
          </Field>
          {text("unit", f.unit, 60, true)}
          <Field name="direction" label={f.direction} errors={errors}>
            <select {...controlProps("direction", errors)} value={values.direction} onChange={set("direction")}>
              {INDICATOR_DIRECTIONS.map((d) => <option key={d} value={d}>{f.directions[d]}</option>)}
            </select>
          </Field>
          <Field name="periodicity" label={f.periodicity} errors={errors}>
            {periodLocked ? <input type="hidden" name="periodicity" value={values.periodicity} /> : null}
            <select {...controlProps("periodicity", errors)} name={periodLocked ? undefined : "periodicity"} value={values.periodicity} onChange={set("periodicity")} disabled={periodLocked}>
              {PERIODICITIES.map((p) => <option key={p} value={p}>{f.periodicities[p]}</option>)}
            </select>
          </Field>
        </div>
        <div className="grid gap-4 md:grid-cols-3">
          {number("baselineValue", `${f.baseline} ${c.optional}`)}
          {number("target2025", f.target2025)}
          {number("target2030", f.target2030)}
        </div>
        <Field name="description" label={f.description} errors={errors}>
          <textarea {...controlProps("description", errors)} value={values.description} onChange={set("description")} rows={4} maxLength={2020} />
        </Field>
        {(["isKey", "isActive"] as const).map((name) => (
          <div key={name} className="flex items-start gap-2">
            <input id={name} name={name} type="checkbox" checked={values[name]} onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.checked }))} className="mt-1 h-5 w-5" />
            <label htmlFor={name}>{f[name]}</label>
          </div>
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending} className="rounded bg-brand-600 px-6 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-70">{pending ? c.saving : isNew ? c.create : c.save}</button>
        <a href="/admin/indicators" className="text-brand-700 underline">{k.back}</a>
      </div>
    </form>
  );
}
