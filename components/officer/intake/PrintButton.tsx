"use client";

/** Opens the browser's print dialog (the page's print styles hide everything but the slip). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">
      {label}
    </button>
  );
}
