import { describe, expect, it } from "vitest";
import { CSV_MAX_ROWS, decodeCsvBytes, detectDelimiter, observationCsvTemplate, parseCsv, readObservationCsv } from "./observation-csv";

const cells = (text: string, d: "," | ";" = ",") => {
  const r = parseCsv(text, d);
  if (!r.ok) throw new Error(r.message);
  return r.records.map((x) => x.cells);
};

describe("parseCsv (RFC 4180)", () => {
  it("splits fields and records with CRLF or LF", () => {
    expect(cells("a,b,c\r\n1,2,3\n4,5,6")).toEqual([["a", "b", "c"], ["1", "2", "3"], ["4", "5", "6"]]);
    expect(cells("a;b\r\n1;2\r\n", ";")).toEqual([["a", "b"], ["1", "2"]]);
  });

  it("reads quoted fields with separators, doubled quotes and line breaks", () => {
    expect(cells('x,"96,5","nói ""rõ""","dòng 1\ndòng 2"\r\nnext,1,2,3')).toEqual([
      ["x", "96,5", 'nói "rõ"', "dòng 1\ndòng 2"],
      ["next", "1", "2", "3"],
    ]);
  });

  it("keeps empty fields and the line where each record starts", () => {
    const r = parseCsv('a,b\n"multi\nline",\n,', ",");
    expect(r).toEqual({ ok: true, records: [{ line: 1, cells: ["a", "b"] }, { line: 2, cells: ["multi\nline", ""] }, { line: 4, cells: ["", ""] }] });
  });

  it("refuses unclosed and misplaced quotes", () => {
    expect(parseCsv('a,"b\n1,2', ",")).toMatchObject({ ok: false, line: 1 });
    expect(parseCsv('a,b\n1,x"y"', ",")).toMatchObject({ ok: false, line: 2 });
    expect(parseCsv('a,"b"c', ",")).toMatchObject({ ok: false });
  });

  it("detects the separator from the header line", () => {
    expect(detectDelimiter("ma_chi_tieu;ky;gia_tri;ghi_chu\n")).toBe(";");
    expect(detectDelimiter("ma_chi_tieu,ky,gia_tri,ghi_chu\n")).toBe(",");
    expect(detectDelimiter('"a;b",c\n')).toBe(",");
  });
});

describe("decodeCsvBytes", () => {
  it("accepts UTF-8 with or without BOM and refuses other encodings", () => {
    const utf8 = new TextEncoder().encode("ghi_chu\nƯớc tính");
    expect(decodeCsvBytes(utf8)).toEqual({ ok: true, text: "ghi_chu\nƯớc tính" });
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ ok: true, text: "ghi_chu\nƯớc tính" });
    // "Ước" in Windows-1258-like single bytes is not valid UTF-8.
    expect(decodeCsvBytes(new Uint8Array([0x55, 0xdb, 0xf5, 0x63])).ok).toBe(false);
  });
});

describe("readObservationCsv", () => {
  it("reads rows with either separator, a BOM, any column order and no note column", () => {
    const comma = readObservationCsv('\uFEFFma_chi_tieu,ky,gia_tri,ghi_chu\r\nCQS-01,2026-10,"88,5",Ước tính\r\n\r\nCQS-02,10/2026,81.2,\r\n');
    expect(comma).toEqual({
      ok: true,
      rows: [
        { line: 2, code: "CQS-01", period: "2026-10", value: "88,5", note: "Ước tính" },
        { line: 4, code: "CQS-02", period: "10/2026", value: "81.2", note: "" },
      ],
    });
    const semi = readObservationCsv("KY;GIA_TRI;MA_CHI_TIEU\n2026-10;88,5;CQS-01\n");
    expect(semi).toEqual({ ok: true, rows: [{ line: 2, code: "CQS-01", period: "2026-10", value: "88,5", note: undefined }] });
  });

  it("refuses a wrong header, an empty file and unquoted decimal commas", () => {
    expect(readObservationCsv("")).toMatchObject({ ok: false });
    expect(readObservationCsv("ma_chi_tieu,ky,gia_tri\n")).toMatchObject({ ok: false, errors: [{ message: expect.stringContaining("không có dòng số liệu") }] });
    const header = readObservationCsv("code,period,value\nA,1,2\n");
    expect(header.ok).toBe(false);
    if (!header.ok) expect(header.errors.map((e) => e.column)).toEqual([null, null, null, "ma_chi_tieu", "ky", "gia_tri"]);
    const comma = readObservationCsv("ma_chi_tieu,ky,gia_tri,ghi_chu\nCQS-01,2026-10,88,5,\n");
    expect(comma).toMatchObject({ ok: false, errors: [{ line: 2, message: expect.stringContaining("dấu phẩy thập phân") }] });
  });

  it("refuses more than the row limit", () => {
    const body = Array.from({ length: CSV_MAX_ROWS + 1 }, (_, i) => `CQS-01,2026-10,${i}`).join("\n");
    const r = readObservationCsv(`ma_chi_tieu,ky,gia_tri\n${body}`);
    expect(r).toMatchObject({ ok: false, errors: [{ message: expect.stringContaining(`${CSV_MAX_ROWS}`) }] });
    const atLimit = readObservationCsv(`ma_chi_tieu,ky,gia_tri\n${body.split("\n").slice(1).join("\n")}`);
    expect(atLimit.ok && atLimit.rows.length).toBe(CSV_MAX_ROWS);
  });

  it("writes a template that it reads back", () => {
    const template = observationCsvTemplate([{ code: "CQS-01", period: "2026-10", value: "88,5", note: "Ước tính; tạm" }]);
    expect(template.startsWith("\uFEFFma_chi_tieu,ky,gia_tri,ghi_chu\r\n")).toBe(true);
    expect(readObservationCsv(template)).toEqual({ ok: true, rows: [{ line: 2, code: "CQS-01", period: "2026-10", value: "88,5", note: "Ước tính; tạm" }] });
  });
});
