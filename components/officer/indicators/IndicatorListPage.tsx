import { Badge } from "@/components/ui/Badge";
import { DataTable } from "@/components/ui/DataTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatDateTime, formatNumber } from "@/lib/domain/format";
import { formatPeriod } from "@/lib/domain/observation-input";
import type { Messages } from "@/lib/i18n";
import type { listAgencyIndicators } from "@/lib/server/indicators/list-agency-indicators";

type Data = Awaited<ReturnType<typeof listAgencyIndicators>>;

/** Number as the officer typed it: Vietnamese decimal comma, up to 4 decimals. */
export function formatValue(value: number): string {
  const decimals = Math.min(4, (String(value).split(".")[1] ?? "").length);
  return formatNumber(value, decimals);
}

export function IndicatorListPage({ t, data, locale }: { t: Messages; data: Data; locale: "vi" | "en" }) {
  const d = t.indicatorData;
  return (
    <div className="space-y-6">
      <PageHeader title={d.title} lead={d.lead(data.agencyName)} />
      {data.indicators.length === 0 ? (
        <p>{d.noIndicators}</p>
      ) : (
        <>
          <p>
            <a href="/officer/indicators/import" className="font-semibold text-brand-700 underline">{d.importLink}</a>
          </p>
          <DataTable
            caption={d.listCaption}
            headers={[d.code, d.indicator, d.lastPeriod, d.lastValue, d.source, d.ingestedAt, d.duePeriod]}
            rows={data.indicators.map((i) => [
              <a key="c" href={`/officer/indicators/${encodeURIComponent(i.code)}`} className="font-mono font-semibold text-brand-700 underline" aria-label={d.open(i.code)}>{i.code}</a>,
              <span key="n">{locale === "en" ? i.nameEn : i.name} <span className="text-slate-700">({i.unit} · {d.periodicity[i.periodicity]})</span></span>,
              i.last ? formatPeriod(i.last.period, i.periodicity) : d.none,
              i.last ? formatValue(i.last.value) : d.none,
              i.last ? d.sources[i.last.source] : d.none,
              i.last ? formatDateTime(i.last.ingestedAt) : d.none,
              <span key="s" className="whitespace-nowrap">
                {formatPeriod(i.dueKey, i.periodicity)}{" "}
                {i.dueReported ? <Badge tone="success">{d.reported}</Badge> : <Badge tone="warning">{d.notReported}</Badge>}
              </span>,
            ])}
          />
        </>
      )}
    </div>
  );
}
