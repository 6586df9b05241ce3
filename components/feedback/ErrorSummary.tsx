"use client";

import { forwardRef } from "react";

/** GOV.UK error summary: a titled list of links to the fields in error; focused on submit. */
export const ErrorSummary = forwardRef<HTMLDivElement, { id: string; title: string; items: { href: string; text: string }[] }>(
  function ErrorSummary({ id, title, items }, ref) {
    if (items.length === 0) return null;
    return (
      <div ref={ref} tabIndex={-1} role="alert" aria-labelledby={`${id}-title`} className="rounded border-2 border-red-700 bg-red-50 p-4">
        <h2 id={`${id}-title`} className="font-semibold text-red-800">{title}</h2>
        <ul className="mt-2 list-disc pl-5">
          {items.map((e) => (
            <li key={`${e.href}:${e.text}`}><a href={e.href} className="text-red-800 underline">{e.text}</a></li>
          ))}
        </ul>
      </div>
    );
  },
);
