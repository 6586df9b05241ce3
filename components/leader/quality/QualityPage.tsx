import Link from "next/link";
import { DataTrust } from "@/components/ui/DataTrust";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatNumber } from "@/lib/domain/format";
import { roundPoints } from "@/lib/domain/service-index-766";
import type { Messages } from "@/lib/i18n";
import type { QualityDashboard } from "@/lib/server/quality/get-quality-dashboard";
import { GroupTable, MethodSection, Points, Toolbar, TrendSection, pointsText, td, th } from "./parts";
import { ScrollBox } from "./ScrollBox";

/** ▲ 2 / ▼ 1 / = / new: a symbol plus words, never colour alone. */
export function RankChange({ t, change, rank }: { t: Messages; change: number | null; rank: number | null }) {
  const q = t.quality;
  if (rank === null) return null;
  if (change === null) return <span>{q.newRank}</span>;
  if (change === 0) return <span><span aria-hidden="true">= </span>{q.same}</span>;
  return change > 0
    ? <span className="text-green-800"><span aria-hidden="true">▲ </span>{q.up(change)}</span>
    : <span className="text-accent-700"><span aria-hidden="true">▼ </span>{q.down(-change)}</span>;
}

export function QualityPage({ t, data }: { t: Messages; data: QualityDashboard }) {
  const q = t.quality;
  const { province, month } = data;
  const trust = { source: q.source, updatedAt: data.freshness.lastUpdate, labels: q.trust, completeness: q.completeness(data.freshness.agenciesWithData, data.freshness.agenciesTotal, month) };
  const diff = province.score.total !== null && province.previousTotal !== null ? roundPoints(province.score.total) - roundPoints(province.previousTotal) : null;
  const groups = province.score.groups.map((g) => g.group);

  return (
    <div className="space-y-8">
      <PageHeader title={q.title} lead={q.lead} />
      <Toolbar t={t} action="/leader/quality" month={month} months={data.selectableMonths} csvHref={`/leader/quality/export?month=${month}`} csvLabel={q.csv} />

      <section aria-labelledby="quality-province" className="space-y-3">
        <h2 id="quality-province" className="text-xl font-semibold">{q.provinceTitle(month)}</h2>
        <dl className="grid gap-3 sm:grid-cols-3">
          <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <dt className="text-sm text-slate-700">{q.total}</dt>
            <dd className="mt-1 text-3xl font-bold text-brand-700" data-testid="province-total">
              {province.score.total === null ? <Points value={null} t={t} /> : q.outOf100(pointsText(province.score.total))}
            </dd>
            {diff !== null ? <dd className="mt-1 text-sm text-slate-700">{q.versusPrevious(`${diff > 0 ? "+" : ""}${formatNumber(diff, 2)}`)}</dd> : null}
          </div>
          <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <dt className="text-sm text-slate-700">{q.yearToDate(month.slice(0, 4))}</dt>
            <dd className="mt-1 text-3xl font-bold text-brand-700"><Points value={province.yearToDate.total} t={t} /></dd>
          </div>
          <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <dt className="text-sm text-slate-700">{q.received}</dt>
            <dd className="mt-1 text-3xl font-bold text-brand-700">{formatNumber(province.counts.received)}</dd>
          </div>
        </dl>
        <GroupTable t={t} groups={province.score.groups} caption={q.groupsCaption(q.province, month)} />
        <DataTrust {...trust} />
      </section>

      <section aria-labelledby="quality-ranking" className="space-y-2">
        <h2 id="quality-ranking" className="text-xl font-semibold">{q.rankingTitle}</h2>
        <p className="text-sm text-slate-700">{q.rankingNote}</p>
        <ScrollBox label={q.rankingCaption(month)}>
          <table className="w-full min-w-[60rem] text-sm">
            <caption className="p-3 text-left font-semibold">{q.rankingCaption(month)}</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className={`${th} text-right`}>{q.rank}</th>
                <th scope="col" className={`${th} text-left`}>{q.change}</th>
                <th scope="col" className={`${th} text-left`}>{q.agency}</th>
                <th scope="col" className={`${th} text-right`}>{q.total}</th>
                {groups.map((g) => <th key={g} scope="col" className={`${th} text-right`}>{q.groups[g]}</th>)}
                <th scope="col" className={`${th} text-right`}>{q.received}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {data.ranking.map((r) => (
                <tr key={r.agency.id}>
                  <td className={td}>{r.rank ?? <span className="text-slate-700">{q.unranked}</span>}</td>
                  <td className="px-3 py-2"><RankChange t={t} change={r.rankChange} rank={r.rank} /></td>
                  <th scope="row" className={`${th} text-left`}>
                    <Link href={`/leader/quality/${r.agency.code}?month=${month}`} className="text-brand-700 underline">{r.agency.shortName}</Link>
                  </th>
                  <td className={`${td} font-semibold`}><Points value={r.score.total} t={t} /></td>
                  {r.score.groups.map((g) => <td key={g.group} className={td}>{r.score.total === null ? "" : pointsText(g.points)}</td>)}
                  <td className={td}>{formatNumber(r.counts.received)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
        <DataTrust {...trust} />
      </section>

      <TrendSection t={t} id="quality-trend" scope={q.province} trend={data.trend} freshness={data.freshness} />
      <MethodSection t={t} />
    </div>
  );
}
