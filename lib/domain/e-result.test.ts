import { describe, expect, it } from "vitest";
import { dossierVi } from "@/lib/i18n/messages/vi/dossier";
import { eResultContent, isWellFormedResultToken, qrMatrix, qrRuns, splitRuns, verificationUrl, wrapText, type EResultData } from "./e-result";

const TOKEN = "Ab3_-x9QwErTyUiOpAsDfGhJkLzXcVbN";

describe("verificationUrl", () => {
  it.each([
    ["https://dichvucong.thainguyen.gov.vn", `https://dichvucong.thainguyen.gov.vn/verify/${TOKEN}`],
    ["https://dichvucong.thainguyen.gov.vn/", `https://dichvucong.thainguyen.gov.vn/verify/${TOKEN}`],
    ["http://localhost:3115//", `http://localhost:3115/verify/${TOKEN}`],
  ])("%s", (base, expected) => {
    expect(verificationUrl(base, TOKEN)).toBe(expected);
  });

  it.each(["", "short", "has space in it 1234567", "../../etc/passwd/../../x", "a".repeat(129), "ký-tự-có-dấu-1234567890"])("refuses the token %j", (token) => {
    expect(isWellFormedResultToken(token)).toBe(false);
    expect(() => verificationUrl("https://x.vn", token)).toThrow(RangeError);
  });
});

describe("qrMatrix / qrRuns", () => {
  const url = `https://dichvucong.thainguyen.gov.vn/verify/${TOKEN}`;
  const matrix = qrMatrix(url);

  it("is a square with the three finder patterns", () => {
    const n = matrix.length;
    expect(n).toBeGreaterThanOrEqual(21);
    expect((n - 17) % 4).toBe(0);
    for (const [r, c] of [[0, 0], [0, n - 7], [n - 7, 0]]) {
      expect(matrix[r].slice(c, c + 7).every(Boolean)).toBe(true); // top edge of a finder
      expect(matrix[r + 1][c + 1]).toBe(false); // its white ring
      expect(matrix[r + 3][c + 3]).toBe(true); // its centre
    }
  });

  it("differs for another URL", () => {
    expect(qrMatrix(`${url}x`)).not.toEqual(matrix);
  });

  it("runs cover exactly the dark modules", () => {
    const rebuilt = matrix.map((row) => row.map(() => false));
    for (const run of qrRuns(matrix)) for (let c = run.col; c < run.col + run.length; c++) rebuilt[run.row][c] = true;
    expect(rebuilt).toEqual(matrix);
  });

  it("handles a run reaching the last column", () => {
    expect(qrRuns([[false, true, true], [true, false, true]])).toEqual([
      { row: 0, col: 1, length: 2 },
      { row: 1, col: 0, length: 1 },
      { row: 1, col: 2, length: 1 },
    ]);
  });
});

describe("splitRuns", () => {
  const latin = new Set([..." abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZàáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ-"].map((c) => c.codePointAt(0) as number));
  const vietnamese = new Set([..."ăĂđĐĩĨũŨơƠưƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹỘỦỆ"].map((c) => c.codePointAt(0) as number));

  it("sends each character to the first font that has it", () => {
    expect(splitRuns("Độc lập", [latin, vietnamese])).toEqual([
      { font: 1, text: "Độ" },
      { font: 0, text: "c l" },
      { font: 1, text: "ậ" },
      { font: 0, text: "p" },
    ]);
  });

  it("normalises decomposed Vietnamese first (e + combining marks → ệ)", () => {
    expect(splitRuns("Vie\u0323\u0302t", [latin, vietnamese])).toEqual([{ font: 0, text: "Vi" }, { font: 1, text: "ệ" }, { font: 0, text: "t" }]);
  });

  it("falls back to the first font for characters no font has", () => {
    expect(splitRuns("a№b", [latin, vietnamese])).toEqual([{ font: 0, text: "a№b" }]);
  });
});

describe("wrapText", () => {
  const measure = (s: string) => s.length; // one unit per character

  it("breaks at spaces without exceeding the width", () => {
    expect(wrapText("Cộng hòa xã hội chủ nghĩa Việt Nam", 12, measure)).toEqual(["Cộng hòa xã", "hội chủ", "nghĩa Việt", "Nam"]);
  });

  it("cuts a word longer than the line (a URL) between characters", () => {
    expect(wrapText("xem https://abc.vn/verify/0123456789", 10, measure)).toEqual(["xem", "https://ab", "c.vn/verif", "y/01234567", "89"]);
  });

  it("keeps explicit line breaks", () => {
    expect(wrapText("a b\nc", 10, measure)).toEqual(["a b", "c"]);
  });
});

describe("eResultContent", () => {
  const data: EResultData = {
    code: "STP-260302-0007",
    resultNumber: "15/2026/KQ-STP",
    issuedAt: new Date("2026-03-09T16:30:00Z"), // 23:30 on 09/03 in Vietnam
    applicantName: "Nguyễn Văn An",
    procedureName: "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam",
    resultDescription: "Phiếu lý lịch tư pháp số 1",
    agencyName: "Sở Tư pháp",
    agencyIsProvince: false,
    verifyUrl: `https://dvc.thainguyen.gov.vn/verify/${TOKEN}`,
  };
  const content = eResultContent(data, dossierVi.eResult, new Date("2026-03-10T02:00:00Z"));

  it("prints the national motto, the issuer under the province, the number and the place and date", () => {
    expect(content.motto).toEqual(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]);
    expect(content.issuer).toEqual(["ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN", "SỞ TƯ PHÁP"]);
    expect(content.number).toBe("Số: 15/2026/KQ-STP");
    expect(content.placeDate).toBe("Thái Nguyên, ngày 09 tháng 03 năm 2026");
  });

  it("lists the result's facts, dates in dd/mm/yyyy", () => {
    expect(content.fields).toEqual([
      { label: "Số kết quả", value: "15/2026/KQ-STP" },
      { label: "Thủ tục", value: "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam" },
      { label: "Kết quả", value: "Phiếu lý lịch tư pháp số 1" },
      { label: "Cấp cho", value: "Nguyễn Văn An" },
      { label: "Mã hồ sơ", value: "STP-260302-0007" },
      { label: "Ngày cấp", value: "09/03/2026" },
    ]);
    expect(content.verify.url).toBe(data.verifyUrl);
    expect(content.footer).toBe("Tài liệu được tạo từ Cổng Chuyển đổi số tỉnh Thái Nguyên ngày 10/03/2026.");
  });

  it("does not repeat the province when the province itself issues the result", () => {
    const own = eResultContent({ ...data, agencyName: "Ủy ban nhân dân tỉnh Thái Nguyên", agencyIsProvince: true, code: null }, dossierVi.eResult, new Date());
    expect(own.issuer).toEqual(["ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN"]);
    expect(own.fields.map((f) => f.label)).not.toContain("Mã hồ sơ");
  });
});
