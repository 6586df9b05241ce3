import { describe, expect, it } from "vitest";
import { ZFormSchema } from "./form-schema";
import { checkNationalFormData, parseNationalDossier } from "./national-portal";

const NOW = new Date("2026-11-27T03:00:00Z");

const VALID = {
  externalCode: "G22.99-261127-000123",
  procedureCode: "1.001193",
  applicant: { fullName: "Nguyễn Văn An", nationalId: "019090012345", phone: "0912345678", email: "an@example.vn", address: "Số 12, phường Phan Đình Phùng" },
  formData: { fullName: "Nguyễn Văn An", purpose: "Xin cấp phiếu" },
  submittedAt: "2026-11-27T08:30:00+07:00",
  documents: [{ name: "Tờ khai", fileName: "to-khai.pdf", url: "https://dichvucong.gov.vn/f/1" }],
};

const errorsOf = (input: unknown) => {
  const r = parseNationalDossier(input, NOW);
  if (r.ok) throw new Error("expected errors");
  return r.errors;
};

describe("parseNationalDossier", () => {
  it("accepts a well-formed dossier and trims texts", () => {
    const r = parseNationalDossier({ ...VALID, applicant: { ...VALID.applicant, fullName: "  Nguyễn Văn An " }, documents: undefined }, NOW);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.data.applicant.fullName).toBe("Nguyễn Văn An");
  });

  it("refuses non-objects", () => {
    expect(errorsOf(null)).toEqual({ body: "Nội dung yêu cầu phải là một đối tượng JSON." });
    expect(errorsOf([VALID])).toHaveProperty("body");
    expect(errorsOf("x")).toHaveProperty("body");
  });

  it("names missing members and wrong types in Vietnamese", () => {
    const e = errorsOf({ ...VALID, procedureCode: 12, applicant: { ...VALID.applicant, fullName: undefined }, formData: { purpose: 5 }, submittedAt: undefined });
    expect(e.procedureCode).toBe("Sai kiểu dữ liệu: cần chuỗi ký tự.");
    expect(e["applicant.fullName"]).toBe("Thiếu trường bắt buộc.");
    expect(e["formData.purpose"]).toBe("Sai kiểu dữ liệu: cần chuỗi ký tự.");
    expect(e.submittedAt).toBe("Thiếu trường bắt buộc.");
  });

  it("checks the CCCD, phone, e-mail and dates", () => {
    const e = errorsOf({ ...VALID, applicant: { ...VALID.applicant, nationalId: "999090012345", phone: "12345", email: "không-phải-thư" }, submittedAt: "hôm qua" });
    expect(e["applicant.nationalId"]).toBe("3 chữ số đầu của số CCCD không phải mã tỉnh, thành phố hợp lệ.");
    expect(e["applicant.phone"]).toMatch(/^Số điện thoại không hợp lệ/);
    expect(e["applicant.email"]).toMatch(/^Thư điện tử không hợp lệ/);
    expect(e.submittedAt).toMatch(/^Thời điểm nộp phải theo định dạng ISO 8601/);
    expect(errorsOf({ ...VALID, submittedAt: "2026-11-28T08:30:00+07:00" }).submittedAt).toBe("Thời điểm nộp không được ở tương lai.");
    expect(errorsOf({ ...VALID, applicant: { ...VALID.applicant, nationalId: "01909001234" } })["applicant.nationalId"]).toBe("Số CCCD phải gồm đúng 12 chữ số.");
  });

  it("refuses oversized strings, unknown members and bad external codes", () => {
    const e = errorsOf({ ...VALID, applicant: { ...VALID.applicant, fullName: "A".repeat(101) }, formData: { purpose: "x".repeat(5001) }, extra: 1 });
    expect(e["applicant.fullName"]).toBe("Không quá 100 ký tự.");
    expect(e["formData.purpose"]).toBe("Không quá 5000 ký tự.");
    expect(e.body).toBe("Trường không được hỗ trợ: extra.");
    expect(errorsOf({ ...VALID, externalCode: "a b" }).externalCode).toMatch(/^Mã hồ sơ trên Cổng quốc gia/);
    expect(errorsOf({ ...VALID, externalCode: "x".repeat(65) }).externalCode).toMatch(/^Mã hồ sơ trên Cổng quốc gia/);
    expect(errorsOf({ ...VALID, documents: [{ name: "Tờ khai", url: "http://x" }] })["documents.0.url"]).toBe("Đường dẫn tệp phải bắt đầu bằng https://.");
  });
});

describe("checkNationalFormData", () => {
  const schema = ZFormSchema.parse({
    steps: [{ title: "Người nộp" }, { title: "Giấy tờ" }],
    fields: [
      { name: "fullName", label: "Họ, chữ đệm và tên", type: "text", step: 0, prefill: "fullName" },
      { name: "nationalId", label: "Số định danh cá nhân (CCCD)", type: "cccd", step: 0, prefill: "nationalId" },
      { name: "phone", label: "Số điện thoại", type: "phone", step: 0, prefill: "phone" },
      { name: "purpose", label: "Nội dung đề nghị", type: "textarea", step: 0 },
      { name: "giayTo1", label: "Tờ khai", type: "file", step: 1, document: "Tờ khai" },
    ],
  });
  const applicant = { fullName: "Nguyễn Văn An", nationalId: "019090012345", phone: "0912345678" };

  it("fills the applicant fields from the applicant block and validates by the online rules", () => {
    const ok = checkNationalFormData(schema, applicant, { purpose: "Xin cấp phiếu" }, NOW);
    expect(ok.errors).toEqual({});
    expect(ok.values).toEqual({ fullName: "Nguyễn Văn An", nationalId: "019090012345", phone: "0912345678", purpose: "Xin cấp phiếu" });
    const own = checkNationalFormData(schema, applicant, { purpose: "Xin cấp phiếu", fullName: "Nguyễn Văn Bình" }, NOW);
    expect(own.values.fullName).toBe("Nguyễn Văn Bình");
  });

  it("keys errors by JSON path and refuses unknown and file fields", () => {
    const bad = checkNationalFormData(schema, applicant, { nationalId: "123", giayTo1: "x", hacker: "1" }, NOW);
    expect(bad.errors).toEqual({
      "formData.nationalId": "Số CCCD phải gồm đúng 12 chữ số.",
      "formData.purpose": "Nhập nội dung đề nghị.",
      "formData.giayTo1": "Trường không có trong tờ khai của thủ tục.",
      "formData.hacker": "Trường không có trong tờ khai của thủ tục.",
    });
  });
});
