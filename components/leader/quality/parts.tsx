// Pieces shared by the province and agency quality pages (server components).
import { DataTrust } from "@/components/ui/DataTrust";
import { formatNumber, formatPercent } from "@/lib/domain/format";
import { monthLabel, type MonthKey } from "@/lib/domain/report-month";
import { INDICATORS_766, UNMEASURED_766, roundPoints, type GroupScore, type IndicatorScore } from "@/lib/domain/service-index-766";
import type { Messages } from "@/lib/i18n";
import type { DataFreshness, TrendPoint } from "@/lib/server/quality/quality-data";
import { LazyScoreTrendChart } from "./LazyScoreTrendChart";
import { PrintButton } from "./PrintButton";
import { ScrollBox } from "./ScrollBox";

export const th = "px-3 py-2 font-semibold";
export const td = "px-3 py-2 text-right tabular-nums";
const field = "mt-1 w-full rounded border border-slate-500 bg-white px-3 py-2 text-base";

/** Points with two decimals (74,33), or a dash read out as "no score". */
export function Points({ value, t }: { value: number | null; t: Messages }) {
  if (value !== null) return <>{formatNumber(roundPoints(value), 2)}</>;
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="sr-only">{t.quality.noScoreLong}</span>
    </>
  );
}

export const pointsText = (v: number) => formatNumber(roundPoints(v), 2);

/** Month selector (GET form: the month is in the URL), print button and CSV link. */
export function Toolbar({ t, action, month, months, csvHref, csvLabel }: { t: Messages; action: string; month: MonthKey; months: MonthKey[]; csvHref: string; csvLabel: string }) {
  const q = t.quality;
  return (
    <div className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 print:hidden">
      <form key={month} action={action} method="get" aria-label={q.formLabel} className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="quality-month" className="block font-medium">{q.month}</label>
          <select id="quality-month" name="month" defaultValue={month} className={field}>
            {months.map((m) => <option key={m} value={m}>{monthLabel(m)}</option>)}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">{q.show}</button>
      </form>
      <div className="flex flex-wrap gap-3 sm:ml-auto">
        <PrintButton label={q.print} />
        <a href={csvHref} className="rounded border border-brand-600 bg-white px-4 py-2 font-semibold text-brand-700 underline hover:bg-brand-50" download>{csvLabel}</a>
      </div>
    </div>
  );
}

