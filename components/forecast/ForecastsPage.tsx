import Link from "next/link";
import { DataTable } from "@/components/ui/DataTable";
import { DataTrust } from "@/components/ui/DataTrust";
import { PageHeader } from "@/components/ui/PageHeader";
import { STATUS_TONE } from "@/components/tasks/status-tone";
import { Badge } from "@/components/ui/Badge";
import { formatDate, formatDateTime, formatNumber, formatPercent } from "@/lib/domain/format";
import type { Locale, Messages } from "@/lib/i18n";
import type { ForecastsDashboard } from "@/lib/server/forecast/get-forecasts";
import { DASH, numOrDash, pctOrDash } from "./format";
import { IndicatorTable } from "./IndicatorTable";
import { LazyVolumeChart } from "./LazyVolumeChart";
import { ProbabilityCell, ProjectedCell } from "./TaskForecastCells";
import type { VolumePoint } from "./VolumeChart";

export function ForecastsPage({ t, locale, data }: { t: Messages; locale: Locale; data: ForecastsDashboard }) {
  const l = t.forecast.page;
  const f = t.forecast;
  const v = data.volumes;
  const province = v.province;
  const recent = province.history.slice(-12);
  const chart: VolumePoint[] = [
    ...recent.map((h) => ({ label: f.monthLabel(h.month), actual: h.value, forecast: null, band: null })),
    ...(province.forecast ?? []).map((m) => ({ label: f.monthLabel(m.month), actual: null, forecast: Math.round(m.mean), band: [Math.round(m.low), Math.round(m.high)] as [number, number] })),
  ];
  const range = (m: { mean: number; low: number; high: number }) => `${formatNumber(m.mean)} (${formatNumber(m.low)}–${formatNumber(m.high)})`;
  const trustLabels = f.trust;

  return (
    <div>
      <PageHeader title={f.title} lead={l.lead} />

      <section aria-labelledby="fc-volume" className="mb-10">
        <h2 id="fc-volume" className="text-xl font-semibold">{l.volumeTitle}</h2>
        <p className="mt-1 text-slate-700">{l.volumeLead(v.forecastMonths.map(f.monthLabel).join(", "))}</p>
        <p className="mt-2 rounded bg-brand-50 p-3 text-sm text-slate-900" data-testid="volume-accuracy">
          {l.provinceAccuracy(pctOrDash(province.accuracy.mape), pctOrDash(province.accuracy.coverage, 0), province.accuracy.n)}
        </p>
        {province.growthPerMonth !== null && province.tetFactor !== null ? (
          <p className="mt-1 text-sm text-slate-700">{l.model(formatPercent(province.growthPerMonth, 1), formatPercent(province.tetFactor, 0))}</p>
        ) : null}
        <h3 className="mt-4 font-semibold">{l.provinceChartTitle}</h3>
        <div className="mt-2">
          <LazyVolumeChart data={chart} labels={{ actual: l.actual, forecast: l.forecast, band: l.interval }} />
        </div>
        <div className="mt-3">
          <DataTable
            caption={l.provinceTableCaption}
            headers={[l.month, l.actual, l.forecast, l.interval]}
            rows={[
              ...recent.map((h) => [f.monthLabel(h.month), formatNumber(h.value), DASH, DASH]),
              ...(province.forecast ?? []).map((m) => [
                f.monthLabel(m.month),
                m.month === v.currentMonth ? l.soFar(province.soFar) : DASH,
                formatNumber(m.mean),
                `${formatNumber(m.low)} – ${formatNumber(m.high)}`,
              ]),
            ]}
          />
        </div>
        <p className="mt-4 text-sm">{l.agencyAccuracy(v.agenciesWithForecast, v.agenciesTotal, pctOrDash(v.agencyAccuracy.wape), pctOrDash(v.agencyAccuracy.coverage, 0))}</p>
        <div className="mt-2">
          <DataTable
            caption={l.agencyTableCaption}
            headers={[l.agency, ...v.forecastMonths.map(f.monthLabel), l.mape, l.wape, l.coverage]}
            rows={v.agencies.map((a) =>
              a.forecast
                ? [a.shortName, ...a.forecast.map(range), pctOrDash(a.accuracy.mape), pctOrDash(a.accuracy.wape), pctOrDash(a.accuracy.coverage, 0)]
                : [a.shortName, l.notEnough, DASH, DASH, DASH, DASH, DASH],
            )}
          />
        </div>
        <DataTrust source={l.volumeSource} updatedAt={v.lastUpdate} completeness={t.forecast.overview.serviceCompleteness(v.agencies.filter((a) => a.soFar > 0).length, v.agenciesTotal, v.currentMonth)} labels={trustLabels} />
      </section>

      <section aria-labelledby="fc-indicators" className="mb-10">
        <h2 id="fc-indicators" className="text-xl font-semibold">{l.indicatorsTitle}</h2>
        <p className="mt-2 rounded bg-brand-50 p-3 text-sm text-slate-900" data-testid="indicator-accuracy">
          {l.indicatorsAccuracy(pctOrDash(data.indicators.accuracy.mape), pctOrDash(data.indicators.accuracy.coverage, 0))}
        </p>
        <div className="mt-3">
          <IndicatorTable t={t} locale={locale} caption={l.indicatorsCaption} indicators={data.indicators.indicators} showAccuracy />
        </div>
        <DataTrust
          source={l.indicatorsSource}
          updatedAt={data.indicators.lastUpdate}
          completeness={t.forecast.overview.indicatorsCompleteness(data.indicators.reported, data.indicators.indicators.length, data.indicators.period)}
          labels={trustLabels}
        />
      </section>

      <section aria-labelledby="fc-tasks" className="mb-10">
        <h2 id="fc-tasks" className="text-xl font-semibold">{l.tasksTitle}</h2>
        <p className="mt-1 text-slate-700">{l.tasksLead}</p>
        <p className="mt-2 rounded bg-brand-50 p-3 text-sm text-slate-900" data-testid="task-accuracy">
          {t.forecast.tasks.accuracy(numOrDash(data.taskAccuracy.mae), pctOrDash(data.taskAccuracy.coverage, 0))}
        </p>
        <div className="mt-3">
          {data.tasksAtRisk.length === 0 ? (
            <p>{l.tasksEmpty}</p>
          ) : (
            <DataTable
              caption={l.tasksCaption}
              headers={[t.forecast.tasks.code, t.forecast.tasks.task, t.forecast.tasks.agency, t.forecast.tasks.progress, t.forecast.tasks.due, t.forecast.tasks.health, t.forecast.tasks.projected, t.forecast.tasks.probability]}
              rows={data.tasksAtRisk.map((task) => [
                task.code,
                <Link key={task.code} href={`/tasks/${task.code}`} className="text-brand-700 underline">{task.title}</Link>,
                task.leadAgency.shortName,
                `${task.progress}%`,
                formatDate(task.dueDate),
                <Badge key="s" tone={STATUS_TONE[task.status]}>{t.taskStatus[task.status]}</Badge>,
                <ProjectedCell key="p" f={task.forecast} t={t} />,
                <ProbabilityCell key="q" p={task.probability} />,
              ])}
            />
          )}
        </div>
        <DataTrust source={l.tasksSource} updatedAt={data.lastTaskReport} completeness={l.tasksCompleteness(data.tasksForecast, data.tasksOpen)} labels={trustLabels} />
      </section>

      <section aria-labelledby="fc-method" className="mb-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="fc-method" className="text-xl font-semibold">{l.methodTitle}</h2>
        <p className="mt-2">{l.methodLead}</p>
        <h3 className="mt-4 font-semibold">{l.methodVolumeTitle}</h3>
        {l.methodVolume.map((p) => <p key={p} className="mt-2">{p}</p>)}
        <p className="mt-2 text-sm"><strong>{l.measured}:</strong> {l.measuredVolume(pctOrDash(province.accuracy.mape), pctOrDash(v.agencyAccuracy.wape), pctOrDash(v.agencyAccuracy.coverage, 0))}</p>
        <h3 className="mt-4 font-semibold">{l.methodIndicatorTitle}</h3>
        {l.methodIndicator.map((p) => <p key={p} className="mt-2">{p}</p>)}
        <p className="mt-2 text-sm"><strong>{l.measured}:</strong> {l.measuredIndicator(pctOrDash(data.indicators.accuracy.mape), pctOrDash(data.indicators.accuracy.coverage, 0))}</p>
        <h3 className="mt-4 font-semibold">{l.methodTaskTitle}</h3>
        {l.methodTask.map((p) => <p key={p} className="mt-2">{p}</p>)}
        <p className="mt-2 text-sm"><strong>{l.measured}:</strong> {l.measuredTask(numOrDash(data.taskAccuracy.mae), pctOrDash(data.taskAccuracy.coverage, 0))}</p>
        <p className="mt-4 text-sm text-slate-700">{l.glossary}</p>
        <p className="mt-2 text-xs text-slate-600">{l.computedAt(formatDateTime(data.computedAt))}</p>
      </section>
    </div>
  );
}
