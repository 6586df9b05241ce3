import { Badge, type BadgeTone } from "@/components/ui/Badge";
import type { Verdict, TargetProjection } from "@/lib/domain/forecast/indicator-projection";
import type { Locale, Messages } from "@/lib/i18n";
import type { IndicatorProjection } from "@/lib/server/forecast/indicator-projections";
import { DASH, indicatorValue, pctOrDash } from "./format";
import { Sparkline } from "./Sparkline";

const TONE: Record<Verdict, BadgeTone> = { met: "success", likely: "success", uncertain: "warning", unlikely: "danger", missed: "danger" };

function Projection({ p, unit, t }: { p: TargetProjection; unit: string; t: Messages["forecast"]["indicators"] }) {
  if (p.kind === "insufficient") return <>{t.insufficient}</>;
  if (p.kind === "observed") {
    return (
      <>
        <span className="block">{t.valueAt(indicatorValue(p.value, unit), p.month)}</span>
        <Badge tone={TONE[p.verdict]}>{t.verdict[p.verdict]}</Badge>
      </>
    );
  }
  return (
    <>
      <span className="block font-semibold">{indicatorValue(p.value, unit)}</span>
      <span className="block text-xs text-slate-700">{t.interval(indicatorValue(p.low, unit), indicatorValue(p.high, unit))}</span>
    </>
  );
}

function Chance({ p, t }: { p: TargetProjection; t: Messages["forecast"]["indicators"] }) {
  if (p.kind === "insufficient") return <>{DASH}</>;
  if (p.kind === "observed") return <Badge tone={TONE[p.verdict]}>{t.verdict[p.verdict]}</Badge>;
  return (
    <>
      <Badge tone={TONE[p.verdict]}>{t.verdict[p.verdict]}</Badge>
      <span className="block text-xs text-slate-700">{t.probability(p.probability)}</span>
    </>
  );
}

/** Indicators against their 2025 / 2030 targets: latest value, result or projection, chance, trend. */
export function IndicatorTable({ t, locale, caption, indicators, showAccuracy = false }: {
  t: Messages;
  locale: Locale;
  caption: string;
  indicators: IndicatorProjection[];
  showAccuracy?: boolean;
}) {
  const l = t.forecast.indicators;
  const headers = [l.name, l.latest, l.target2025, l.at2025, l.target2030, l.at2030, l.chance, l.trend, ...(showAccuracy ? [l.accuracy] : [])];
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white focus:outline-none focus-visible:ring-4 focus-visible:ring-amber-400" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full min-w-[56rem] text-left text-sm">
        <caption className="p-3 text-left font-semibold">{caption}</caption>
        <thead className="bg-slate-100">
          <tr>{headers.map((h) => <th key={h} scope="col" className="px-3 py-2 font-semibold">{h}</th>)}</tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {indicators.map((i) => (
            <tr key={i.code}>
              <th scope="row" className="px-3 py-2 text-left align-top font-normal">
                <span className="block font-semibold">{locale === "en" ? i.nameEn : i.name}</span>
                <span className="text-xs text-slate-700">{i.code}{i.direction === "LOWER_IS_BETTER" ? ` · ${l.lowerIsBetter}` : ""}</span>
              </th>
              <td className="px-3 py-2 align-top">{i.latest ? l.valueAt(indicatorValue(i.latest.value, i.unit), i.latest.month) : DASH}</td>
              <td className="px-3 py-2 align-top">{indicatorValue(i.target2025.target, i.unit)}</td>
              <td className="px-3 py-2 align-top"><Projection p={i.target2025} unit={i.unit} t={l} /></td>
              <td className="px-3 py-2 align-top">{indicatorValue(i.target2030.target, i.unit)}</td>
              <td className="px-3 py-2 align-top"><Projection p={i.target2030} unit={i.unit} t={l} /></td>
              <td className="px-3 py-2 align-top"><Chance p={i.target2030} t={l} /></td>
              <td className="px-3 py-2 align-top"><Sparkline values={i.history.slice(-24).map((h) => h.value)} target={i.target2030.target} /></td>
              {showAccuracy ? (
                <td className="px-3 py-2 align-top">
                  <span className="block">MAPE {pctOrDash(i.accuracy.mape)}</span>
                  <span className="block text-xs text-slate-700">{t.forecast.page.coverage}: {pctOrDash(i.accuracy.coverage, 0)}</span>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
