import { PageHeader } from "@/components/ui/PageHeader";
import type { Messages } from "@/lib/i18n";
import { CsvImportForm } from "./CsvImportForm";
import type { ImportFormAction } from "./import-state";

export function ImportPage({ t, action }: { t: Messages; action: ImportFormAction }) {
  const d = t.indicatorData;
  return (
    <div className="space-y-6">
      <p><a href="/officer/indicators" className="text-brand-700 underline">{d.back}</a></p>
      <PageHeader title={d.importTitle} lead={d.importLead} />
      <section aria-labelledby="format-title" className="max-w-3xl">
        <h2 id="format-title" className="text-lg font-semibold">{d.formatTitle}</h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {d.formatItems.map((item) => <li key={item}>{item}</li>)}
        </ul>
        <p className="mt-3">
          <a href="/officer/indicators/import/template" download className="font-semibold text-brand-700 underline">{d.template}</a>
        </p>
      </section>
      <CsvImportForm
        action={action}
        texts={{
          fileLabel: d.fileLabel, fileHint: d.fileHint, fileRequired: d.fileRequired, fileTooLarge: d.fileTooLarge, check: d.check, checking: d.checking,
          errorsCaption: d.errorsCaption, line: d.line, column: d.column, message: d.message, wholeFile: d.wholeFile,
          previewTitle: d.previewTitle, previewCaption: d.previewCaption, code: d.code, period: d.period, value: d.value,
          previous: d.previous, outcome: d.outcome, outcomes: d.outcomes, confirm: d.confirm, confirming: d.confirming,
          cancel: d.cancel, importedTitle: d.importedTitle, backToList: d.backToList, none: d.none,
        }}
      />
    </div>
  );
}
