import Link from "next/link";
import { Badge } from "@/components/ui/Badge";
import { StatCard } from "@/components/ui/StatCard";
import { formatDateTime, formatNumber, formatPercent } from "@/lib/domain/format";
import type { Locale, Messages } from "@/lib/i18n";
import type { PillarSummary } from "@/lib/server/plan/get-pillar-summaries";
import type { PopularProcedure } from "@/lib/server/procedures/list-popular-procedures";
import type { HeadlineFigures } from "@/lib/server/stats/get-headline-figures";

type Props = { t: Messages; locale: Locale; figures: HeadlineFigures; popular: PopularProcedure[]; pillars: PillarSummary[] };

const share = (v: number | null) => (v === null ? "—" : formatPercent(v));

export function HomePage({ t, locale, figures, popular, pillars }: Props) {
  return (
    <div className="space-y-10">
      <section aria-labelledby="home-title" className="rounded-xl bg-white p-6 shadow-sm sm:p-8">
        <h1 id="home-title" className="text-2xl font-bold text-brand-800 sm:text-3xl">{t.home.title}</h1>
        <p className="mt-3 max-w-3xl text-slate-700">{t.home.lead}</p>
        <form action="/procedures" method="get" role="search" className="mt-6 flex flex-col gap-2 sm:flex-row">
          <label htmlFor="home-search" className="sr-only">{t.home.searchLabel}</label>
          <input
            id="home-search"
            name="q"
            type="search"
            placeholder={t.home.searchPlaceholder}
            className="w-full rounded border border-slate-400 px-3 py-2 text-base"
          />
          <button type="submit" className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">
            {t.home.searchButton}
          </button>
        </form>
      </section>

      <section aria-labelledby="popular-title">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="popular-title" className="text-xl font-semibold">{t.home.popularTitle}</h2>
          <Link href="/procedures" prefetch={false} className="text-brand-700 underline">{t.home.allProcedures}</Link>
        </div>
        {popular.length === 0 ? (
          <p>{t.home.popularEmpty}</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {popular.map((p) => (
              <li key={p.code} className="rounded-lg border border-slate-200 bg-white p-4">
                <Link href={`/procedures/${encodeURIComponent(p.code)}`} prefetch={false} className="font-medium text-brand-700 underline">
                  {p.name}
                </Link>
                <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-700">
                  <Badge tone={p.level === "FULL_ONLINE" ? "success" : "neutral"}>{t.procedures.levels[p.level]}</Badge>
                  <span>{t.home.dossiersCount(p.dossiers)}</span>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="figures-title">
        <h2 id="figures-title" className="mb-3 text-xl font-semibold">{t.home.figuresTitle}</h2>
        <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          <StatCard label={t.home.figProcedures} value={formatNumber(figures.procedures)} />
          <StatCard label={t.home.figFullOnline} value={formatNumber(figures.fullOnlineProcedures)} />
          <StatCard label={t.home.figDossiersYear(figures.year)} value={formatNumber(figures.receivedThisYear)} />
          <StatCard label={t.home.figOnTime} value={share(figures.onTimeShare)} />
          <StatCard label={t.home.figOnline} value={share(figures.onlineShare)} />
          <StatCard label={t.home.figSatisfied} value={share(figures.satisfiedShare)} />
        </dl>
        <p className="mt-2 text-sm text-slate-600">{t.home.figuresNote(formatDateTime(figures.computedAt))}</p>
      </section>

      <section aria-labelledby="pillars-title">
        <h2 id="pillars-title" className="mb-3 text-xl font-semibold">{t.home.pillarsTitle}</h2>
        <ul className="grid gap-3 md:grid-cols-3">
          {pillars.map((p) => (
            <li key={p.code} className="rounded-lg border border-slate-200 bg-white p-4">
              <h3 className="font-semibold">{locale === "en" ? p.nameEn : p.name}</h3>
              <p className="text-sm text-slate-700">{t.home.pillarTasks(p.taskCount)}</p>
              <div className="mt-2 h-2 rounded bg-slate-200" aria-hidden="true">
                <div className="h-2 rounded bg-brand-600" style={{ width: `${Math.round(p.progress)}%` }} />
              </div>
              <p className="mt-1 text-sm">{formatPercent(p.progress / 100, 0)}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
