import Link from "next/link";
import { DataTrust } from "@/components/ui/DataTrust";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatNumber } from "@/lib/domain/format";
import type { Group766 } from "@/lib/domain/service-index-766";
import type { Messages } from "@/lib/i18n";
import type { AgencyQuality } from "@/lib/server/quality/get-agency-quality";
import { GroupTable, IndicatorTable, MethodSection, Points, Toolbar, TrendSection, pointsText } from "./parts";
import { RankChange } from "./QualityPage";

export function AgencyQualityPage({ t, data }: { t: Messages; data: AgencyQuality }) {
  const q = t.quality;
  const { agency, month, score } = data;
  const trust = { source: q.source, updatedAt: data.freshness.lastUpdate, labels: q.trust, completeness: q.completeness(data.freshness.agenciesWithData, data.freshness.agenciesTotal, month) };
  const change = data.rank !== null && data.previousRank !== null ? data.previousRank - data.rank : null;

  return (
    <div className="space-y-8">
      <p className="print:hidden">
        <Link href={`/leader/quality?month=${month}`} className="text-brand-700 underline">← {q.back}</Link>
      </p>
      <PageHeader title={q.agencyTitle(agency.name, month)} lead={q.agencyLead} />
      <Toolbar t={t} action={`/leader/quality/${agency.code}`} month={month} months={data.selectableMonths} csvHref={`/leader/quality/export?month=${month}&agency=${agency.code}`} csvLabel={q.csvAgency} />

      <section aria-labelledby="agency-score" className="space-y-3">
        <h2 id="agency-score" className="text-xl font-semibold">{q.total}</h2>
        <dl className="grid gap-3 sm:grid-cols-3">
          <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <dt className="text-sm text-slate-700">{q.total}</dt>
            <dd className="mt-1 text-3xl font-bold text-brand-700" data-testid="agency-total">
              {score.total === null ? <Points value={null} t={t} /> : q.outOf100(pointsText(score.total))}
            </dd>
            <dd className="mt-1 text-sm text-slate-700">{q.province}: <Points value={data.provinceTotal} t={t} /></dd>
          </div>
          <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <dt className="text-sm text-slate-700">{q.rank}</dt>
            <dd className="mt-1 text-2xl font-bold text-brand-700">{data.rank === null ? q.unranked : q.rankOf(data.rank, data.rankedAgencies)}</dd>
            <dd className="mt-1 text-sm"><RankChange t={t} change={change} rank={data.rank} /></dd>
          </div>
          <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <dt className="text-sm text-slate-700">{q.yearToDate(month.slice(0, 4))}</dt>
            <dd className="mt-1 text-3xl font-bold text-brand-700"><Points value={data.yearToDate.total} t={t} /></dd>
            <dd className="mt-1 text-sm text-slate-700">{q.received}: {formatNumber(data.counts.received)}</dd>
          </div>
        </dl>
        <DataTrust {...trust} />
      </section>

      <section aria-labelledby="agency-gap" className="space-y-3 print:break-inside-avoid">
        <h2 id="agency-gap" className="text-xl font-semibold">{q.gapTitle}</h2>
        <p className="text-sm text-slate-700">{q.gapNote}</p>
        {data.actions.length === 0 ? (
          <p>{q.gapEmpty}</p>
        ) : (
          <ol className="space-y-3" aria-label={q.gapTitle}>
            {data.actions.map((a) => (
              <li key={a.kind} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <p className="font-semibold">
                  {q.gapActions[a.kind](formatNumber(a.amount))} <span aria-hidden="true">→</span>{" "}
                  <span className="text-green-800">{q.gain(pointsText(a.gainByGroup[a.group] ?? 0), q.groups[a.group])}</span>
                </p>
                <p className="text-sm text-slate-700">
                  {q.gainTotal(pointsText(a.gain))}
                  {Object.keys(a.gainByGroup).length > 1
                    ? ` (${(Object.entries(a.gainByGroup) as [Group766, number][]).map(([g, v]) => `${q.groups[g]} +${pointsText(v)}`).join("; ")})`
                    : ""}
                </p>
                {!a.reachesTarget ? <p className="text-sm text-slate-700">{q.partial}</p> : null}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="agency-groups" className="space-y-3">
        <h2 id="agency-groups" className="text-xl font-semibold">{q.group}</h2>
        <GroupTable t={t} groups={score.groups} caption={q.groupsCaption(agency.shortName, month)} />
        <IndicatorTable t={t} indicators={score.indicators} caption={q.indicatorsCaption(agency.shortName, month)} />
        <DataTrust {...trust} />
      </section>

      <TrendSection t={t} id="agency-trend" scope={agency.shortName} trend={data.trend} compare={{ label: q.province, totals: data.provinceTrend }} freshness={data.freshness} />
      <MethodSection t={t} />
    </div>
  );
}
