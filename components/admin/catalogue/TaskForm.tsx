"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { formatDate } from "@/lib/domain/format";
import { dayOf, formDataToObject } from "@/lib/validation/admin-catalogue-fields";
import { checkTask } from "@/lib/validation/admin-tasks";
import { AdminErrorSummary, controlProps, Field } from "./fields";
import { INITIAL_ADMIN_FORM_STATE, type AdminFormAction } from "./form-state";
import { catalogueTexts, type UiLocale } from "./texts";

export type TaskFormValues = {
  code: string;
  title: string;
  description: string;
  pillarId: string;
  leadAgencyId: string;
  startDate: string;
  dueDate: string;
  weight: string;
  milestones: { id: string; title: string; dueDate: string; completedAt: string | null }[];
};

type Options = { pillars: { id: string; name: string }[]; agencies: { id: string; name: string }[] };

const ORDER = ["code", "title", "description", "pillarId", "leadAgencyId", "startDate", "dueDate", "weight", "milestones"];

let keySeq = 0;
const newKey = () => `m${++keySeq}`;

/** Creates or edits a task and its ordered milestones; checked in the browser as on the server. */
export function TaskForm({ action, locale, id, version, initial, options, isNew }: {
  action: AdminFormAction;
  locale: UiLocale;
  id?: string;
  version?: number;
  initial: TaskFormValues;
  options: Options;
  isNew: boolean;
}) {
  const c = catalogueTexts(locale);
  const k = c.tasks;
  const [state, formAction, pending] = useActionState(action, INITIAL_ADMIN_FORM_STATE);
  const [values, setValues] = useState(initial);
  const [keys, setKeys] = useState(() => initial.milestones.map(newKey));
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [clientSeq, setClientSeq] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const errors = clientErrors ?? state.fieldErrors;
  const formError = clientErrors ? null : state.formError;

  useEffect(() => {
    if (state.seq === 0 && clientSeq === 0) return;
    summaryRef.current?.focus();
  }, [state.seq, clientSeq]);

  const set = (key: Exclude<keyof TaskFormValues, "milestones">) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  const setMilestone = (i: number, patch: Partial<TaskFormValues["milestones"][number]>) =>
    setValues((v) => ({ ...v, milestones: v.milestones.map((m, j) => (j === i ? { ...m, ...patch } : m)) }));
  function add() {
    setValues((v) => ({ ...v, milestones: [...v.milestones, { id: "", title: "", dueDate: "", completedAt: null }] }));
    setKeys((list) => [...list, newKey()]);
  }
  function remove(i: number) {
    setValues((v) => ({ ...v, milestones: v.milestones.filter((_, j) => j !== i) }));
    setKeys((list) => list.filter((_, j) => j !== i));
  }
  function move(i: number, by: -1 | 1) {
    const j = i + by;
    if (j < 0 || j >= values.milestones.length) return;
    const swap = <T,>(list: T[]) => list.map((x, n) => (n === i ? list[j] : n === j ? list[i] : x));
    setValues((v) => ({ ...v, milestones: swap(v.milestones) }));
    setKeys(swap);
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const check = checkTask(formDataToObject(new FormData(event.currentTarget)));
    if (check.ok) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    setClientErrors(check.fieldErrors);
    setClientSeq((n) => n + 1);
  }

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-6">
      <AdminErrorSummary title={c.errorSummary} errors={errors} formError={formError} order={ORDER} summaryRef={summaryRef} />
      {id ? <input type="hidden" name="_id" value={id} /> : null}
      {version !== undefined ? <input type="hidden" name="expectedVersion" value={version} /> : null}
      <div className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <Field name="code" label={k.fields.code} hint={k.fields.codeHint} errors={errors}>
          <input {...controlProps("code", errors, true)} value={values.code} onChange={set("code")} maxLength={24} autoComplete="off" className={`${controlProps("code", errors).className} sm:w-48`} />
        </Field>
        <Field name="title" label={k.fields.title} errors={errors}>
          <input {...controlProps("title", errors)} value={values.title} onChange={set("title")} maxLength={320} />
        </Field>
        <Field name="description" label={k.fields.description} errors={errors}>
          <textarea {...controlProps("description", errors)} value={values.description} onChange={set("description")} rows={4} maxLength={4020} />
        </Field>
        <div className="grid gap-4 md:grid-cols-2">
          <Field name="pillarId" label={k.fields.pillar} errors={errors}>
            <select {...controlProps("pillarId", errors)} value={values.pillarId} onChange={set("pillarId")}>
              <option value="">{c.selectPlaceholder}</option>
              {options.pillars.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
          </Field>
          <Field name="leadAgencyId" label={k.fields.leadAgency} hint={k.fields.leadAgencyHint} errors={errors}>
            <select {...controlProps("leadAgencyId", errors, true)} value={values.leadAgencyId} onChange={set("leadAgencyId")}>
              <option value="">{c.selectPlaceholder}</option>
              {options.agencies.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
            </select>
          </Field>
          <Field name="startDate" label={k.fields.startDate} errors={errors}>
            <input {...controlProps("startDate", errors)} type="date" value={values.startDate} onChange={set("startDate")} className={`${controlProps("startDate", errors).className} sm:w-56`} />
          </Field>
          <Field name="dueDate" label={k.fields.dueDate} hint={k.fields.dateHint} errors={errors}>
            <input {...controlProps("dueDate", errors, true)} type="date" value={values.dueDate} onChange={set("dueDate")} className={`${controlProps("dueDate", errors).className} sm:w-56`} />
          </Field>
          <Field name="weight" label={k.fields.weight} hint={k.fields.weightHint} errors={errors}>
            <input {...controlProps("weight", errors, true)} value={values.weight} onChange={set("weight")} inputMode="numeric" maxLength={3} className={`${controlProps("weight", errors).className} w-24`} />
          </Field>
        </div>
      </div>

      <fieldset className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6" aria-describedby="milestones-hint">
        <legend className="px-1 text-lg font-semibold">{k.milestones.legend}</legend>
        <p id="milestones-hint" className="text-sm text-slate-700">{k.milestones.hint}</p>
        {errors.milestones ? <p id="milestones" tabIndex={-1} className="text-sm font-medium text-red-700">{errors.milestones}</p> : null}
        {values.milestones.length === 0 ? <p>{k.milestones.empty}</p> : null}
        <ol className="space-y-4">
          {values.milestones.map((m, i) => {
            const base = `milestones.${i}`;
            const invalid = Object.keys(errors).some((e) => e.startsWith(`${base}.`));
            return (
              <li key={keys[i]} className={`rounded border p-3 ${invalid ? "border-2 border-red-700" : "border-slate-300"}`}>
                <fieldset className="space-y-3">
                  <legend className="font-medium">{k.milestones.item(i + 1)}</legend>
                  {m.id ? <input type="hidden" name={`${base}.id`} value={m.id} /> : null}
                  {m.completedAt ? <p className="text-sm text-green-900">{k.milestones.completed(formatDate(dayOf(m.completedAt)))}</p> : null}
                  <Field name={`${base}.title`} label={k.milestones.title} errors={errors}>
                    <input {...controlProps(`${base}.title`, errors)} value={m.title} onChange={(e) => setMilestone(i, { title: e.target.value })} maxLength={320} />
                  </Field>
                  <Field name={`${base}.dueDate`} label={k.milestones.dueDate} errors={errors}>
                    <input {...controlProps(`${base}.dueDate`, errors)} type="date" value={m.dueDate} onChange={(e) => setMilestone(i, { dueDate: e.target.value })} className={`${controlProps(`${base}.dueDate`, errors).className} sm:w-56`} />
                  </Field>
                  <div className="flex flex-wrap gap-2 text-sm">
                    <button type="button" onClick={() => move(i, -1)} disabled={i === 0} aria-label={k.milestones.moveUp(i + 1)} className="rounded border border-slate-500 px-2 py-0.5 disabled:opacity-50">{c.moveUp}</button>
                    <button type="button" onClick={() => move(i, 1)} disabled={i === values.milestones.length - 1} aria-label={k.milestones.moveDown(i + 1)} className="rounded border border-slate-500 px-2 py-0.5 disabled:opacity-50">{c.moveDown}</button>
                    <button type="button" onClick={() => remove(i)} className="rounded border border-red-700 px-2 py-0.5 text-red-800 hover:bg-red-50">{k.milestones.remove(i + 1)}</button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <button type="button" onClick={add} className="rounded border border-brand-600 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50">{k.milestones.add}</button>
      </fieldset>

      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending} className="rounded bg-brand-600 px-6 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-70">{pending ? c.saving : isNew ? c.create : c.save}</button>
        <a href="/admin/tasks" className="text-brand-700 underline">{k.back}</a>
      </div>
    </form>
  );
}
