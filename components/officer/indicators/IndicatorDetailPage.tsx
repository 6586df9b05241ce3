import { DataTable } from "@/components/ui/DataTable";
import { PageHeader } from "@/components/ui/PageHeader";
import type { DossierFormAction } from "@/components/dossiers/form-state";
import { formatDateTime } from "@/lib/domain/format";
import { formatPeriod } from "@/lib/domain/observation-input";
import type { Messages } from "@/lib/i18n";
import type { getIndicatorHistory } from "@/lib/server/indicators/get-indicator-history";
import { formatValue } from "./IndicatorListPage";
import { ObservationForm } from "./ObservationForm";

type History = Awaited<ReturnType<typeof getIndicatorHistory>>;

export function IndicatorDetailPage({ t, locale, history, action, notice, editPeriod }: {
  t: Messages;
  locale: "vi" | "en";
  history: History;
  action: DossierFormAction;
  notice: "created" | "updated" | "unchanged" | null;
  editPeriod: string | null;
}) {
  const d = t.indicatorData;
  const ind = history.indicator;
  const editing = editPeriod ? history.observations.find((o) => o.periodInput === editPeriod) : undefined;
  const initial = editing
    ? { period: editing.periodInput, value: formatValue(editing.value).replace(/\./g, ""), note: editing.note ?? "" }
    : { period: editPeriod ?? history.duePeriodInput, value: "", note: "" };
  return (
    <div className="space-y-8">
      <p><a href="/officer/indicators" className="text-brand-700 underline">{d.back}</a></p>
      <PageHeader title={`${ind.code} — ${locale === "en" ? ind.nameEn : ind.name}`} lead={ind.description} />
      <p className="text-sm text-slate-700">{d.unit}: {ind.unit} · {d.periodicityLabel}: {d.periodicity[ind.periodicity]}</p>
      {notice ? (
        <div role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-4 font-medium text-green-900">{d.saved[notice]}</div>
      ) : null}
      <section aria-labelledby="obs-form-title" id="observation-form" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <h2 id="obs-form-title" className="text-xl font-semibold">{d.formTitle}</h2>
        <p className="mb-4 mt-1 text-slate-700">{d.formLead}</p>
        <ObservationForm
          key={editPeriod ?? "new"}
          action={action}
          code={ind.code}
          unit={ind.unit}
          periodicity={ind.periodicity}
          initial={initial}
          texts={{
            periodLabel: d.periodLabel, periodHint: d.periodHint[ind.periodicity], valueLabel: d.valueLabel(ind.unit), valueHint: d.valueHint,
            noteLabel: d.noteLabel, noteHint: d.noteHint, save: d.save, saving: d.saving, errorSummary: d.errorSummary,
          }}
        />
      </section>
      {history.observations.length === 0 ? (
        <p>{d.noHistory}</p>
      ) : (
        <DataTable
          caption={d.historyCaption}
          headers={[d.period, d.value, d.source, d.ingestedAt, d.reporter, d.note, ""]}
          rows={history.observations.map((o) => {
            const label = formatPeriod(o.period, ind.periodicity);
            return [
              label,
              formatValue(o.value),
              d.sources[o.source],
              formatDateTime(o.ingestedAt),
              o.token ?? o.reporter ?? d.none,
              o.note ?? "",
              <a key="e" href={`/officer/indicators/${encodeURIComponent(ind.code)}?period=${encodeURIComponent(o.periodInput)}#observation-form`} className="whitespace-nowrap text-brand-700 underline">{d.editPeriod(label)}</a>,
            ];
          })}
        />
      )}
      <section aria-labelledby="corrections-title">
        <h2 id="corrections-title" className="mb-2 text-xl font-semibold">{d.correctionsTitle}</h2>
        {history.corrections.length === 0 ? (
          <p>{d.correctionsEmpty}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5">
            {history.corrections.map((c, i) => (
              <li key={i}>
                {d.correctionLine(
                  formatDateTime(c.at), c.by ?? d.someone, c.period ? formatPeriod(c.period, ind.periodicity) : d.none,
                  c.before === null ? d.none : formatValue(c.before), c.after === null ? d.none : formatValue(c.after),
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
