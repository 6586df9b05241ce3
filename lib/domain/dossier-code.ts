// Dossier codes the citizen keeps and types in to follow a dossier: AGENCY-yymmdd-NNNN,
// e.g. STP-261127-0042 = the 42nd dossier received by Sở Tư pháp on 27/11/2026 (Vietnam
// date). The sequence restarts every day for every agency and grows past 4 digits if needed.
import { vnDateKey } from "./working-days";

/** Agency codes are short upper-case ASCII (STP, SYT, PDP …). */
export const AGENCY_CODE_PATTERN = /^[A-Z][A-Z0-9]{1,11}$/;
const CODE_PATTERN = /^([A-Z][A-Z0-9]{1,11})-(\d{2})(\d{2})(\d{2})-(\d{4,})$/;

export type DossierCodeParts = {
  agencyCode: string;
  /** Vietnam calendar date, yyyy-mm-dd. */
  dateKey: string;
  sequence: number;
};

export function formatDossierCode(input: { agencyCode: string; date: Date; sequence: number }): string {
  const { agencyCode, date, sequence } = input;
  if (!AGENCY_CODE_PATTERN.test(agencyCode)) throw new RangeError(`Mã cơ quan không hợp lệ: "${agencyCode}"`);
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`Số thứ tự phải là số nguyên ≥ 1, nhận ${sequence}`);
  if (Number.isNaN(date.getTime())) throw new RangeError("Ngày không hợp lệ");
  const key = vnDateKey(date); // yyyy-mm-dd
  const yymmdd = key.slice(2, 4) + key.slice(5, 7) + key.slice(8, 10);
  return `${agencyCode}-${yymmdd}-${String(sequence).padStart(4, "0")}`;
}

/** The parts of a dossier code, or null when it is not one (case and surrounding spaces ignored). */
export function parseDossierCode(code: string): DossierCodeParts | null {
  const m = CODE_PATTERN.exec(code.trim().toUpperCase());
  if (!m) return null;
  const [, agencyCode, yy, mm, dd, seq] = m;
  const dateKey = `20${yy}-${mm}-${dd}`;
  // Rejects impossible dates such as 31/02.
  const check = new Date(`${dateKey}T00:00:00Z`);
  if (Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== dateKey) return null;
  const sequence = Number(seq);
  if (!Number.isSafeInteger(sequence) || sequence < 1) return null;
  return { agencyCode, dateKey, sequence };
}
