import type { Ref } from "react";

/** GOV.UK error summary: a titled alert listing each problem as a link to its field. */
export function ErrorSummary({ id, title, errors, ref }: { id: string; title: string; errors: { href: string; text: string }[]; ref?: Ref<HTMLDivElement> }) {
  if (errors.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby={`${id}-title`} className="rounded border-2 border-red-700 bg-red-50 p-4">
      <h3 id={`${id}-title`} className="font-semibold text-red-800">{title}</h3>
      <ul className="mt-2 list-disc pl-5">
        {errors.map((e) => (
          <li key={`${e.href}:${e.text}`}>
            <a href={e.href} className="text-red-800 underline">{e.text}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The message beside a field (GOV.UK: above the input, inside its label group). */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? <p id={id} className="text-sm font-medium text-red-700">{message}</p> : null;
}
