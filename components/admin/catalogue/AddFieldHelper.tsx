"use client";

import { useState } from "react";
import { viErrorMap } from "@/lib/validation/admin-catalogue-fields";
import { checkFormSchema, formSchemaIssueText } from "@/lib/validation/admin-procedures";
import { FIELD_TYPES, ZFormField } from "@/lib/validation/form-schema";
import { inputClass } from "./fields";
import type { CatalogueTexts } from "./texts";

type Texts = CatalogueTexts["procedures"]["formSchema"]["addField"];

const PROPS: Record<string, string> = { name: "name", label: "label", type: "type", step: "step", options: "options" };

/**
 * A small structured editor beside the JSON: one field at a time, checked with the schema's
 * own zod definition (and then the whole form, e.g. for a duplicate name) before it is appended.
 * Its inputs have no name: they are never sent with the procedure.
 */
export function AddFieldHelper({ schemaText, onChange, texts }: { schemaText: string; onChange: (text: string) => void; texts: Texts }) {
  const [draft, setDraft] = useState({ name: "", label: "", type: "text", step: "0", required: true, options: "" });
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);

  let steps: { title?: unknown }[] = [];
  let parsed: { steps?: unknown; fields?: unknown } | null = null;
  try {
    const value = JSON.parse(schemaText) as unknown;
    if (value && typeof value === "object" && !Array.isArray(value)) {
      parsed = value as { steps?: unknown; fields?: unknown };
      steps = Array.isArray(parsed.steps) ? (parsed.steps as { title?: unknown }[]) : [];
    }
  } catch {
    parsed = null;
  }

  function add() {
    setDone(null);
    if (!parsed) return setProblems([texts.invalidJson]);
    const options = draft.options
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => {
        const [value, ...rest] = line.split("|");
        return { value: value.trim(), label: (rest.join("|") || value).trim() };
      });
    const field = ZFormField.safeParse(
      { name: draft.name.trim(), label: draft.label.trim(), type: draft.type, step: Number(draft.step), required: draft.required, ...(options.length ? { options } : {}), ...(draft.type === "file" ? { document: draft.label.trim() } : {}) },
      { error: viErrorMap },
    );
    if (!field.success) return setProblems(field.error.issues.map((i) => `${texts[(PROPS[String(i.path[0])] ?? "name") as "name"]}: ${i.message}`));
    const next = { ...parsed, fields: [...(Array.isArray(parsed.fields) ? parsed.fields : []), field.data] };
    const check = checkFormSchema(next);
    if (!check.ok) return setProblems(check.issues.map(formSchemaIssueText));
    setProblems([]);
    setDone(texts.added(field.data.label));
    setDraft({ name: "", label: "", type: "text", step: draft.step, required: true, options: "" });
    onChange(JSON.stringify(next, null, 2));
  }

  const set = (key: "name" | "label" | "type" | "step" | "options") => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));

  return (
    <fieldset className="space-y-3 rounded border border-slate-300 p-3" aria-describedby="add-field-hint">
      <legend className="px-1 font-semibold">{texts.legend}</legend>
      <p id="add-field-hint" className="text-sm text-slate-700">{texts.hint}</p>
      <div aria-live="polite">
        {problems.length ? (
          <div className="text-red-800">
            <p className="font-medium">{texts.problems}</p>
            <ul className="list-disc pl-5">{problems.map((p) => <li key={p}>{p}</li>)}</ul>
          </div>
        ) : null}
        {done ? <p className="font-medium text-green-900">{done}</p> : null}
      </div>
      <div className="grid gap-3 md:grid-cols-2">
        <div>
          <label htmlFor="add-field-name" className="block font-medium">{texts.name}</label>
          <p id="add-field-name-hint" className="text-sm text-slate-700">{texts.nameHint}</p>
          <input id="add-field-name" value={draft.name} onChange={set("name")} aria-describedby="add-field-name-hint" autoComplete="off" maxLength={60} className={inputClass(false)} />
        </div>
        <div>
          <label htmlFor="add-field-label" className="block font-medium">{texts.label}</label>
          <input id="add-field-label" value={draft.label} onChange={set("label")} maxLength={300} className={inputClass(false)} />
        </div>
        <div>
          <label htmlFor="add-field-type" className="block font-medium">{texts.type}</label>
          <select id="add-field-type" value={draft.type} onChange={set("type")} className={inputClass(false)}>
            {FIELD_TYPES.map((type) => <option key={type} value={type}>{texts.types[type]}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="add-field-step" className="block font-medium">{texts.step}</label>
          <select id="add-field-step" value={draft.step} onChange={set("step")} className={inputClass(false)}>
            {(steps.length ? steps : [{ title: "1" }]).map((s, i) => <option key={i} value={String(i)}>{`${i + 1}. ${typeof s.title === "string" ? s.title : ""}`}</option>)}
          </select>
        </div>
      </div>
      {draft.type === "select" ? (
        <div>
          <label htmlFor="add-field-options" className="block font-medium">{texts.options}</label>
          <p id="add-field-options-hint" className="text-sm text-slate-700">{texts.optionsHint}</p>
          <textarea id="add-field-options" value={draft.options} onChange={set("options")} aria-describedby="add-field-options-hint" rows={3} className={`${inputClass(false)} font-mono text-sm`} />
        </div>
      ) : null}
      <div className="flex items-center gap-2">
        <input id="add-field-required" type="checkbox" checked={draft.required} onChange={(e) => setDraft((d) => ({ ...d, required: e.target.checked }))} className="h-5 w-5" />
        <label htmlFor="add-field-required">{texts.required}</label>
      </div>
      <button type="button" onClick={add} className="rounded border border-brand-600 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50">{texts.add}</button>
    </fieldset>
  );
}
