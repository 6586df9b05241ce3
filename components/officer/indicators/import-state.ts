// State of the CSV import page between its server action and the form: the stage reached and
// what to show (per-row errors, or the preview and the file's text to confirm).
import type { CsvColumn } from "@/lib/domain/observation-csv";

export type CsvRowError = { line: number; column: CsvColumn | null; message: string };
export type CsvPreviewRow = { line: number; code: string; period: string; value: number; previous: number | null; outcome: "created" | "updated" | "unchanged" };

export type ImportCounts = { created: number; updated: number; unchanged: number };

export type ImportFormState = {
  seq: number;
  stage: "idle" | "refused" | "preview" | "done";
  fileError: string | null;
  errors: CsvRowError[];
  rowCount: number;
  counts: ImportCounts | null;
  rows: CsvPreviewRow[];
  totalRows: number;
  csv: string | null;
  fileName: string | null;
  /** Display-ready sentences in the reader's language (the refusal title, the preview or result summary, "… and N more rows"). */
  summary: string | null;
  more: string | null;
};

export const INITIAL_IMPORT_STATE: ImportFormState = {
  seq: 0, stage: "idle", fileError: null, errors: [], rowCount: 0, counts: null, rows: [], totalRows: 0, csv: null, fileName: null, summary: null, more: null,
};

export type ImportFormAction = (state: ImportFormState, formData: FormData) => Promise<ImportFormState>;
