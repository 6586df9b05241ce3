"use server";

import { headers } from "next/headers";
import type { ImportFormState } from "@/components/officer/indicators/import-state";
import { getCurrentUser } from "@/lib/auth/session";
import { CSV_MAX_BYTES, decodeCsvBytes } from "@/lib/domain/observation-csv";
import { clientIpFromHeaders } from "@/lib/domain/rate-limit";
import { getI18n } from "@/lib/i18n";
import { importObservationsCsv } from "@/lib/server/indicators/import-observations-csv";

/** Rows shown in the preview; the whole file is still checked and saved. */
const PREVIEW_ROWS = 200;

/**
 * Step 1 ("preview"): the uploaded file is checked whole and either refused with its per-row
 * errors or previewed (nothing written). Step 2 ("confirm"): the same text is checked again
 * and saved in one transaction.
 */
export async function importCsvAction(previous: ImportFormState, formData: FormData): Promise<ImportFormState> {
  const [{ t }, actor, h] = await Promise.all([getI18n(), getCurrentUser(), headers()]);
  const d = t.indicatorData;
  const base: ImportFormState = { ...previous, seq: (previous?.seq ?? 0) + 1, stage: "idle", fileError: null, errors: [], rows: [], counts: null, csv: null, summary: null, more: null };
  const intent = formData.get("intent") === "confirm" ? "confirm" : "preview";

  let content: string | Uint8Array;
  let fileName: string | null;
  if (intent === "confirm") {
    const csv = formData.get("csv");
    if (typeof csv !== "string" || csv === "") return { ...base, fileError: d.fileRequired };
    content = csv;
    const name = formData.get("fileName");
    fileName = typeof name === "string" && name ? name.slice(0, 200) : null;
  } else {
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return { ...base, fileError: d.fileRequired };
    if (file.size > CSV_MAX_BYTES) return { ...base, fileError: d.fileTooLarge };
    content = new Uint8Array(await file.arrayBuffer());
    fileName = file.name.slice(0, 200);
  }

  const result = await importObservationsCsv({ actor, content, fileName, commit: intent === "confirm", ip: clientIpFromHeaders((name) => h.get(name)) });
  if (!result.ok) {
    return { ...base, stage: "refused", errors: result.errors.slice(0, 1000), rowCount: result.rowCount, fileName, summary: d.refusedTitle(result.errors.length) };
  }
  const c = result.counts;
  if (result.committed) return { ...base, stage: "done", counts: c, fileName, summary: d.importedLead(c.created, c.updated, c.unchanged) };
  const text = typeof content === "string" ? content : decodeCsvBytes(content);
  const csv = typeof text === "string" ? text : text.ok ? text.text : null;
  return {
    ...base,
    stage: "preview",
    counts: c,
    rows: result.rows.slice(0, PREVIEW_ROWS),
    totalRows: result.rows.length,
    csv,
    fileName,
    summary: d.previewLead(result.rows.length, c.created, c.updated, c.unchanged),
    more: result.rows.length > PREVIEW_ROWS ? d.previewMore(result.rows.length - PREVIEW_ROWS) : null,
  };
}
