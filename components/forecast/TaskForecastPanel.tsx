// The completion forecast of one task: projected date, 80 % band, probability of meeting the
// deadline, the accuracy measured on the task's own history, and a chart of reported progress
// with the projected path (table alternative below it). A server component: mount it as
//   <TaskForecastPanel task={task.code} />   (a task id works too)
// or render <TaskForecastView> with data already loaded.
import { Badge } from "@/components/ui/Badge";
import { getCurrentUser } from "@/lib/auth/session";
import { formatDate, formatNumber } from "@/lib/domain/format";
import { getI18n, type Messages } from "@/lib/i18n";
import { getTaskForecast, type TaskForecastDetail } from "@/lib/server/forecast/get-task-forecast";
import { pctOrDash } from "./format";
import { LazyTaskForecastChart } from "./LazyTaskForecastChart";
import type { TaskChartPoint } from "./TaskForecastChart";

export async function TaskForecastPanel({ task, now }: { task: string; now?: Date }) {
  const [{ t }, actor] = await Promise.all([getI18n(), getCurrentUser()]);
  const data = await getTaskForecast({ actor, task, now });
  if (!data) return null;
  return <TaskForecastView t={t} data={data} />;
}

function probabilityTone(p: number) {
  return p >= 0.7 ? "success" : p >= 0.5 ? "info" : p >= 0.3 ? "warning" : "danger";
}

export function TaskForecastView({ t, data }: { t: Messages; data: TaskForecastDetail }) {
  const l = t.forecast.task;
  const f = data.forecast;
  const headingId = `task-forecast-${data.code}`;
  const chart: TaskChartPoint[] = [
    ...data.history.map((h, i) => {
      const last = i === data.history.length - 1 && f.kind === "forecast";
      return { t: h.at.getTime(), label: formatDate(h.at), reported: h.progress, median: last ? h.progress : null, band: last ? ([h.progress, h.progress] as [number, number]) : null };
    }),
    ...data.path.map((p) => ({ t: p.at.getTime(), label: formatDate(p.at), reported: null, median: p.mean, band: [p.low, p.high] as [number, number] })),
  ];
  const acc = data.accuracy;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id={headingId} className="text-xl font-semibold">{l.title}</h2>
      {f.kind === "done" ? (
        <p className="mt-2">
          {f.completedAt ? l.done(formatDate(f.completedAt)) : null}{" "}
          {f.onTime === null ? null : <Badge tone={f.onTime ? "success" : "warning"}>{f.onTime ? l.doneOnTime : l.doneLate}</Badge>}
        </p>
      ) : f.kind === "insufficient" ? (
        <p className="mt-2">{l.insufficient}</p>
      ) : f.kind === "stalled" ? (
        <>
          <p className="mt-2">{l.stalled}</p>
          <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-2">
            <div><dt className="text-sm text-slate-700">{l.due}</dt><dd className="font-semibold">{formatDate(data.dueDate)}</dd></div>
            <div><dt className="text-sm text-slate-700">{l.probability}</dt><dd><Badge tone="danger">{pctOrDash(f.probability, 0)}</Badge></dd></div>
          </dl>
        </>
      ) : (
        <dl className="mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-2">
          <div><dt className="text-sm text-slate-700">{l.projected}</dt><dd className="text-lg font-semibold">{f.projected ? formatDate(f.projected) : l.beyond}</dd></div>
          <div>
            <dt className="text-sm text-slate-700">{l.band}</dt>
            <dd className="font-semibold">{l.bandValue(f.low ? formatDate(f.low) : l.beyond, f.high ? formatDate(f.high) : l.beyond)}</dd>
          </div>
          <div><dt className="text-sm text-slate-700">{l.due}</dt><dd className="font-semibold">{formatDate(data.dueDate)}</dd></div>
          <div>
            <dt className="text-sm text-slate-700">{l.probability}</dt>
            <dd><Badge tone={probabilityTone(f.probability)}>{pctOrDash(f.probability, 0)}</Badge></dd>
          </div>
          <div><dt className="text-sm text-slate-700">{l.pace}</dt><dd>{l.paceValue(formatNumber(f.pacePerMonth, 1))}</dd></div>
        </dl>
      )}

      <h3 className="mt-4 font-semibold">{l.accuracyTitle}</h3>
      <p className="mt-1 text-sm" data-testid="task-forecast-accuracy">
        {acc.n > 0 && acc.mae !== null ? l.accuracy(acc.n, formatNumber(acc.mae, 1), pctOrDash(acc.coverage, 0)) : l.accuracyNone}
      </p>
      <p className="mt-2 text-sm text-slate-700">{l.method}</p>

      {data.history.length > 0 ? (
        <>
          <h3 className="mt-4 font-semibold">{l.chartTitle}</h3>
          <div className="mt-2">
            <LazyTaskForecastChart
              data={chart}
              due={{ t: data.dueDate.getTime(), label: formatDate(data.dueDate) }}
              labels={{ reported: l.series.reported, median: l.series.median, band: l.series.band, due: l.due }}
            />
          </div>
          <details className="mt-2">
            <summary className="cursor-pointer text-brand-700 underline">{l.tableSummary}</summary>
            <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label={l.tableCaption}>
              <table className="w-full text-left text-sm">
                <caption className="p-2 text-left font-semibold">{l.tableCaption}</caption>
                <thead className="bg-slate-100">
                  <tr>
                    <th scope="col" className="px-2 py-1">{l.date}</th>
                    <th scope="col" className="px-2 py-1">{l.reported}</th>
                    <th scope="col" className="px-2 py-1">{l.forecastMedian}</th>
                    <th scope="col" className="px-2 py-1">{l.forecastBand}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-200">
                  {data.history.map((h) => (
                    <tr key={`h${h.at.getTime()}`}>
                      <td className="px-2 py-1">{formatDate(h.at)}</td>
                      <td className="px-2 py-1">{h.progress}%</td>
                      <td className="px-2 py-1">—</td>
                      <td className="px-2 py-1">—</td>
                    </tr>
                  ))}
                  {data.path.map((p) => (
                    <tr key={`p${p.at.getTime()}`}>
                      <td className="px-2 py-1">{formatDate(p.at)}</td>
                      <td className="px-2 py-1">—</td>
                      <td className="px-2 py-1">{formatNumber(p.mean, 0)}%</td>
                      <td className="px-2 py-1">{formatNumber(p.low, 0)}% – {formatNumber(p.high, 0)}%</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      ) : null}
    </section>
  );
}
