import { describe, expect, it } from "vitest";
import { formDataToObject } from "./admin-catalogue-fields";
import { checkFormSchema, checkProcedure, describeFormSchemaPath, formSchemaIssueText, ZAdminProcedureListQuery, ZAdminSector } from "./admin-procedures";

const SCHEMA = {
  steps: [{ title: "Người nộp" }, { title: "Giấy tờ" }],
  fields: [
    { name: "hoTen", label: "Họ và tên", type: "text", prefill: "fullName" },
    { name: "gioiTinh", label: "Giới tính", type: "select", options: [{ value: "nam", label: "Nam" }, { value: "nu", label: "Nữ" }] },
    { name: "toKhai", label: "Tờ khai", type: "file", step: 1, document: "Tờ khai" },
  ],
};

/** What the form sends: every value a string, the schema as JSON text. */
const FORM = {
  code: "2.000999",
  name: "Cấp giấy phép thử nghiệm",
  sectorId: "sector1",
  scope: "PROVINCE",
  agencyId: "agency1",
  level: "FULL_ONLINE",
  processingDays: "10",
  feeAmount: "150000",
  feeDescription: "",
  applicants: "Tổ chức, cá nhân",
  requiredDocuments: [{ name: "Tờ khai", copies: "1", required: "on", note: "" }],
  steps: ["Nộp hồ sơ trực tuyến", "Nhận kết quả"],
  formSchema: JSON.stringify(SCHEMA),
  legalBasis: "Luật số 01/2025/QH15",
  resultDescription: "Giấy phép",
  inPersonNote: "",
};

const refused = (input: unknown) => {
  const r = checkProcedure(input);
  if (r.ok) throw new Error("accepted");
  return r;
};

describe("checkProcedure", () => {
  it("accepts a form's strings and returns typed values, the schema parsed with its defaults", () => {
    const r = checkProcedure(FORM);
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.data).toMatchObject({ processingDays: 10, feeAmount: 150000, feeDescription: null, inPersonNote: null, agencyId: "agency1" });
    expect(r.data.requiredDocuments).toEqual([{ name: "Tờ khai", copies: 1, required: true }]);
    expect(r.data.formSchema.fields[0]).toMatchObject({ name: "hoTen", required: true, step: 0 });
  });

  it("refuses a negative fee, a zero time limit and a fee that is not a number, in Vietnamese", () => {
    expect(refused({ ...FORM, feeAmount: "-1" }).fieldErrors.feeAmount).toBe("Lệ phí không được âm");
    expect(refused({ ...FORM, feeAmount: "mười nghìn" }).fieldErrors.feeAmount).toBe("Phải là một số nguyên");
    expect(refused({ ...FORM, processingDays: "0" }).fieldErrors.processingDays).toMatch(/từ 1 đến 365/);
    expect(refused({ ...FORM, processingDays: "" }).fieldErrors.processingDays).toBe("Nhập thời hạn giải quyết");
  });

  it("needs an agency for a province-level procedure and drops it for a commune-level one", () => {
    expect(refused({ ...FORM, agencyId: "" }).fieldErrors.agencyId).toMatch(/Chọn cơ quan thực hiện/);
    const r = checkProcedure({ ...FORM, scope: "COMMUNE" });
    expect(r.ok && r.data.agencyId).toBeNull();
  });

  it("needs the in-person part of a partly online procedure", () => {
    expect(refused({ ...FORM, level: "PARTIAL" }).fieldErrors.inPersonNote).toMatch(/trực tiếp/);
  });

  it("names the list item of an empty document or step", () => {
    const r = refused({ ...FORM, requiredDocuments: [{ name: " ", copies: "0" }], steps: ["ok", ""] });
    expect(r.fieldErrors["requiredDocuments.0.name"]).toBe("Nhập tên giấy tờ");
    expect(r.fieldErrors["requiredDocuments.0.copies"]).toBe("Số bản từ 1 đến 20");
    expect(r.fieldErrors["steps.1"]).toBe("Nhập nội dung bước");
    expect(refused({ ...FORM, requiredDocuments: [] }).fieldErrors.requiredDocuments).toBe("Cần ít nhất một thành phần hồ sơ");
    expect(refused({ ...FORM, requiredDocuments: undefined }).fieldErrors.requiredDocuments).toBe("Cần ít nhất một thành phần hồ sơ");
  });

  it("refuses an invalid form schema with an error naming where it is, beside the other field errors", () => {
    const schema = { ...SCHEMA, fields: [...SCHEMA.fields, { name: "hoTen", label: "Họ tên lần hai", type: "text" }] };
    const r = refused({ ...FORM, feeAmount: "-5", formSchema: JSON.stringify(schema) });
    expect(r.fieldErrors.feeAmount).toBe("Lệ phí không được âm");
    expect(r.fieldErrors.formSchema).toMatch(/^Biểu mẫu có 1 lỗi/);
    expect(r.formSchemaIssues.map(formSchemaIssueText)).toEqual(['Trường thứ 4 ("hoTen") › tên trường (name): Trùng tên trường "hoTen"']);
  });
});

