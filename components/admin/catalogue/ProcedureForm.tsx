"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { fieldId, formDataToObject } from "@/lib/validation/admin-catalogue-fields";
import { checkFormSchema, checkProcedure, formSchemaIssueText, PROCEDURE_SCOPES, type FormSchemaIssue } from "@/lib/validation/admin-procedures";
import type { TFormSchema } from "@/lib/validation/form-schema";
import { PROCEDURE_LEVELS } from "@/lib/validation/procedures";
import { AddFieldHelper } from "./AddFieldHelper";
import { AdminErrorSummary, controlProps, Field } from "./fields";
import { FormSchemaPreview, type PreviewTexts } from "./FormSchemaPreview";
import type { AdminFormAction } from "./form-state";
import { INITIAL_ADMIN_FORM_STATE } from "./form-state";
import { catalogueTexts, type UiLocale } from "./texts";

export type ProcedureFormValues = {
  code: string;
  name: string;
  sectorId: string;
  scope: string;
  agencyId: string;
  level: string;
  processingDays: string;
  feeAmount: string;
  feeDescription: string;
  applicants: string;
  legalBasis: string;
  resultDescription: string;
  inPersonNote: string;
  requiredDocuments: { name: string; copies: string; required: boolean; note: string }[];
  steps: string[];
  formSchema: string;
};

type Options = { sectors: { id: string; name: string }[]; agencies: { id: string; name: string }[] };

const ORDER = ["code", "name", "sectorId", "scope", "agencyId", "level", "processingDays", "feeAmount", "feeDescription", "applicants", "requiredDocuments", "steps", "legalBasis", "resultDescription", "inPersonNote", "formSchema"];

let keySeq = 0;
const newKey = () => `k${++keySeq}`;

/**
 * Creates or edits a procedure. The browser checks everything with the same function as the
 * server (checkProcedure) before sending; the form field schema is JSON, checked against its own
 * zod definition, and previewed with the citizen's form components.
 */
