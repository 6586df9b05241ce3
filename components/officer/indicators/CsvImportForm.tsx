"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { DataTable } from "@/components/ui/DataTable";
import { FieldError } from "@/components/dossiers/ErrorSummary";
import { CSV_MAX_BYTES } from "@/lib/domain/observation-csv";
import { formatNumber } from "@/lib/domain/format";
import { INITIAL_IMPORT_STATE, type ImportFormAction } from "./import-state";

export type CsvImportTexts = {
  fileLabel: string;
  fileHint: string;
  fileRequired: string;
  fileTooLarge: string;
  check: string;
  checking: string;
  errorsCaption: string;
  line: string;
  column: string;
  message: string;
  wholeFile: string;
  previewTitle: string;
  previewCaption: string;
  code: string;
  period: string;
  value: string;
  previous: string;
  outcome: string;
  outcomes: Record<"created" | "updated" | "unchanged", string>;
  confirm: string;
  confirming: string;
  cancel: string;
  importedTitle: string;
  backToList: string;
  none: string;
};

const value = (n: number | null, none: string) => (n === null ? none : formatNumber(n, Math.min(4, (String(n).split(".")[1] ?? "").length)));

/** Upload → check (per-row errors, or a preview) → confirm. Nothing is written before confirming. */
export function CsvImportForm({ action, texts }: { action: ImportFormAction; texts: CsvImportTexts }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_IMPORT_STATE);
  const [clientError, setClientError] = useState<{ seq: number; text: string } | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const fileError = clientError && clientError.seq === state.seq ? clientError.text : state.fileError;

  useEffect(() => {
    if (state.seq > 0) resultRef.current?.focus();
  }, [state.seq]);

  function onUpload(event: React.FormEvent<HTMLFormElement>) {
    const file = new FormData(event.currentTarget).get("file");
    const problem = !(file instanceof File) || file.size === 0 ? texts.fileRequired : file.size > CSV_MAX_BYTES ? texts.fileTooLarge : null;
    if (problem) {
      event.preventDefault();
      setClientError({ seq: state.seq, text: problem });
    } else setClientError(null);
  }

  if (state.stage === "done") {
    return (
      <div ref={resultRef} tabIndex={-1} role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-4">
        <h2 className="text-xl font-semibold text-green-900">{texts.importedTitle}</h2>
        <p className="mt-1">{state.summary}</p>
        <p className="mt-3"><a href="/officer/indicators" className="font-semibold text-brand-700 underline">{texts.backToList}</a></p>
      </div>
    );
  }

  if (state.stage === "preview" && state.csv !== null) {
    return (
      <div className="space-y-4">
        <div ref={resultRef} tabIndex={-1} className="rounded border-l-4 border-brand-600 bg-brand-50 p-4">
          <h2 className="text-xl font-semibold">{texts.previewTitle}</h2>
          <p className="mt-1">{state.summary}</p>
        </div>
        <DataTable
          caption={texts.previewCaption}
          headers={[texts.line, texts.code, texts.period, texts.value, texts.previous, texts.outcome]}
          rows={state.rows.map((r) => [String(r.line), r.code, r.period, value(r.value, texts.none), value(r.previous, texts.none), texts.outcomes[r.outcome]])}
        />
        {state.more ? <p>{state.more}</p> : null}
        <form action={formAction} className="flex flex-wrap items-center gap-4">
          <input type="hidden" name="intent" value="confirm" />
          <input type="hidden" name="fileName" value={state.fileName ?? ""} />
          <input type="hidden" name="csv" value={state.csv} />
          <button type="submit" disabled={pending} className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-70">
            {pending ? texts.confirming : texts.confirm}
          </button>
          <a href="/officer/indicators/import" className="text-brand-700 underline">{texts.cancel}</a>
        </form>
      </div>
    );
  }

  return (
    <div className="space-y-6">
      {state.stage === "refused" ? (
        <div ref={resultRef} tabIndex={-1} role="alert" aria-labelledby="import-refused-title" className="space-y-3 rounded border-2 border-red-700 bg-red-50 p-4">
          <h2 id="import-refused-title" className="text-lg font-semibold text-red-800">{state.summary}</h2>
          <DataTable
            caption={texts.errorsCaption}
            headers={[texts.line, texts.column, texts.message]}
            rows={state.errors.map((e) => [e.line > 0 ? String(e.line) : texts.wholeFile, e.column ?? texts.none, e.message])}
          />
        </div>
      ) : null}
      <form key={state.seq} action={formAction} onSubmit={onUpload} noValidate encType="multipart/form-data" className="max-w-xl space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <input type="hidden" name="intent" value="preview" />
        <div>
          <label htmlFor="csv-file" className="block font-medium">{texts.fileLabel}</label>
          <p id="csv-file-hint" className="text-sm text-slate-700">{texts.fileHint}</p>
          <FieldError id="csv-file-error" message={fileError ?? undefined} />
          <input
            id="csv-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={["csv-file-hint", fileError ? "csv-file-error" : null].filter(Boolean).join(" ")}
            className="mt-1 block w-full text-sm"
          />
        </div>
        <button type="submit" disabled={pending} className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-70">
          {pending ? texts.checking : texts.check}
        </button>
      </form>
    </div>
  );
}
