import Link from "next/link";
import { PageHeader } from "@/components/ui/PageHeader";
import { StatCard } from "@/components/ui/StatCard";
import { formatDateTime, formatNumber, formatPercent } from "@/lib/domain/format";
import type { Messages } from "@/lib/i18n";
import type { PublicStatistics } from "@/lib/server/stats/get-public-statistics";
import { LazyMonthlyChart } from "./LazyMonthlyChart";

type Props = { t: Messages; stats: PublicStatistics };

const field = "mt-1 w-full rounded border border-slate-500 bg-white px-3 py-2 text-base";
const th = "px-3 py-2 font-semibold";
const td = "px-3 py-2 text-right tabular-nums";

/** "2026-11" → "11/2026" */
const monthLabel = (key: string) => `${key.slice(5, 7)}/${key.slice(0, 4)}`;

function statsHref(period: string, agency?: string): string {
  const params = new URLSearchParams({ period });
  if (agency) params.set("agency", agency);
  return `/statistics?${params}`;
}

/** A share, or a dash that screen readers hear as "no data". */
function Share({ value, t }: { value: number | null; t: Messages }) {
  if (value !== null) return <>{formatPercent(value)}</>;
  return (
    <>
      <span aria-hidden="true">{t.stats.noData}</span>
      <span className="sr-only">{t.stats.noDataLong}</span>
    </>
  );
}

/**
 * Tables scroll sideways inside their own box on a phone; the box is focusable so the keyboard
 * can scroll it, and positioned so screen-reader-only text inside stays clipped by it.
 */
