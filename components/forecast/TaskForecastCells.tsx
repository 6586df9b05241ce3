import { Badge } from "@/components/ui/Badge";
import type { TaskForecast } from "@/lib/domain/forecast/task-completion";
import { formatDate } from "@/lib/domain/format";
import type { Messages } from "@/lib/i18n";
import { DASH, pctOrDash } from "./format";

/** Projected completion date and its band, in a table cell. */
export function ProjectedCell({ f, t }: { f: TaskForecast; t: Messages }) {
  const l = t.forecast.task;
  if (f.kind === "done") return <>{f.completedAt ? formatDate(f.completedAt) : l.doneShort}</>;
  if (f.kind === "insufficient") return <>{l.insufficientShort}</>;
  if (f.kind === "stalled") return <>{l.stalledShort}</>;
  return (
    <>
      <span className="block font-semibold">{f.projected ? formatDate(f.projected) : l.beyond}</span>
      <span className="block text-xs text-slate-700">
        {l.bandValue(f.low ? formatDate(f.low) : l.beyond, f.high ? formatDate(f.high) : l.beyond)}
      </span>
    </>
  );
}

/** Probability of meeting the deadline as a badge (the percentage is always written). */
export function ProbabilityCell({ p }: { p: number | null }) {
  if (p === null) return <>{DASH}</>;
  const tone = p >= 0.7 ? "success" : p >= 0.5 ? "info" : p >= 0.3 ? "warning" : "danger";
  return <Badge tone={tone}>{pctOrDash(p, 0)}</Badge>;
}