/** Points per group with a bar (decorative: the numbers are in the cells). */
export function GroupTable({ t, groups, caption }: { t: Messages; groups: GroupScore[]; caption: string }) {
  const q = t.quality;
  return (
    <ScrollBox label={caption}>
      <table className="w-full min-w-[30rem] text-sm">
        <caption className="p-3 text-left font-semibold">{caption}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className={`${th} text-left`}>{q.group}</th>
            <th scope="col" className={`${th} text-right`}>{q.earned}</th>
            <th scope="col" className={`${th} text-right`}>{q.max}</th>
            <th scope="col" className={`${th} text-left`}>{q.share}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {groups.map((g) => {
            const share = g.points / g.max;
            return (
              <tr key={g.group}>
                <th scope="row" className={`${th} text-left`}>{q.groups[g.group]}</th>
                <td className={td}>{pointsText(g.points)}</td>
                <td className={td}>{g.max}</td>
                <td className="px-3 py-2">
                  <span className="flex items-center gap-2">
                    <span className="h-2 w-24 rounded bg-slate-200" aria-hidden="true">
                      <span className="block h-2 rounded bg-brand-600" style={{ width: `${Math.round(share * 100)}%` }} />
                    </span>
                    <span className="tabular-nums">{formatPercent(share)}</span>
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollBox>
  );
}

/** Each measured indicator: its counts, ratio, target and points. */
export function IndicatorTable({ t, indicators, caption }: { t: Messages; indicators: IndicatorScore[]; caption: string }) {
  const q = t.quality;
  return (
    <ScrollBox label={caption}>
      <table className="w-full min-w-[44rem] text-sm">
        <caption className="p-3 text-left font-semibold">{caption}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className={`${th} text-left`}>{q.group}</th>
            <th scope="col" className={`${th} text-left`}>{q.indicator}</th>
            <th scope="col" className={`${th} text-right`}>{q.counts}</th>
            <th scope="col" className={`${th} text-right`}>{q.ratio}</th>
            <th scope="col" className={`${th} text-right`}>{q.target}</th>
            <th scope="col" className={`${th} text-right`}>{q.earned}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {indicators.map((i) => (
            <tr key={i.id}>
              <td className="px-3 py-2">{q.groups[i.group]}</td>
              <th scope="row" className="px-3 py-2 text-left font-normal">{q.indicators[i.id]}</th>
              <td className={td}>{i.id === "satisfactionIndex" ? "" : `${formatNumber(i.numerator)}/${formatNumber(i.denominator)}`}</td>
              <td className={td}>
                {i.ratio === null ? (
                  <>
                    <span aria-hidden="true">{q.notApplicable}</span>
                    <span className="sr-only">{q.notApplicableLong}</span>
                  </>
                ) : formatPercent(i.ratio)}
              </td>
              <td className={td}>{formatPercent(i.target, 0)}</td>
              <td className={td}>{pointsText(i.points)}/{i.max}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

/** The 12-month trend: a lazy chart and the same numbers as a table. */
export function TrendSection({ t, id, scope, trend, compare, freshness }: {
  t: Messages; id: string; scope: string; trend: TrendPoint[]; compare?: { label: string; totals: (number | null)[] }; freshness: DataFreshness;
}) {
  const q = t.quality;
  const round = (v: number | null) => (v === null ? null : roundPoints(v));
  return (
    <section aria-labelledby={id} className="space-y-4 print:break-inside-avoid">
      <h2 id={id} className="text-xl font-semibold">{q.trendTitle}</h2>
      <figure aria-labelledby={`${id}-chart`} className="rounded-lg border border-slate-200 bg-white p-3">
        <figcaption className="mb-2">
          <span id={`${id}-chart`} className="block font-semibold">{q.chartTitle(scope)}</span>
          <span className="block text-sm text-slate-700">{q.chartNote}</span>
        </figcaption>
        <LazyScoreTrendChart
          labels={{ main: scope, compare: compare?.label }}
          data={trend.map((p, i) => ({ label: monthLabel(p.month), main: round(p.total), compare: compare ? round(compare.totals[i]) : undefined }))}
        />
      </figure>
      <ScrollBox label={q.trendCaption(scope)}>
        <table className="w-full min-w-[48rem] text-sm">
          <caption className="p-3 text-left font-semibold">{q.trendCaption(scope)}</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className={`${th} text-left`}>{q.month}</th>
              <th scope="col" className={`${th} text-right`}>{q.total}</th>
              {compare ? <th scope="col" className={`${th} text-right`}>{compare.label}</th> : null}
              {trend[0]?.groups.map((g) => <th key={g.group} scope="col" className={`${th} text-right`}>{q.groups[g.group]}</th>)}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {trend.map((p, i) => (
              <tr key={p.month}>
                <th scope="row" className={`${th} text-left`}>{monthLabel(p.month)}</th>
                <td className={td}><Points value={p.total} t={t} /></td>
                {compare ? <td className={td}><Points value={compare.totals[i]} t={t} /></td> : null}
                {p.groups.map((g) => <td key={g.group} className={td}>{p.total === null ? "" : pointsText(g.points)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <DataTrust source={q.trendSource} updatedAt={freshness.lastUpdate} labels={q.trust} />
    </section>
  );
}

/** The formula, the declared table of indicators and what cannot be measured here. */
export function MethodSection({ t }: { t: Messages }) {
  const q = t.quality;
  return (
    <section aria-labelledby="quality-method" className="space-y-3 print:break-inside-avoid">
      <h2 id="quality-method" className="text-xl font-semibold">{q.methodTitle}</h2>
      <p>{q.methodFormula}</p>
      <p>{q.methodMonth}</p>
      <ScrollBox label={q.methodCaption}>
        <table className="w-full min-w-[40rem] text-sm">
          <caption className="p-3 text-left font-semibold">{q.methodCaption}</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className={`${th} text-left`}>{q.group}</th>
              <th scope="col" className={`${th} text-left`}>{q.indicator}</th>
              <th scope="col" className={`${th} text-right`}>{q.max}</th>
              <th scope="col" className={`${th} text-right`}>{q.target}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {INDICATORS_766.map((i) => (
              <tr key={i.id}>
                <td className="px-3 py-2">{q.groups[i.group]}</td>
                <th scope="row" className="px-3 py-2 text-left font-normal">{q.indicators[i.id]}</th>
                <td className={td}>{i.max}</td>
                <td className={td}>{formatPercent(i.target, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <h3 className="text-lg font-semibold">{q.unmeasuredTitle}</h3>
      <p>{q.unmeasuredNote}</p>
      <ul className="list-disc space-y-2 pl-6">
        {UNMEASURED_766.map((u) => (
          <li key={u.id}>
            <strong>{q.unmeasured[u.id].name}</strong> ({q.groups[u.group]}): {q.unmeasured[u.id].feed}
          </li>
        ))}
      </ul>
    </section>
  );
}
