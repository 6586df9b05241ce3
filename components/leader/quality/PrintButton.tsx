"use client";

/** Opens the browser's print dialog; the print styles hide navigation and forms, tables stay. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="rounded border border-brand-600 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50 print:hidden">
      {label}
    </button>
  );
}
