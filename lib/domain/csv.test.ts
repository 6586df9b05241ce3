import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("CSV export", () => {
  it("quotes separators, quotes and line breaks", () => {
    expect(csvCell("Sở Tư pháp")).toBe("Sở Tư pháp");
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell("dòng 1\ndòng 2")).toBe('"dòng 1\ndòng 2"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(12.5)).toBe("12.5");
  });

  it("neutralises spreadsheet formulas in text cells but not numbers", () => {
    expect(csvCell("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(csvCell("+84 912")).toBe("'+84 912");
    expect(csvCell(-3)).toBe("-3");
  });

  it("writes a BOM, a header and CRLF rows", () => {
    const csv = toCsv(["Cơ quan", "Số hồ sơ"], [["UBND xã A", 3], ["Sở B", 0]]);
    expect(csv.startsWith("\uFEFFCơ quan,Số hồ sơ\r\n")).toBe(true);
    expect(csv.split("\r\n")).toEqual(["\uFEFFCơ quan,Số hồ sơ", "UBND xã A,3", "Sở B,0", ""]);
  });
});