export function ProcedureForm({ action, locale, id, version, initial, options, previewTexts, isNew }: {
  action: AdminFormAction;
  locale: UiLocale;
  id?: string;
  version?: number;
  initial: ProcedureFormValues;
  options: Options;
  previewTexts: PreviewTexts;
  isNew: boolean;
}) {
  const c = catalogueTexts(locale);
  const p = c.procedures;
  const [state, formAction, pending] = useActionState(action, INITIAL_ADMIN_FORM_STATE);
  const [values, setValues] = useState(initial);
  const [docKeys, setDocKeys] = useState(() => initial.requiredDocuments.map(newKey));
  const [stepKeys, setStepKeys] = useState(() => initial.steps.map(newKey));
  const [clientErrors, setClientErrors] = useState<{ fieldErrors: Record<string, string>; formSchemaErrors: string[] } | null>(null);
  const [clientSeq, setClientSeq] = useState(0);
  const [publishNow, setPublishNow] = useState(false);
  const [preview, setPreview] = useState<{ text: string; schema: TFormSchema | null; issues: FormSchemaIssue[] }>(() => previewOf(initial.formSchema));
  const summaryRef = useRef<HTMLDivElement>(null);

  const errors = clientErrors?.fieldErrors ?? state.fieldErrors;
  const schemaErrors = clientErrors?.formSchemaErrors ?? state.formSchemaErrors;
  const formError = clientErrors ? null : state.formError;

  useEffect(() => {
    if (state.seq === 0 && clientSeq === 0) return;
    summaryRef.current?.focus();
  }, [state.seq, clientSeq]);

  // Live preview: a moment after typing stops, a valid description replaces the preview; an
  // invalid one leaves the last preview (marked as outdated) until "Xem trước" shows its errors.
  useEffect(() => {
    if (values.formSchema === preview.text) return;
    const timer = setTimeout(() => {
      const next = previewOf(values.formSchema);
      if (next.schema) setPreview(next);
    }, 700);
    return () => clearTimeout(timer);
  }, [values.formSchema, preview.text]);

  const set = (key: keyof ProcedureFormValues) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  function setDoc(i: number, patch: Partial<ProcedureFormValues["requiredDocuments"][number]>) {
    setValues((v) => ({ ...v, requiredDocuments: v.requiredDocuments.map((d, j) => (j === i ? { ...d, ...patch } : d)) }));
  }
  function addDoc() {
    setValues((v) => ({ ...v, requiredDocuments: [...v.requiredDocuments, { name: "", copies: "1", required: true, note: "" }] }));
    setDocKeys((k) => [...k, newKey()]);
  }
  function removeDoc(i: number) {
    setValues((v) => ({ ...v, requiredDocuments: v.requiredDocuments.filter((_, j) => j !== i) }));
    setDocKeys((k) => k.filter((_, j) => j !== i));
  }
  function addStep() {
    setValues((v) => ({ ...v, steps: [...v.steps, ""] }));
    setStepKeys((k) => [...k, newKey()]);
  }
  function removeStep(i: number) {
    setValues((v) => ({ ...v, steps: v.steps.filter((_, j) => j !== i) }));
    setStepKeys((k) => k.filter((_, j) => j !== i));
  }
  function moveStep(i: number, by: -1 | 1) {
    const j = i + by;
    if (j < 0 || j >= values.steps.length) return;
    const swap = <T,>(list: T[]) => list.map((x, k) => (k === i ? list[j] : k === j ? list[i] : x));
    setValues((v) => ({ ...v, steps: swap(v.steps) }));
    setStepKeys((k) => swap(k));
  }

  function showPreview() {
    setPreview(previewOf(values.formSchema));
  }

  function reformat() {
    try {
      setValues((v) => ({ ...v, formSchema: JSON.stringify(JSON.parse(v.formSchema), null, 2) }));
    } catch {
      showPreview();
    }
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const check = checkProcedure(formDataToObject(new FormData(event.currentTarget)));
    if (check.ok) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    setClientErrors({ fieldErrors: check.fieldErrors, formSchemaErrors: check.formSchemaIssues.map(formSchemaIssueText) });
    setClientSeq((n) => n + 1);
    if (check.formSchemaIssues.length) showPreview();
  }

  const docErr = (i: number) => Object.keys(errors).some((k) => k.startsWith(`requiredDocuments.${i}.`));
  const stale = preview.text !== values.formSchema;

  return (
    <div className="space-y-6">
      <AdminErrorSummary title={c.errorSummary} errors={errors} formError={formError} order={ORDER} extra={schemaErrors} summaryRef={summaryRef} />
      <form id="procedure-form" action={formAction} onSubmit={onSubmit} noValidate className="space-y-6">
        {id ? <input type="hidden" name="_id" value={id} /> : null}
        {version !== undefined ? <input type="hidden" name="expectedVersion" value={version} /> : null}

        <fieldset className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6">
          <legend className="px-1 text-lg font-semibold">{p.sections.general}</legend>
          <Field name="code" label={p.fields.code} hint={p.fields.codeHint} errors={errors}>
            <input {...controlProps("code", errors, true)} value={values.code} onChange={set("code")} maxLength={40} autoComplete="off" className={`${controlProps("code", errors).className} sm:w-64`} />
          </Field>
          <Field name="name" label={p.fields.name} errors={errors}>
            <textarea {...controlProps("name", errors)} value={values.name} onChange={set("name")} rows={2} maxLength={520} />
          </Field>
          <div className="grid gap-4 md:grid-cols-2">
            <Field name="sectorId" label={p.fields.sector} errors={errors}>
              <select {...controlProps("sectorId", errors)} value={values.sectorId} onChange={set("sectorId")}>
                <option value="">{c.selectPlaceholder}</option>
                {options.sectors.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
              </select>
            </Field>
            <Field name="level" label={p.fields.level} errors={errors}>
              <select {...controlProps("level", errors)} value={values.level} onChange={set("level")}>
                <option value="">{c.selectPlaceholder}</option>
                {PROCEDURE_LEVELS.map((l) => <option key={l} value={l}>{p.levels[l]}</option>)}
              </select>
            </Field>
            <Field name="scope" label={p.fields.scope} errors={errors}>
              <select {...controlProps("scope", errors)} value={values.scope} onChange={set("scope")}>
                <option value="">{c.selectPlaceholder}</option>
                {PROCEDURE_SCOPES.map((s) => <option key={s} value={s}>{p.fields.scopes[s]}</option>)}
              </select>
            </Field>
            <Field name="agencyId" label={p.fields.agency} hint={p.fields.agencyHint} errors={errors}>
              <select {...controlProps("agencyId", errors, true)} value={values.scope === "COMMUNE" ? "" : values.agencyId} onChange={set("agencyId")} disabled={values.scope === "COMMUNE"}>
                <option value="">{c.selectPlaceholder}</option>
                {options.agencies.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
              </select>
            </Field>
            <Field name="processingDays" label={p.fields.processingDays} errors={errors}>
              <input {...controlProps("processingDays", errors)} value={values.processingDays} onChange={set("processingDays")} inputMode="numeric" maxLength={4} className={`${controlProps("processingDays", errors).className} sm:w-40`} />
            </Field>
            <Field name="feeAmount" label={p.fields.feeAmount} hint={p.fields.feeHint} errors={errors}>
              <input {...controlProps("feeAmount", errors, true)} value={values.feeAmount} onChange={set("feeAmount")} inputMode="numeric" maxLength={14} className={`${controlProps("feeAmount", errors).className} sm:w-56`} />
            </Field>
          </div>
          <Field name="feeDescription" label={`${p.fields.feeDescription} ${c.optional}`} errors={errors}>
            <input {...controlProps("feeDescription", errors)} value={values.feeDescription} onChange={set("feeDescription")} maxLength={520} />
          </Field>
          <Field name="applicants" label={p.fields.applicants} errors={errors}>
            <input {...controlProps("applicants", errors)} value={values.applicants} onChange={set("applicants")} maxLength={320} />
          </Field>
          {isNew ? (
            <div className="flex items-start gap-2">
              <input id="isPublished" name="isPublished" type="checkbox" checked={publishNow} onChange={(e) => setPublishNow(e.target.checked)} className="mt-1 h-5 w-5" />
              <label htmlFor="isPublished">{p.fields.isPublished}</label>
            </div>
          ) : null}
        </fieldset>

        <fieldset className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6" aria-describedby="documents-hint">
          <legend className="px-1 text-lg font-semibold">{p.sections.documents}</legend>
          <p id="documents-hint" className="text-sm text-slate-700">{p.documents.hint}</p>
          {errors.requiredDocuments ? <p id="requiredDocuments" tabIndex={-1} className="text-sm font-medium text-red-700">{errors.requiredDocuments}</p> : null}
          <ol className="space-y-4">
            {values.requiredDocuments.map((d, i) => {
              const base = `requiredDocuments.${i}`;
              return (
                <li key={docKeys[i]} className={`rounded border p-3 ${docErr(i) ? "border-2 border-red-700" : "border-slate-300"}`}>
                  <fieldset className="space-y-3">
                    <legend className="font-medium">{p.documents.item(i + 1)}</legend>
                    <Field name={`${base}.name`} label={p.documents.name} errors={errors}>
                      <input {...controlProps(`${base}.name`, errors)} value={d.name} onChange={(e) => setDoc(i, { name: e.target.value })} maxLength={520} />
                    </Field>
                    <div className="flex flex-wrap items-end gap-4">
                      <Field name={`${base}.copies`} label={p.documents.copies} errors={errors}>
                        <input {...controlProps(`${base}.copies`, errors)} value={d.copies} onChange={(e) => setDoc(i, { copies: e.target.value })} inputMode="numeric" maxLength={3} className={`${controlProps(`${base}.copies`, errors).className} w-24`} />
                      </Field>
                      <div className="flex items-center gap-2 pb-2">
                        <input id={fieldId(`${base}.required`)} name={`${base}.required`} type="checkbox" checked={d.required} onChange={(e) => setDoc(i, { required: e.target.checked })} className="h-5 w-5" />
                        <label htmlFor={fieldId(`${base}.required`)}>{p.documents.required}</label>
                      </div>
                    </div>
                    <Field name={`${base}.note`} label={`${p.documents.note} ${c.optional}`} errors={errors}>
                      <input {...controlProps(`${base}.note`, errors)} value={d.note} onChange={(e) => setDoc(i, { note: e.target.value })} maxLength={520} />
                    </Field>
                    <button type="button" onClick={() => removeDoc(i)} className="rounded border border-red-700 px-3 py-1 text-sm text-red-800 hover:bg-red-50">{p.documents.remove(i + 1)}</button>
                  </fieldset>
                </li>
              );
            })}
          </ol>
          <button type="button" onClick={addDoc} className="rounded border border-brand-600 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50">{p.documents.add}</button>
        </fieldset>

        <fieldset className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6" aria-describedby="steps-hint">
          <legend className="px-1 text-lg font-semibold">{p.sections.steps}</legend>
          <p id="steps-hint" className="text-sm text-slate-700">{p.steps.hint}</p>
          {errors.steps ? <p id="steps" tabIndex={-1} className="text-sm font-medium text-red-700">{errors.steps}</p> : null}
          <ol className="space-y-3">
            {values.steps.map((s, i) => (
              <li key={stepKeys[i]}>
                <Field name={`steps.${i}`} label={p.steps.item(i + 1)} errors={errors}>
                  <textarea {...controlProps(`steps.${i}`, errors)} value={s} onChange={(e) => setValues((v) => ({ ...v, steps: v.steps.map((x, j) => (j === i ? e.target.value : x)) }))} rows={2} maxLength={1020} />
                </Field>
                <div className="mt-1 flex flex-wrap gap-2 text-sm">
                  <button type="button" onClick={() => moveStep(i, -1)} disabled={i === 0} aria-label={`${p.steps.item(i + 1)}: ${c.moveUp}`} className="rounded border border-slate-500 px-2 py-0.5 disabled:opacity-50">{c.moveUp}</button>
                  <button type="button" onClick={() => moveStep(i, 1)} disabled={i === values.steps.length - 1} aria-label={`${p.steps.item(i + 1)}: ${c.moveDown}`} className="rounded border border-slate-500 px-2 py-0.5 disabled:opacity-50">{c.moveDown}</button>
                  <button type="button" onClick={() => removeStep(i)} className="rounded border border-red-700 px-2 py-0.5 text-red-800 hover:bg-red-50">{p.steps.remove(i + 1)}</button>
                </div>
              </li>
            ))}
          </ol>
          <button type="button" onClick={addStep} className="rounded border border-brand-600 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50">{p.steps.add}</button>
        </fieldset>

        <fieldset className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6">
          <legend className="px-1 text-lg font-semibold">{p.sections.legal}</legend>
          <Field name="legalBasis" label={p.fields.legalBasis} errors={errors}>
            <textarea {...controlProps("legalBasis", errors)} value={values.legalBasis} onChange={set("legalBasis")} rows={4} maxLength={4020} />
          </Field>
          <Field name="resultDescription" label={p.fields.resultDescription} errors={errors}>
            <textarea {...controlProps("resultDescription", errors)} value={values.resultDescription} onChange={set("resultDescription")} rows={2} maxLength={1020} />
          </Field>
          <Field name="inPersonNote" label={p.fields.inPersonNote} hint={p.fields.inPersonHint} errors={errors}>
            <textarea {...controlProps("inPersonNote", errors, true)} value={values.inPersonNote} onChange={set("inPersonNote")} rows={2} maxLength={1020} />
          </Field>
        </fieldset>

        <fieldset className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6">
          <legend className="px-1 text-lg font-semibold">{p.sections.form}</legend>
          <Field name="formSchema" label={p.formSchema.label} hint={p.formSchema.hint} errors={errors}>
            <textarea
              {...controlProps("formSchema", errors, true)}
              value={values.formSchema}
              onChange={set("formSchema")}
              rows={22}
              spellCheck={false}
              autoCapitalize="off"
              autoCorrect="off"
              className={`${controlProps("formSchema", errors).className} font-mono text-sm`}
            />
          </Field>
          <AddFieldHelper schemaText={values.formSchema} onChange={(text) => setValues((v) => ({ ...v, formSchema: text }))} texts={p.formSchema.addField} />
          <div className="flex flex-wrap gap-3">
            <button type="button" onClick={showPreview} className="rounded border border-brand-600 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50">{p.formSchema.preview}</button>
            <button type="button" onClick={reformat} className="rounded border border-slate-500 bg-white px-4 py-2 font-semibold text-slate-800 hover:bg-slate-50">{p.formSchema.format}</button>
          </div>
        </fieldset>
      </form>

      <section aria-labelledby="preview-title" className="space-y-3 rounded-lg border-2 border-dashed border-slate-400 bg-slate-50 p-4 sm:p-6">
        <h2 id="preview-title" className="text-xl font-semibold">{p.formSchema.previewTitle}</h2>
        <p className="text-slate-700">{p.formSchema.previewLead}</p>
        <div role="status">
          {preview.schema ? (
            <p className="font-medium text-green-900">{p.formSchema.valid(preview.schema.fields.length, preview.schema.steps.length)}</p>
          ) : preview.issues.length ? (
            <div className="text-red-800">
              <p className="font-medium">{p.formSchema.invalid(preview.issues.length)}</p>
              <ul className="list-disc pl-5">{preview.issues.map((i) => <li key={`${i.path}:${i.message}`}>{formSchemaIssueText(i)}</li>)}</ul>
            </div>
          ) : null}
          {stale ? <p className="text-slate-700">{p.formSchema.previewStale}</p> : null}
        </div>
        {preview.schema ? <FormSchemaPreview key={preview.text} schema={preview.schema} texts={previewTexts} stepHeading={p.formSchema.stepHeading} /> : null}
      </section>

      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" form="procedure-form" disabled={pending} className="rounded bg-brand-600 px-6 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-70">
          {pending ? c.saving : isNew ? c.create : c.save}
        </button>
        <a href="/admin/procedures" className="text-brand-700 underline">{p.back}</a>
      </div>
    </div>
  );
}

function previewOf(text: string): { text: string; schema: TFormSchema | null; issues: FormSchemaIssue[] } {
  const check = checkFormSchema(text);
  return check.ok ? { text, schema: check.schema, issues: [] } : { text, schema: null, issues: check.issues };
}

