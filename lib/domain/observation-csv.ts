// Reading the CSV files agencies upload with their indicator values: UTF-8 (with or without a
// byte-order mark), `,` or `;` as separator (Excel in Vietnamese locales writes `;`), RFC 4180
// quoting. A small parser of our own: the format is tiny and every error must name its row.
import type { RawObservation } from "./observation-input";
import { quoteForMessage } from "@/lib/domain/safe-input";

export const CSV_MAX_BYTES = 1_000_000;
export const CSV_MAX_ROWS = 5_000;
export const CSV_COLUMNS = ["ma_chi_tieu", "ky", "gia_tri", "ghi_chu"] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** One record: its cells and the line of the file where it starts (1-based). */
export type CsvRecord = { line: number; cells: string[] };

export type CsvParseResult = { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string };

/** Decodes the bytes of an uploaded file as strict UTF-8 and drops a leading BOM. */
export function decodeCsvBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text: text.replace(/^\uFEFF/, "") };
  } catch {
    return { ok: false, message: "Tệp không được mã hóa UTF-8. Hãy lưu tệp dưới dạng “CSV UTF-8” rồi tải lên lại." };
  }
}

/** `;` when the header line has more semicolons than commas (outside quotes), else `,`. */
export function detectDelimiter(text: string): "," | ";" {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch === ",") commas++;
    else if (!quoted && ch === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

/** RFC 4180: quoted fields may hold separators, doubled quotes and line breaks; CRLF or LF line ends. */
export function parseCsv(text: string, delimiter: "," | ";"): CsvParseResult {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false;
  let cellStarted = false;
  let afterQuote = false;
  const endRecord = () => {
    cells.push(cell);
    records.push({ line: recordLine, cells });
    cells = [];
    cell = "";
    cellStarted = false;
    afterQuote = false;
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
        i++;
        continue;
      }
      if (ch === "\n") line++;
      cell += ch;
      i++;
      continue;
    }
    if (ch === '"') {
      if (cellStarted || afterQuote) return { ok: false, line, message: "Dấu ngoặc kép đặt sai chỗ: một ô có dấu ngoặc kép phải được bao toàn bộ trong ngoặc kép." };
      quoted = true;
      cellStarted = true;
      i++;
      continue;
    }
    if (ch === delimiter) {
      cells.push(cell);
      cell = "";
      cellStarted = false;
      afterQuote = false;
      i++;
      continue;
    }
    if (ch === "\r" || ch === "\n") {
      endRecord();
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    if (afterQuote) return { ok: false, line, message: "Có ký tự sau dấu ngoặc kép đóng trong cùng một ô." };
    cell += ch;
    cellStarted = true;
    i++;
  }
  if (quoted) return { ok: false, line: recordLine, message: "Thiếu dấu ngoặc kép đóng: một ô được mở bằng \" nhưng không được đóng." };
  if (cellStarted || afterQuote || cells.length > 0) endRecord();
  return { ok: true, records };
}

export type CsvFileError = { line: number; column: CsvColumn | null; message: string };

export type ObservationCsvRow = RawObservation & { line: number };

/**
 * Reads an observation file: header `ma_chi_tieu,ky,gia_tri,ghi_chu` (the note column may be
 * left out; columns in any order, names without diacritics, any case), then one row per value.
 * Empty lines are skipped. Structural problems come back as errors with their line.
 */
export function readObservationCsv(text: string): { ok: true; rows: ObservationCsvRow[] } | { ok: false; errors: CsvFileError[] } {
  const content = text.replace(/^\uFEFF/, "");
  if (content.trim() === "") return { ok: false, errors: [{ line: 1, column: null, message: "Tệp rỗng: cần dòng tiêu đề ma_chi_tieu,ky,gia_tri,ghi_chu và ít nhất một dòng số liệu." }] };
  const delimiter = detectDelimiter(content);
  const parsed = parseCsv(content, delimiter);
  if (!parsed.ok) return { ok: false, errors: [{ line: parsed.line, column: null, message: parsed.message }] };
  const records = parsed.records.filter((r) => r.cells.some((c) => c.trim() !== ""));
  const [header, ...data] = records;
  if (!header) return { ok: false, errors: [{ line: 1, column: null, message: "Tệp rỗng: cần dòng tiêu đề ma_chi_tieu,ky,gia_tri,ghi_chu và ít nhất một dòng số liệu." }] };
  const names = header.cells.map((c) => c.trim().toLowerCase());
  const position = new Map<CsvColumn, number>();
  const errors: CsvFileError[] = [];
  names.forEach((name, i) => {
    if ((CSV_COLUMNS as readonly string[]).includes(name)) {
      if (position.has(name as CsvColumn)) errors.push({ line: header.line, column: name as CsvColumn, message: `Cột “${name}” xuất hiện hai lần.` });
      else position.set(name as CsvColumn, i);
    } else if (name !== "") {
      errors.push({ line: header.line, column: null, message: `Cột ${quoteForMessage(name, 40) ?? "này"} không được hỗ trợ. Các cột: ${CSV_COLUMNS.join(", ")}.` });
    }
  });
  for (const required of ["ma_chi_tieu", "ky", "gia_tri"] as const) {
    if (!position.has(required)) errors.push({ line: header.line, column: required, message: `Thiếu cột “${required}” ở dòng tiêu đề (dòng đầu tiên).` });
  }
  if (errors.length > 0) return { ok: false, errors };
  if (data.length === 0) return { ok: false, errors: [{ line: header.line, column: null, message: "Tệp không có dòng số liệu nào." }] };
  if (data.length > CSV_MAX_ROWS) return { ok: false, errors: [{ line: data[CSV_MAX_ROWS].line, column: null, message: `Tệp có ${data.length} dòng số liệu, vượt quá giới hạn ${CSV_MAX_ROWS} dòng mỗi lần nhập. Hãy chia thành nhiều tệp.` }] };

  const rows: ObservationCsvRow[] = [];
  for (const record of data) {
    if (record.cells.length > names.length) {
      errors.push({
        line: record.line,
        column: null,
        message: `Dòng có ${record.cells.length} ô, nhiều hơn ${names.length} cột của tiêu đề.${delimiter === "," ? " Nếu giá trị dùng dấu phẩy thập phân (96,5), hãy đặt giá trị trong ngoặc kép hoặc dùng dấu ; làm dấu phân cách." : ""}`,
      });
      continue;
    }
    const cell = (column: CsvColumn) => {
      const i = position.get(column);
      return i === undefined ? undefined : (record.cells[i] ?? "");
    };
    rows.push({ line: record.line, code: cell("ma_chi_tieu"), period: cell("ky"), value: cell("gia_tri"), note: cell("ghi_chu") });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, rows };
}

/** The downloadable template: header and example rows (UTF-8 with BOM, `,` separator). */
export function observationCsvTemplate(examples: { code: string; period: string; value: string; note?: string }[]): string {
  const quote = (s: string) => (/[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [CSV_COLUMNS.join(","), ...examples.map((e) => [e.code, e.period, e.value, e.note ?? ""].map(quote).join(","))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
