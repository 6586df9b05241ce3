/**
 * Tables scroll sideways inside their own box on a phone; the box is focusable so the keyboard
 * can scroll it. On paper everything is shown.
 */
export function ScrollBox({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white print:overflow-visible print:border-0" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
