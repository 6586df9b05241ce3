import { PageHeader } from "@/components/ui/PageHeader";
import { formatDateTime, formatPercent } from "@/lib/domain/format";
import type { Locale, Messages } from "@/lib/i18n";
import type { PillarSummary } from "@/lib/server/plan/get-pillar-summaries";

export function LeaderHomePage({ t, locale, pillars, lastUpdate }: { t: Messages; locale: Locale; pillars: PillarSummary[]; lastUpdate: Date | null }) {
  const l = t.leader;
  return (
    <div>
      <PageHeader title={l.title} lead={l.lead} />
      <ul className="grid gap-4 md:grid-cols-3">
        {pillars.map((p) => (
          <li key={p.code} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <h2 className="text-lg font-semibold">{locale === "en" ? p.nameEn : p.name}</h2>
            <p className="text-sm text-slate-700">{l.tasks(p.taskCount)}</p>
            <p className="mt-3 text-sm">{l.avgProgress}</p>
            <p className="text-3xl font-bold text-brand-700">{formatPercent(p.progress / 100)}</p>
            <div className="mt-2 h-2 rounded bg-slate-200" aria-hidden="true">
              <div className="h-2 rounded bg-brand-600" style={{ width: `${Math.round(p.progress)}%` }} />
            </div>
            <dl className="mt-4 grid grid-cols-2 gap-1 text-sm">
              <dt>{l.done}</dt><dd className="text-right font-semibold">{p.byStatus.DONE}</dd>
              <dt>{l.onTrack}</dt><dd className="text-right font-semibold">{p.byStatus.ON_TRACK}</dd>
              <dt>{l.atRisk}</dt><dd className="text-right font-semibold">{p.byStatus.AT_RISK}</dd>
              <dt>{l.late}</dt><dd className="text-right font-semibold">{p.byStatus.LATE}</dd>
              <dt>{l.notStarted}</dt><dd className="text-right font-semibold">{p.byStatus.NOT_STARTED}</dd>
            </dl>
          </li>
        ))}
      </ul>
      {lastUpdate ? <p className="mt-4 text-sm text-slate-600">{l.source(formatDateTime(lastUpdate))}</p> : null}
    </div>
  );
}