function ScrollBox({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

export function StatisticsPage({ t, stats }: Props) {
  const s = t.stats;
  const { period, counts, shares } = stats;
  const scope = stats.agency?.shortName ?? s.province;
  const periodText = period.kind === "month" ? s.periodLabel.month(period.month, period.year) : s.periodLabel.year(period.year);
  const share = (v: number | null) => (v === null ? s.noData : formatPercent(v));
  const departments = stats.agencies.filter((a) => a.kind === "DEPARTMENT");
  const communes = stats.agencies.filter((a) => a.kind === "COMMUNE");

  return (
    <div className="space-y-8">
      <PageHeader title={s.title} lead={s.lead} />

      {/* Keyed by the selection so the uncontrolled selects follow client-side navigation (ranking links). */}
      <form key={statsHref(period.kind, stats.agency?.code)} action="/statistics" method="get" aria-label={s.formLabel} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-[1fr_2fr_auto] md:items-end">
        <div>
          <label htmlFor="stats-period" className="block font-medium">{s.period}</label>
          <select id="stats-period" name="period" defaultValue={period.kind} className={field}>
            <option value="month">{s.periods.month(period.month, period.year)}</option>
            <option value="year">{s.periods.year(period.year)}</option>
          </select>
        </div>
        <div>
          <label htmlFor="stats-agency" className="block font-medium">{s.agency}</label>
          <select id="stats-agency" name="agency" defaultValue={stats.agency?.code ?? ""} className={field}>
            <option value="">{s.province}</option>
            <optgroup label={s.agencyGroups.DEPARTMENT}>
              {departments.map((a) => <option key={a.code} value={a.code}>{a.shortName}</option>)}
            </optgroup>
            <optgroup label={s.agencyGroups.COMMUNE}>
              {communes.map((a) => <option key={a.code} value={a.code}>{a.shortName}</option>)}
            </optgroup>
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">{s.show}</button>
      </form>

      <section aria-labelledby="stats-scope">
        <h2 id="stats-scope" className="mb-3 text-xl font-semibold">{s.scopeTitle(scope, periodText)}</h2>
        <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          <StatCard label={s.received} value={formatNumber(counts.received)} />
          <StatCard label={s.finishedEarly} value={formatNumber(counts.finishedEarly)} />
          <StatCard label={s.finishedOnTime} value={formatNumber(counts.finishedOnTime)} />
          <StatCard label={s.finishedLate} value={formatNumber(counts.finishedLate)} />
          <StatCard label={s.onTimeShare} value={share(shares.onTime)} note={s.ofFinished(counts.finished)} />
          <StatCard label={s.onlineShare} value={share(shares.online)} note={s.ofReceived(counts.online)} />
          <StatCard label={s.onlinePaymentShare} value={share(shares.onlinePayment)} note={s.ofFeeBearing(counts.paidOnline, counts.feeBearing)} />
          <StatCard label={s.satisfaction} value={share(shares.satisfaction)} note={s.ofRated(counts.rated)} />
        </dl>
      </section>

      <section aria-labelledby="stats-trend" className="space-y-4">
        <h2 id="stats-trend" className="text-xl font-semibold">{s.trendTitle}</h2>
        <figure aria-labelledby="stats-chart-title" className="rounded-lg border border-slate-200 bg-white p-3">
          <figcaption className="mb-2">
            <span id="stats-chart-title" className="block font-semibold">{s.chartTitle(scope)}</span>
            <span className="block text-sm text-slate-700">{s.chartNote}</span>
          </figcaption>
          <LazyMonthlyChart
            labels={{ received: s.received, onTimeShare: s.onTimeShare }}
            data={stats.monthly.map((m) => ({
              label: monthLabel(m.month),
              received: m.received,
              onTimePercent: m.onTimeShare === null ? null : Math.round(m.onTimeShare * 1000) / 10,
            }))}
          />
        </figure>
        <ScrollBox label={s.tableCaption(scope)}>
          <table className="w-full min-w-[32rem] text-sm">
            <caption className="p-3 text-left font-semibold">{s.tableCaption(scope)}</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className={`${th} text-left`}>{s.month}</th>
                <th scope="col" className={`${th} text-right`}>{s.received}</th>
                <th scope="col" className={`${th} text-right`}>{s.finished}</th>
                <th scope="col" className={`${th} text-right`}>{s.onTime}</th>
                <th scope="col" className={`${th} text-right`}>{s.onTimeShare}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {stats.monthly.map((m) => (
                <tr key={m.month}>
                  <th scope="row" className={`${th} text-left`}>{monthLabel(m.month)}</th>
                  <td className={td}>{formatNumber(m.received)}</td>
                  <td className={td}>{formatNumber(m.finished)}</td>
                  <td className={td}>{formatNumber(m.onTime)}</td>
                  <td className={td}><Share value={m.onTimeShare} t={t} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </section>

      <section aria-labelledby="stats-ranking" className="space-y-2">
        <h2 id="stats-ranking" className="text-xl font-semibold">{s.rankingTitle}</h2>
        <p className="text-sm text-slate-700">{s.rankingNote}</p>
        {stats.ranking.length === 0 ? (
          <p>{s.rankingEmpty}</p>
        ) : (
          <ScrollBox label={s.rankingCaption(periodText)}>
            <table className="w-full min-w-[44rem] text-sm">
              <caption className="p-3 text-left font-semibold">{s.rankingCaption(periodText)}</caption>
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className={`${th} text-right`}>{s.rank}</th>
                  <th scope="col" className={`${th} text-left`}>{s.agency}</th>
                  <th scope="col" className={`${th} text-right`}>{s.received}</th>
                  <th scope="col" className={`${th} text-right`}>{s.onTimeShare}</th>
                  <th scope="col" className={`${th} text-right`}>{s.onlineShare}</th>
                  <th scope="col" className={`${th} text-right`}>{s.onlinePaymentShare}</th>
                  <th scope="col" className={`${th} text-right`}>{s.satisfaction}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {stats.ranking.map((r) => {
                  const current = r.code === stats.agency?.code;
                  return (
                    <tr key={r.code} className={current ? "bg-brand-50" : undefined}>
                      <td className={td}>{r.rank}</td>
                      <th scope="row" className={`${th} text-left`}>
                        <Link href={statsHref(period.kind, r.code)} className="text-brand-700 underline" aria-current={current ? "page" : undefined}>{r.name}</Link>
                        {current ? <span className="ml-1 font-normal">{s.current}</span> : null}
                      </th>
                      <td className={td}>{formatNumber(r.counts.received)}</td>
                      <td className={td}><Share value={r.shares.onTime} t={t} /></td>
                      <td className={td}><Share value={r.shares.online} t={t} /></td>
                      <td className={td}><Share value={r.shares.onlinePayment} t={t} /></td>
                      <td className={td}><Share value={r.shares.satisfaction} t={t} /></td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollBox>
        )}
      </section>

      <div className="space-y-1 text-sm text-slate-700">
        <p>{s.source}</p>
        <p>{s.updated(formatDateTime(stats.computedAt))}</p>
      </div>
    </div>
  );
}
