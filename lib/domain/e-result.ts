// The electronic result (e-result) of a dossier: what it prints, where its QR code points, and
// the text layout rules the PDF renderer (lib/server/results/render-e-result-pdf.ts) follows.
// Pure: fonts are represented by the set of code points they cover and a width function.
import { create as createQr } from "qrcode";
import { vnDateKey } from "./working-days";

/** Result tokens: base64url, 16 to 128 characters (the app issues 32). */
export const RESULT_TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;

export function isWellFormedResultToken(token: string): boolean {
  return RESULT_TOKEN_PATTERN.test(token);
}

/** The public page that confirms a result: `${base}/verify/${token}`. */
export function verificationUrl(baseUrl: string, token: string): string {
  if (!isWellFormedResultToken(token)) throw new RangeError("Mã xác thực kết quả không hợp lệ");
  return `${baseUrl.replace(/\/+$/, "")}/verify/${token}`;
}

/** The dark modules of the QR code of `text` (row by row, true = dark), error correction M. */
export function qrMatrix(text: string): boolean[][] {
  const qr = createQr(text, { errorCorrectionLevel: "M" });
  const n = qr.modules.size;
  return Array.from({ length: n }, (_, row) => Array.from({ length: n }, (_, col) => Boolean(qr.modules.get(row, col))));
}

/** Horizontal runs of dark modules, so the PDF draws one rectangle per run instead of per module. */
export function qrRuns(matrix: boolean[][]): { row: number; col: number; length: number }[] {
  const runs: { row: number; col: number; length: number }[] = [];
  matrix.forEach((cells, row) => {
    let start = -1;
    cells.forEach((dark, col) => {
      if (dark && start < 0) start = col;
      if ((!dark || col === cells.length - 1) && start >= 0) {
        runs.push({ row, col: start, length: (dark ? col + 1 : col) - start });
        start = -1;
      }
    });
  });
  return runs;
}

// ───────────────────────────── Content ─────────────────────────────

export type EResultData = {
  code: string | null;
  resultNumber: string;
  issuedAt: Date;
  applicantName: string;
  procedureName: string;
  resultDescription: string;
  agencyName: string;
  /** A provincial department or commune prints the province above its own name. */
  agencyIsProvince: boolean;
  verifyUrl: string;
};

export type EResultTexts = {
  province: string;
  motto1: string;
  motto2: string;
  number: (n: string) => string;
  placeDate: (day: string, month: string, year: string) => string;
  title: string;
  intro: (agency: string) => string;
  procedure: string;
  dossierCode: string;
  holder: string;
  result: string;
  resultNumber: string;
  issuedAt: string;
  verifyTitle: string;
  verifyHint: string;
  signer: string;
  electronic: string;
  footer: (date: string) => string;
};

export type EResultContent = {
  issuer: string[];
  number: string;
  motto: [string, string];
  placeDate: string;
  title: string;
  subtitle: string;
  intro: string;
  fields: { label: string; value: string }[];
  signer: string[];
  verify: { title: string; hint: string; url: string };
  footer: string;
};

function dateParts(d: Date): { day: string; month: string; year: string } {
  const key = vnDateKey(d);
  return { year: key.slice(0, 4), month: key.slice(5, 7), day: key.slice(8, 10) };
}

const upper = (s: string) => s.toLocaleUpperCase("vi");

/**
 * Everything printed on the e-result, in reading order. Only what the result needs: no
 * national ID number, phone or form data.
 */
export function eResultContent(data: EResultData, texts: EResultTexts, now: Date): EResultContent {
  const issued = dateParts(data.issuedAt);
  const today = dateParts(now);
  return {
    issuer: data.agencyIsProvince ? [upper(data.agencyName)] : [texts.province, upper(data.agencyName)],
    number: texts.number(data.resultNumber),
    motto: [texts.motto1, texts.motto2],
    placeDate: texts.placeDate(issued.day, issued.month, issued.year),
    title: texts.title,
    subtitle: data.procedureName,
    intro: texts.intro(data.agencyName),
    fields: [
      { label: texts.resultNumber, value: data.resultNumber },
      { label: texts.procedure, value: data.procedureName },
      { label: texts.result, value: data.resultDescription },
      { label: texts.holder, value: data.applicantName },
      ...(data.code ? [{ label: texts.dossierCode, value: data.code }] : []),
      { label: texts.issuedAt, value: `${issued.day}/${issued.month}/${issued.year}` },
    ],
    signer: [texts.signer, texts.electronic, upper(data.agencyName)],
    verify: { title: texts.verifyTitle, hint: texts.verifyHint, url: data.verifyUrl },
    footer: texts.footer(`${today.day}/${today.month}/${today.year}`),
  };
}

// ───────────────────────────── Layout ─────────────────────────────

/**
 * Splits text into runs of one font each: every character goes to the first font that has a
 * glyph for it (the first font when none has). Lets the PDF combine a font's Latin and
 * Vietnamese subsets. Text is NFC-normalised first, so "ệ" is one precomposed character.
 */
export function splitRuns(text: string, coverage: readonly ReadonlySet<number>[]): { font: number; text: string }[] {
  const runs: { font: number; text: string }[] = [];
  for (const ch of text.normalize("NFC")) {
    const cp = ch.codePointAt(0) as number;
    let font = coverage.findIndex((set) => set.has(cp));
    if (font < 0) font = 0;
    const last = runs[runs.length - 1];
    if (last && last.font === font) last.text += ch;
    else runs.push({ font, text: ch });
  }
  return runs;
}

/**
 * Greedy line breaking at spaces; a word longer than the line (a URL) is cut between
 * characters. `measure` gives the width of a piece of text in the line's unit.
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.normalize("NFC").split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = "";
      let rest = word;
      while (measure(rest) > maxWidth && rest.length > 1) {
        let cut = 1;
        const chars = [...rest];
        while (cut < chars.length && measure(chars.slice(0, cut + 1).join("")) <= maxWidth) cut++;
        lines.push(chars.slice(0, cut).join(""));
        rest = chars.slice(cut).join("");
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}
