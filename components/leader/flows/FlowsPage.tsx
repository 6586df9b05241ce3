import Link from "next/link";
import { PrintButton } from "@/components/leader/quality/PrintButton";
import { ScrollBox } from "@/components/leader/quality/ScrollBox";
import { DataTrust } from "@/components/ui/DataTrust";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatDate, formatNumber, formatPercent } from "@/lib/domain/format";
import type { Messages } from "@/lib/i18n";
import type { DossierFlows, FlowCounts } from "@/lib/server/flows/get-dossier-flows";
import type { LikelyLateList } from "@/lib/server/flows/list-likely-late";
import type { TFlowsQuery } from "@/lib/validation/leader-dashboards";
import { LazyFlowsChart } from "./LazyFlowsChart";

const th = "px-3 py-2 font-semibold";
const td = "px-3 py-2 text-right tabular-nums";
const field = "mt-1 w-full rounded border border-slate-500 bg-white px-3 py-2 text-base";

/** The flows URL with the current filters, some replaced. */
export function flowsQueryString(query: TFlowsQuery, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  const all: Record<string, string | undefined> = { months: String(query.months), agency: query.agency, channel: query.channel, ...extra };
  for (const [k, v] of Object.entries(all)) if (v) params.set(k, v);
  return params.toString();
}

function OnTimeShare({ c, t }: { c: FlowCounts; t: Messages }) {
  if (c.finished > 0) return <>{formatPercent((c.finishedEarly + c.finishedOnTime) / c.finished)}</>;
  return (
    <>
      <span aria-hidden="true">{t.flows.noData}</span>
      <span className="sr-only">{t.flows.noDataLong}</span>
    </>
  );
}

function CountHeaders({ t }: { t: Messages }) {
  const f = t.flows;
  return (
    <>
      <th scope="col" className={`${th} text-right`}>{f.received}</th>
      <th scope="col" className={`${th} text-right`}>{f.finished}</th>
      <th scope="col" className={`${th} text-right`}>{f.finishedEarly}</th>
      <th scope="col" className={`${th} text-right`}>{f.finishedOnTime}</th>
      <th scope="col" className={`${th} text-right`}>{f.finishedLate}</th>
      <th scope="col" className={`${th} text-right`}>{f.onTimeShare}</th>
    </>
  );
}

function CountCells({ c, t }: { c: FlowCounts; t: Messages }) {
  return (
    <>
      <td className={td}>{formatNumber(c.received)}</td>
      <td className={td}>{formatNumber(c.finished)}</td>
      <td className={td}>{formatNumber(c.finishedEarly)}</td>
      <td className={td}>{formatNumber(c.finishedOnTime)}</td>
      <td className={td}>{formatNumber(c.finishedLate)}</td>
      <td className={td}><OnTimeShare c={c} t={t} /></td>
    </>
  );
}

type CountsRow = { key: string; header: React.ReactNode; counts: FlowCounts; current?: boolean };