describe("checkFormSchema", () => {
  const issues = (input: unknown) => {
    const r = checkFormSchema(input);
    if (r.ok) throw new Error("accepted");
    return r.issues.map(formSchemaIssueText);
  };

  it("accepts a valid schema as JSON text or as a value", () => {
    expect(checkFormSchema(JSON.stringify(SCHEMA)).ok).toBe(true);
    expect(checkFormSchema(SCHEMA).ok).toBe(true);
  });

  it("refuses text that is not JSON, or JSON that is not an object", () => {
    expect(issues("{ steps: [")[0]).toMatch(/^Biểu mẫu: Không phải JSON hợp lệ/);
    expect(issues("[]")[0]).toMatch(/^Biểu mẫu: Phải là một đối tượng/);
    expect(issues("")[0]).toBe("Biểu mẫu: Nhập mô tả biểu mẫu (JSON)");
  });

  it("duplicate field names", () => {
    const schema = { ...SCHEMA, fields: [SCHEMA.fields[0], { ...SCHEMA.fields[0], label: "Lại" }] };
    expect(issues(schema)).toEqual(['Trường thứ 2 ("hoTen") › tên trường (name): Trùng tên trường "hoTen"']);
  });

  it("a select without options", () => {
    const schema = { ...SCHEMA, fields: [{ name: "loai", label: "Loại", type: "select" }] };
    expect(issues(schema)).toEqual(['Trường thứ 1 ("loai") › lựa chọn (options): Trường chọn cần có danh sách lựa chọn']);
    const empty = { ...SCHEMA, fields: [{ name: "loai", label: "Loại", type: "select", options: [] }] };
    expect(issues(empty)).toEqual(['Trường thứ 1 ("loai") › lựa chọn (options): Trường chọn cần có danh sách lựa chọn']);
  });

  it("zod's own issues in Vietnamese: unknown type, missing label, empty option label, no fields, not a boolean", () => {
    const schema = {
      steps: [{ title: "Một" }],
      fields: [
        { name: "a", label: "A", type: "colour" },
        { name: "b", type: "text" },
        { name: "c", label: "C", type: "select", options: [{ value: "x", label: "" }] },
      ],
    };
    expect(issues(schema)).toEqual([
      'Trường thứ 1 ("a") › kiểu (type): Giá trị phải là một trong: text, textarea, number, date, select, cccd, phone, email, address, file',
      'Trường thứ 2 ("b") › nhãn (label): Thiếu giá trị bắt buộc',
      'Trường thứ 3 ("c") › Lựa chọn thứ 1 › nhãn (label): Không được để trống',
    ]);
    expect(issues({ steps: [{ title: "Một" }], fields: [] })).toEqual(["danh sách trường (fields): Cần ít nhất 1 phần tử"]);
    expect(issues({ steps: [{ title: "Một" }], fields: [{ name: "x", label: "X", type: "text", required: "có" }] })).toEqual([
      'Trường thứ 1 ("x") › bắt buộc (required): Phải là true hoặc false',
    ]);
  });

  it("a field in a step that does not exist", () => {
    expect(issues({ steps: [{ title: "Một" }], fields: [{ name: "d", label: "D", type: "text", step: 3 }] })).toEqual(['Trường thứ 1 ("d") › bước (step): Bước không tồn tại']);
  });

  it("min above max", () => {
    const schema = { steps: [{ title: "Một" }], fields: [{ name: "n", label: "N", type: "number", min: 10, max: 1 }] };
    expect(issues(schema)).toEqual(['Trường thứ 1 ("n") › giá trị lớn nhất (max): Giá trị lớn nhất phải không nhỏ hơn giá trị nhỏ nhất']);
  });

  it("describes paths of steps", () => {
    expect(describeFormSchemaPath(["steps", 1, "title"], SCHEMA)).toBe("Bước thứ 2 › tiêu đề (title)");
  });
});

describe("ZAdminSector", () => {
  it("upper-cases the code and refuses codes with spaces or diacritics", () => {
    expect(ZAdminSector.parse({ code: " ht2 ", name: "Hộ tịch", nameEn: "Civil status" }).code).toBe("HT2");
    expect(ZAdminSector.safeParse({ code: "HỘ TỊCH", name: "x", nameEn: "y" }).success).toBe(false);
  });
});

describe("ZAdminProcedureListQuery", () => {
  it("falls back to no filter on bad values", () => {
    expect(ZAdminProcedureListQuery.parse({ level: "X", published: "maybe", page: "-3", sector: "a b" })).toEqual({ q: undefined, sector: undefined, agency: undefined, level: undefined, published: undefined, page: 1 });
  });
});

describe("formDataToObject", () => {
  it("builds nested lists from dotted names, in index order, leaving out _ names", () => {
    const fd = new FormData();
    fd.append("_id", "x");
    fd.append("code", "A");
    fd.append("requiredDocuments.1.name", "Hai");
    fd.append("requiredDocuments.0.name", "Một");
    fd.append("requiredDocuments.0.required", "on");
    fd.append("steps.0", "Bước một");
    fd.append("__proto__.polluted", "yes");
    expect(formDataToObject(fd.entries())).toEqual({ code: "A", requiredDocuments: [{ name: "Một", required: "on" }, { name: "Hai" }], steps: ["Bước một"] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
