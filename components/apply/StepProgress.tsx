import Link from "next/link";

/** The steps of the application, the current one marked for assistive technology too. */
export function StepProgress({ label, steps, current, reachable, hrefOf }: { label: string; steps: string[]; current: number; reachable: number; hrefOf: (i: number) => string }) {
  return (
    <nav aria-label={label} className="mb-6">
      <ol className="flex flex-wrap gap-2 text-sm">
        {steps.map((title, i) => {
          const style = i === current ? "bg-brand-600 text-white" : "bg-white text-slate-800 border border-slate-300";
          const content = <><span className="font-semibold">{i + 1}.</span> {title}</>;
          return (
            <li key={title}>
              {i <= reachable && i !== current ? (
                <Link href={hrefOf(i)} prefetch={false} className={`inline-block rounded px-3 py-1 underline ${style}`}>{content}</Link>
              ) : (
                <span aria-current={i === current ? "step" : undefined} className={`inline-block rounded px-3 py-1 ${style}`}>{content}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