/** One table of flow counts (by month, channel or agency): a caption, a first column, the counts. */
function CountsTable({ caption, firstColumn, rows, minWidth, t }: { caption: string; firstColumn: string; rows: CountsRow[]; minWidth: string; t: Messages }) {
  return (
    <ScrollBox label={caption}>
      <table className={`w-full ${minWidth} text-sm`}>
        <caption className="p-3 text-left font-semibold">{caption}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className={`${th} text-left`}>{firstColumn}</th>
            <CountHeaders t={t} />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((r) => (
            <tr key={r.key} className={r.current ? "bg-brand-50" : undefined}>
              <th scope="row" className={`${th} text-left`}>{r.header}</th>
              <CountCells c={r.counts} t={t} />
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

function CsvLink({ href, label }: { href: string; label: string }) {
  return <a href={href} download className="text-sm font-semibold text-brand-700 underline print:hidden">{label}</a>;
}

export function FlowsPage({ t, flows, likelyLate }: { t: Messages; flows: DossierFlows; likelyLate: LikelyLateList }) {
  const f = t.flows;
  const { query } = flows;
  const agencyName = flows.agency?.shortName ?? f.allAgencies;
  const channelName = query.channel ? f.channels[query.channel] : f.allChannels;
  const scope = f.scope(agencyName, channelName, query.months);
  const fr = flows.freshness;
  const rollupTrust = { source: f.sourceRollup, updatedAt: fr.lastUpdate, labels: f.trust, completeness: f.completeness(fr.agenciesWithData, fr.agenciesTotal, query.months) };
  const openTrust = { source: f.sourceOpen, updatedAt: fr.computedAt, labels: f.trust };
  const csv = (table: string) => `/leader/flows/export?${flowsQueryString(query, { table })}`;
  const totals = flows.monthly.reduce(
    (s, m) => ({ received: s.received + m.received, finished: s.finished + m.finished, finishedEarly: s.finishedEarly + m.finishedEarly, finishedOnTime: s.finishedOnTime + m.finishedOnTime, finishedLate: s.finishedLate + m.finishedLate, rejected: s.rejected + m.rejected, withdrawn: s.withdrawn + m.withdrawn }),
    { received: 0, finished: 0, finishedEarly: 0, finishedOnTime: 0, finishedLate: 0, rejected: 0, withdrawn: 0 },
  );
  const departments = flows.agencies.filter((a) => a.kind === "DEPARTMENT");
  const communes = flows.agencies.filter((a) => a.kind === "COMMUNE");

  return (
    <div className="space-y-8">
      <PageHeader title={f.title} lead={f.lead} />

      <div className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 print:hidden">
        <form key={flowsQueryString(query)} action="/leader/flows" method="get" aria-label={f.formLabel} className="grid flex-1 gap-3 sm:grid-cols-[1fr_2fr_1.5fr_auto] sm:items-end">
          <div>
            <label htmlFor="flows-months" className="block font-medium">{f.span}</label>
            <select id="flows-months" name="months" defaultValue={String(query.months)} className={field}>
              <option value="12">{f.spans[12]}</option>
              <option value="24">{f.spans[24]}</option>
            </select>
          </div>
          <div>
            <label htmlFor="flows-agency" className="block font-medium">{f.agency}</label>
            <select id="flows-agency" name="agency" defaultValue={flows.agency?.code ?? ""} className={field}>
              <option value="">{f.allAgencies}</option>
              <optgroup label={f.agencyGroups.DEPARTMENT}>{departments.map((a) => <option key={a.code} value={a.code}>{a.shortName}</option>)}</optgroup>
              <optgroup label={f.agencyGroups.COMMUNE}>{communes.map((a) => <option key={a.code} value={a.code}>{a.shortName}</option>)}</optgroup>
            </select>
          </div>
          <div>
            <label htmlFor="flows-channel" className="block font-medium">{f.channel}</label>
            <select id="flows-channel" name="channel" defaultValue={query.channel ?? ""} className={field}>
              <option value="">{f.allChannels}</option>
              {flows.byChannel.map((c) => <option key={c.channel} value={c.channel}>{f.channels[c.channel]}</option>)}
            </select>
          </div>
          <button type="submit" className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">{f.show}</button>
        </form>
        <div className="flex flex-wrap gap-3">
          <PrintButton label={f.print} />
          <a href={csv("monthly")} download className="rounded border border-brand-600 bg-white px-4 py-2 font-semibold text-brand-700 underline hover:bg-brand-50">{f.csv}</a>
        </div>
      </div>

      <section aria-labelledby="flows-summary" className="space-y-3">
        <h2 id="flows-summary" className="text-xl font-semibold">{f.summaryTitle}</h2>
        <p className="text-sm text-slate-700">{scope}</p>
        <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          {[
            [f.received, formatNumber(totals.received)],
            [f.finished, formatNumber(totals.finished)],
            [f.onTimeShare, totals.finished > 0 ? formatPercent((totals.finishedEarly + totals.finishedOnTime) / totals.finished) : f.noData],
            [f.finishedLate, formatNumber(totals.finishedLate)],
            [f.openNow, formatNumber(flows.backlogTotal.open)],
            [f.overdueNow, formatNumber(flows.backlogTotal.overdue)],
            [f.likelyLateTitle, formatNumber(likelyLate.flagged)],
          ].map(([label, value]) => (
            <div key={label} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <dt className="text-sm text-slate-700">{label}</dt>
              <dd className="mt-1 text-2xl font-bold text-brand-700">{value}</dd>
            </div>
          ))}
        </dl>
        <DataTrust {...rollupTrust} />
      </section>

      <section aria-labelledby="flows-monthly" className="space-y-4">
        <h2 id="flows-monthly" className="text-xl font-semibold">{f.monthlyTitle}</h2>
        <figure aria-labelledby="flows-chart-title" className="rounded-lg border border-slate-200 bg-white p-3">
          <figcaption className="mb-2">
            <span id="flows-chart-title" className="block font-semibold">{f.chartTitle} — {scope}</span>
            <span className="block text-sm text-slate-700">{f.chartNote}</span>
          </figcaption>
          <LazyFlowsChart
            labels={{ received: f.received, onTime: f.onTimeSeries, late: f.finishedLate }}
            data={flows.monthly.map((m) => ({ label: f.monthLabel(m.month), received: m.received, onTime: m.finishedEarly + m.finishedOnTime, late: m.finishedLate }))}
          />
        </figure>
        <CountsTable
          caption={f.monthlyCaption(scope)}
          firstColumn={f.month}
          minWidth="min-w-[40rem]"
          rows={flows.monthly.map((m) => ({ key: m.month, header: f.monthLabel(m.month), counts: m }))}
          t={t}
        />
        <div className="flex flex-wrap items-center justify-between gap-2">
          <DataTrust {...rollupTrust} />
          <CsvLink href={csv("monthly")} label={f.csvOf(f.csvTables.monthly)} />
        </div>
      </section>

      <section aria-labelledby="flows-channel-title" className="space-y-3">
        <h2 id="flows-channel-title" className="text-xl font-semibold">{f.channelTitle}</h2>
        <CountsTable
          caption={f.channelCaption(agencyName, query.months)}
          firstColumn={f.channel}
          minWidth="min-w-[40rem]"
          rows={flows.byChannel.map((c) => ({ key: c.channel, header: f.channels[c.channel], counts: c, current: c.channel === query.channel }))}
          t={t}
        />
        <DataTrust {...rollupTrust} />
      </section>

      <section aria-labelledby="flows-agency-title" className="space-y-3">
        <h2 id="flows-agency-title" className="text-xl font-semibold">{f.agencyTitle}</h2>
        <CountsTable
          caption={f.agencyCaption(channelName, query.months)}
          firstColumn={f.agency}
          minWidth="min-w-[44rem]"
          rows={flows.byAgency.map((a) => ({
            key: a.agency.id,
            header: (
              <Link href={`/leader/flows?${flowsQueryString(query, { agency: a.agency.code })}`} className="text-brand-700 underline" aria-label={f.filterAgency(a.agency.shortName)}>{a.agency.shortName}</Link>
            ),
            counts: a,
            current: a.agency.id === flows.agency?.id,
          }))}
          t={t}
        />
        <div className="flex flex-wrap items-center justify-between gap-2">
          <DataTrust {...rollupTrust} />
          <CsvLink href={csv("agencies")} label={f.csvOf(f.csvTables.agencies)} />
        </div>
      </section>

      <section aria-labelledby="flows-backlog" className="space-y-3">
        <h2 id="flows-backlog" className="text-xl font-semibold">{f.backlogTitle}</h2>
        <p className="text-sm text-slate-700">{f.backlogNote}</p>
        {flows.backlog.length === 0 ? <p>{f.backlogEmpty}</p> : (
          <ScrollBox label={f.backlogCaption}>
            <table className="w-full min-w-[44rem] text-sm">
              <caption className="p-3 text-left font-semibold">{f.backlogCaption}</caption>
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className={`${th} text-left`}>{f.agency}</th>
                  <th scope="col" className={`${th} text-right`}>{f.submitted}</th>
                  <th scope="col" className={`${th} text-right`}>{f.inProgress}</th>
                  <th scope="col" className={`${th} text-right`}>{f.supplement}</th>
                  <th scope="col" className={`${th} text-right`}>{f.approved}</th>
                  <th scope="col" className={`${th} text-right`}>{f.open}</th>
                  <th scope="col" className={`${th} text-right`}>{f.overdue}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {[...flows.backlog.map((b) => ({ key: b.agency.id, name: b.agency.shortName, ...b })), { key: "total", name: f.total, ...flows.backlogTotal }].map((b) => (
                  <tr key={b.key} className={b.key === "total" ? "bg-slate-50 font-semibold" : undefined}>
                    <th scope="row" className={`${th} text-left`}>{b.name}</th>
                    <td className={td}>{formatNumber(b.submitted)}</td>
                    <td className={td}>{formatNumber(b.inProgress)}</td>
                    <td className={td}>{formatNumber(b.supplement)}</td>
                    <td className={td}>{formatNumber(b.approved)}</td>
                    <td className={td}>{formatNumber(b.open)}</td>
                    <td className={td}>{formatNumber(b.overdue)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        )}
        <div className="flex flex-wrap items-center justify-between gap-2">
          <DataTrust {...openTrust} />
          <CsvLink href={csv("backlog")} label={f.csvOf(f.csvTables.backlog)} />
        </div>
      </section>

      <section aria-labelledby="flows-likely-late" className="space-y-3">
        <h2 id="flows-likely-late" className="text-xl font-semibold">{f.likelyLateTitle}</h2>
        <p className="text-sm text-slate-700">{f.likelyLateRule}</p>
        <p>{likelyLate.flagged === 0 ? f.likelyLateEmpty : f.likelyLateCount(likelyLate.rows.length, likelyLate.flagged, likelyLate.examined)}</p>
        {likelyLate.rows.length > 0 ? (
          <ScrollBox label={f.likelyLateCaption}>
            <table className="w-full min-w-[56rem] text-sm">
              <caption className="p-3 text-left font-semibold">{f.likelyLateCaption}</caption>
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className={`${th} text-left`}>{f.code}</th>
                  <th scope="col" className={`${th} text-left`}>{f.agency}</th>
                  <th scope="col" className={`${th} text-left`}>{f.procedure}</th>
                  <th scope="col" className={`${th} text-left`}>{f.status}</th>
                  <th scope="col" className={`${th} text-left`}>{f.dueAt}</th>
                  <th scope="col" className={`${th} text-right`}>{f.daysLeft}</th>
                  <th scope="col" className={`${th} text-right`}>{f.stillNeeded}</th>
                  <th scope="col" className={`${th} text-left`}>{f.typical}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {likelyLate.rows.map((r) => (
                  <tr key={r.id}>
                    <th scope="row" className={`${th} text-left font-mono`}>{r.code}</th>
                    <td className="px-3 py-2">{r.agency.shortName}</td>
                    <td className="px-3 py-2">{r.procedure.name} <span className="text-slate-700">({r.procedure.code})</span></td>
                    <td className="px-3 py-2">{t.dossierStatus[r.status]}</td>
                    <td className="px-3 py-2 tabular-nums">{formatDate(r.dueAt)}</td>
                    <td className={`${td} font-semibold`}>{r.daysLeft}</td>
                    <td className={td}>{r.stillNeeded}</td>
                    <td className="px-3 py-2">{f.typicalValue(r.typical.median, r.typical.p75, r.typical.samples)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        ) : null}
        <div className="flex flex-wrap items-center justify-between gap-2">
          <DataTrust source={f.sourceLikelyLate} updatedAt={likelyLate.computedAt} labels={f.trust} completeness={f.completenessOpen(likelyLate.examined)} />
          <CsvLink href={csv("likely-late")} label={f.csvOf(f.csvTables.likelyLate)} />
        </div>
      </section>
    </div>
  );
}
