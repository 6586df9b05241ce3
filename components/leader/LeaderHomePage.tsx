import Link from "next/link";
import { IndicatorTable } from "@/components/forecast/IndicatorTable";
import { pctOrDash } from "@/components/forecast/format";
import { DataTrust } from "@/components/ui/DataTrust";
import { PageHeader } from "@/components/ui/PageHeader";
import { StatCard } from "@/components/ui/StatCard";
import { formatNumber, formatPercent } from "@/lib/domain/format";
import { roundPoints } from "@/lib/domain/service-index-766";
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import type { Locale, Messages } from "@/lib/i18n";
import type { LeaderOverview } from "@/lib/server/plan/get-leader-overview";

const HEALTH_ORDER: TaskStatus[] = ["DONE", "ON_TRACK", "AT_RISK", "LATE", "NOT_STARTED"];
/** A mark beside each health (colour is never the only cue: the label is always written). */
const HEALTH_DOT: Record<TaskStatus, string> = {
  DONE: "bg-green-700", ON_TRACK: "bg-brand-600", AT_RISK: "bg-amber-500", LATE: "bg-red-700", NOT_STARTED: "bg-slate-400",
};

export function LeaderHomePage({ t, locale, data }: { t: Messages; locale: Locale; data: LeaderOverview }) {
  const o = t.forecast.overview;
  const trust = t.forecast.trust;
  const s = data.service;
  return (
    <div>
      <PageHeader title={t.leader.title} lead={o.lead} />
      <nav aria-label={o.linksLabel} className="mb-8">
        <ul className="flex flex-wrap gap-3 text-sm">
          {[
            ["/leader/tasks", o.linkTasks],
            ["/leader/quality", o.linkQuality],
            ["/leader/flows", o.linkFlows],
            ["/leader/forecasts", o.linkForecasts],
          ].map(([href, label]) => (
            <li key={href}>
              <Link href={href} className="inline-block rounded border border-brand-600 px-3 py-2 font-semibold text-brand-700 underline-offset-2 hover:underline">{label}</Link>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="ov-pillars" className="mb-10">
        <h2 id="ov-pillars" className="text-xl font-semibold">{o.pillarsTitle}</h2>
        <ul className="mt-3 grid gap-4 md:grid-cols-3">
          {data.pillars.map((p) => {
            const name = locale === "en" ? p.nameEn : p.name;
            const progress = formatPercent(p.progress / 100);
            return (
              <li key={p.code} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
                <h3 className="text-lg font-semibold">{name}</h3>
                <p className="text-sm text-slate-700">{o.tasks(p.taskCount)}</p>
                <p className="mt-3 text-sm">{o.progress}</p>
                <p className="text-3xl font-bold text-brand-700">{progress}</p>
                <div className="mt-2 h-2 rounded bg-slate-200" role="img" aria-label={o.progressBar(progress)}>
                  <div className="h-2 rounded bg-brand-600" style={{ width: `${Math.round(p.progress)}%` }} />
                </div>
                <h4 className="mt-4 text-sm font-semibold">{o.healthCaption}</h4>
                <ul className="mt-1 space-y-1 text-sm">
                  {HEALTH_ORDER.map((h) => (
                    <li key={h} className="flex items-center gap-2">
                      <span className={`inline-block h-2.5 w-2.5 rounded-full ${HEALTH_DOT[h]}`} aria-hidden="true" />
                      <Link href={`/leader/tasks?pillar=${p.code}&health=${h}`} className="text-brand-700 underline" title={o.healthLinkTitle(t.taskStatus[h], name)} data-health={h}>
                        {o.healthLink(t.taskStatus[h], p.byHealth[h])}
                      </Link>
                    </li>
                  ))}
                </ul>
                <p className="mt-3 text-sm"><Link href={`/leader/tasks?pillar=${p.code}`} className="text-brand-700 underline">{o.allTasks(name)}</Link></p>
              </li>
            );
          })}
        </ul>
        <DataTrust source={o.pillarsSource} updatedAt={data.lastTaskReport} completeness={o.pillarsCompleteness(data.tasksReported, data.tasksTotal)} labels={trust} />
        <details className="mt-3 rounded border border-slate-200 bg-white p-3">
          <summary className="cursor-pointer font-semibold text-brand-700">{o.rulesTitle}</summary>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {o.rules.map((r) => <li key={r}>{r}</li>)}
          </ul>
        </details>
      </section>

      <section aria-labelledby="ov-indicators" className="mb-10">
        <h2 id="ov-indicators" className="text-xl font-semibold">{o.indicatorsTitle}</h2>
        <div className="mt-3">
          <IndicatorTable t={t} locale={locale} caption={o.indicatorsCaption} indicators={data.keyIndicators.indicators} />
        </div>
        <p className="mt-2 text-sm">
          <strong>{t.forecast.page.measured}:</strong>{" "}
          {t.forecast.page.measuredIndicator(pctOrDash(data.keyIndicators.accuracy.mape), pctOrDash(data.keyIndicators.accuracy.coverage, 0))}{" "}
          <Link href="/leader/forecasts#fc-method" className="text-brand-700 underline">{t.forecast.page.methodTitle}</Link>
        </p>
        <DataTrust
          source={o.indicatorsSource}
          updatedAt={data.keyIndicators.lastUpdate}
          completeness={o.indicatorsCompleteness(data.keyIndicators.reported, data.keyIndicators.indicators.length, data.keyIndicators.period)}
          labels={trust}
        />
      </section>

      <section aria-labelledby="ov-service" className="mb-6">
        <h2 id="ov-service" className="text-xl font-semibold">{o.serviceTitle(s.month)}</h2>
        <p className="mt-1 text-sm text-slate-700">{o.serviceNote}</p>
        <dl className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
          <StatCard label={o.received} value={formatNumber(s.counts.received)} />
          <StatCard label={o.onTime} value={s.shares.onTime === null ? o.noData : pctOrDash(s.shares.onTime)} />
          <StatCard label={o.online} value={s.shares.online === null ? o.noData : pctOrDash(s.shares.online)} />
          <StatCard label={o.satisfaction} value={s.shares.satisfaction === null ? o.noData : pctOrDash(s.shares.satisfaction)} />
          <StatCard label={o.score766} value={data.quality.total === null ? o.noData : o.score766Value(formatNumber(roundPoints(data.quality.total), 2))} />
        </dl>
        <DataTrust source={o.serviceSource} updatedAt={s.lastUpdate} completeness={o.serviceCompleteness(s.agenciesWithData, s.agenciesTotal, s.month)} labels={trust} />
      </section>
    </div>
  );
}
