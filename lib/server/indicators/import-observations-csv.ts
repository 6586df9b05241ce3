import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { CSV_MAX_BYTES, decodeCsvBytes, readObservationCsv, type CsvColumn } from "@/lib/domain/observation-csv";
import { canonicalDecimal, formatPeriod, validateObservationBatch, type ObservationField } from "@/lib/domain/observation-input";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { applyObservations, auditChanges, countOutcomes, loadIndicatorRefs, type ObservationOutcome } from "./apply-observations";
import { reportingAgencyOf } from "./officer-agency";

export type CsvRowError = { line: number; column: CsvColumn | null; message: string };

export type CsvPreviewRow = { line: number; code: string; period: string; value: number; previous: number | null; outcome: ObservationOutcome };

export type ImportCsvResult =
  | { ok: false; errors: CsvRowError[]; rowCount: number }
  | { ok: true; committed: boolean; counts: Record<ObservationOutcome, number>; rows: CsvPreviewRow[] };

const COLUMN: Record<ObservationField, CsvColumn> = { code: "ma_chi_tieu", period: "ky", value: "gia_tri", note: "ghi_chu" };

/** Sentinel thrown to roll back the preview transaction (nothing is kept). */
class PreviewRollback extends Error {}

/**
 * Imports a CSV file of values for the officer's agency. Every row is checked (indicator known
 * and owned by the agency, period, value, note, duplicates); the file is accepted whole — all
 * rows upserted with source CSV in one transaction with one audit entry — or refused whole with
 * the list of errors (line, column, message), writing nothing. `commit: false` computes the same
 * outcome (created / updated / unchanged per row) and rolls back: the preview before confirming.
 */
export async function importObservationsCsv({ actor, content, fileName, commit, ip, now = new Date() }: {
  actor: CurrentUser | null;
  content: Uint8Array | string;
  fileName?: string | null;
  commit: boolean;
  ip?: string | null;
  now?: Date;
}): Promise<ImportCsvResult> {
  const { actor: user, agencyId } = reportingAgencyOf(actor);
  const size = typeof content === "string" ? Buffer.byteLength(content, "utf8") : content.byteLength;
  if (size > CSV_MAX_BYTES) return { ok: false, rowCount: 0, errors: [{ line: 0, column: null, message: `Tệp lớn hơn 1 MB (${(size / 1_000_000).toFixed(2).replace(".", ",")} MB). Hãy chia thành nhiều tệp nhỏ hơn.` }] };
  let text: string;
  if (typeof content === "string") text = content.replace(/^\uFEFF/, "");
  else {
    const decoded = decodeCsvBytes(content);
    if (!decoded.ok) return { ok: false, rowCount: 0, errors: [{ line: 0, column: null, message: decoded.message }] };
    text = decoded.text;
  }
  const read = readObservationCsv(text);
  if (!read.ok) return { ok: false, rowCount: 0, errors: read.errors };
  const rows = read.rows;

  const refs = await loadIndicatorRefs(db, rows.map((r) => r.code));
  const { errors, valid } = validateObservationBatch(rows, refs, agencyId, now, (i) => `dòng ${rows[i].line}`);
  if (errors.length > 0) {
    return { ok: false, rowCount: rows.length, errors: errors.map((e) => ({ line: rows[e.index].line, column: COLUMN[e.field], message: e.message })) };
  }

  let outcome: Extract<ImportCsvResult, { ok: true }> | null = null;
  try {
    await db.$transaction(
      async (tx) => {
        const applied = await applyObservations(tx, { agencyId, items: valid, source: "CSV", reportedById: user.id, apiTokenId: null, now });
        const counts = countOutcomes(applied);
        outcome = {
          ok: true,
          committed: commit,
          counts,
          rows: applied.map((a) => {
            const ref = refs.get(a.code.toUpperCase());
            return {
              line: rows[a.index].line, code: a.code, period: ref ? formatPeriod(a.period, ref.periodicity) : a.period.toISOString().slice(0, 10),
              value: Number(a.after.value), previous: a.before ? Number(canonicalDecimal(a.before.value)) : null, outcome: a.outcome,
            };
          }),
        };
        if (!commit) throw new PreviewRollback();
        await writeAudit(tx, {
          actorId: user.id, actorRole: user.role, ip,
          action: "observation.import_csv", targetType: "Agency", targetId: agencyId,
          after: { fileName: fileName?.slice(0, 200) ?? null, rows: rows.length, ...counts, changes: auditChanges(applied) },
        });
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (!(error instanceof PreviewRollback)) throw error;
  }
  return outcome!;
}
