"use client";

import type { ReactNode } from "react";
import { fieldId } from "@/lib/validation/admin-catalogue-fields";

export const inputClass = (invalid: boolean) =>
  `mt-1 w-full rounded border bg-white px-3 py-2 ${invalid ? "border-2 border-red-700" : "border-slate-500"}`;

/** The attributes that tie an input to its label, hint and error message. */
export function controlProps(name: string, errors: Record<string, string>, hint?: boolean) {
  const id = fieldId(name);
  const error = errors[name];
  return {
    id,
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined,
    className: inputClass(!!error),
  };
}

/** Label, optional hint, the message beside the field (GOV.UK: above the input), the input. */
export function Field({ name, label, hint, errors, children, className }: { name: string; label: string; hint?: string; errors: Record<string, string>; children: ReactNode; className?: string }) {
  const id = fieldId(name);
  const error = errors[name];
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-medium">{label}</label>
      {hint ? <p id={`${id}-hint`} className="text-sm text-slate-700">{hint}</p> : null}
      {error ? <p id={`${id}-error`} className="text-sm font-medium text-red-700">{error}</p> : null}
      {children}
    </div>
  );
}

/** GOV.UK error summary: each problem links to its field. */
export function AdminErrorSummary({ title, errors, formError, order, extra, summaryRef }: {
  title: string;
  errors: Record<string, string>;
  formError: string | null;
  /** Field names in the order of the form (unknown ones go last). */
  order: string[];
  extra?: string[];
  summaryRef: React.Ref<HTMLDivElement>;
}) {
  const keys = Object.keys(errors).sort((a, b) => rank(order, a) - rank(order, b));
  if (!formError && keys.length === 0) return null;
  return (
    <div ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby="admin-errors-title" className="rounded border-2 border-red-700 bg-red-50 p-4">
      <h2 id="admin-errors-title" className="font-semibold text-red-800">{title}</h2>
      <ul className="mt-2 list-disc pl-5">
        {formError ? <li className="text-red-800">{formError}</li> : null}
        {keys.map((k) => (
          <li key={k}>
            <a href={`#${fieldId(k === "_form" ? order[0] ?? "code" : k)}`} className="text-red-800 underline">{errors[k]}</a>
            {k === "formSchema" && extra?.length ? (
              <ul className="list-[circle] pl-5">{extra.map((e) => <li key={e} className="text-red-800">{e}</li>)}</ul>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

function rank(order: string[], key: string): number {
  const head = key.split(".")[0];
  const i = order.indexOf(head);
  return (i < 0 ? order.length : i) * 10_000 + (Number(key.split(".")[1]) || 0) * 10 + (key.split(".").length > 2 ? 1 : 0);
}
