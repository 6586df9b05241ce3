import { describe, it, expect } from "vitest";
import { ZFormField, ZFormSchema, ZRequiredDocuments } from "./form-schema";

const VALID = {
  steps: [{ title: "Thông tin người yêu cầu", titleEn: "Applicant" }, { title: "Thông tin người được khai sinh" }],
  fields: [
    { name: "hoTen", label: "Họ và tên", type: "text", prefill: "fullName" },
    { name: "soCccd", label: "Số định danh cá nhân", type: "cccd", prefill: "nationalId" },
    { name: "soDienThoai", label: "Số điện thoại", type: "phone", required: false },
    { name: "tenTre", label: "Họ, chữ đệm, tên của trẻ", type: "text", step: 1, maxLength: 100 },
    { name: "ngaySinh", label: "Ngày sinh", type: "date", step: 1 },
    {
      name: "gioiTinh",
      label: "Giới tính",
      type: "select",
      step: 1,
      options: [
        { value: "nam", label: "Nam" },
        { value: "nu", label: "Nữ" },
      ],
    },
    { name: "giayChungSinh", label: "Giấy chứng sinh", type: "file", step: 1, document: "Giấy chứng sinh" },
  ],
};

/** A copy of VALID with `fields` replaced. */
const withFields = (fields: unknown[]) => ({ ...VALID, fields });

/** The issues of a refused schema, as [path, message]. */
function issuesOf(input: unknown): [string, string][] {
  const r = ZFormSchema.safeParse(input);
  expect(r.success).toBe(false);
  return r.success ? [] : r.error.issues.map((i) => [i.path.join("."), i.message]);
}

describe("ZFormSchema", () => {
  it("parses a valid schema and fills in the defaults", () => {
    const r = ZFormSchema.safeParse(VALID);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.steps).toHaveLength(2);
    expect(r.data.fields.map((f) => f.name)).toEqual(["hoTen", "soCccd", "soDienThoai", "tenTre", "ngaySinh", "gioiTinh", "giayChungSinh"]);
    // required defaults to true, step to 0
    expect(r.data.fields[0]).toMatchObject({ required: true, step: 0, prefill: "fullName" });
    expect(r.data.fields[2]).toMatchObject({ required: false, step: 0 });
    expect(r.data.fields[5].options).toEqual([
      { value: "nam", label: "Nam" },
      { value: "nu", label: "Nữ" },
    ]);
  });

  it("refuses a duplicate field name, on the second occurrence", () => {
    const fields = [...VALID.fields, { name: "hoTen", label: "Họ và tên (lần 2)", type: "text", step: 1 }];
    expect(issuesOf(withFields(fields))).toEqual([["fields.7.name", 'Trùng tên trường "hoTen"']]);
  });

  it("refuses a field on a step that does not exist", () => {
    const fields = [...VALID.fields, { name: "ghiChu", label: "Ghi chú", type: "textarea", step: 2 }];
    expect(issuesOf(withFields(fields))).toEqual([["fields.7.step", "Bước không tồn tại"]]);
  });

  it("accepts a field on the last step", () => {
    const fields = [...VALID.fields, { name: "ghiChu", label: "Ghi chú", type: "textarea", step: 1 }];
    expect(ZFormSchema.safeParse(withFields(fields)).success).toBe(true);
  });

  it.each([
    ["without options", {}],
    ["with an empty list of options", { options: [] }],
  ])("refuses a select %s", (_name, extra) => {
    const fields = [{ name: "danToc", label: "Dân tộc", type: "select", ...extra }];
    expect(issuesOf(withFields(fields))).toEqual([["fields.0.options", "Trường chọn cần có danh sách lựa chọn"]]);
  });

  it.each(["1hoTen", "ho ten", "họTên", "ho-ten", "_hoTen", "", "ho.ten"])("refuses the field name %j", (name) => {
    const fields = [{ name, label: "Họ và tên", type: "text" }];
    expect(issuesOf(withFields(fields))).toEqual([["fields.0.name", "Tên trường chỉ gồm chữ, số và dấu gạch dưới"]]);
  });

  it.each(["a", "hoTen", "ho_ten", "field2", "X_1_y"])("accepts the field name %j", (name) => {
    expect(ZFormField.safeParse({ name, label: "Nhãn", type: "text" }).success).toBe(true);
  });

  it("reports every custom problem at once", () => {
    const fields = [
      { name: "a", label: "A", type: "text" },
      { name: "a", label: "A lặp", type: "select", step: 5 },
    ];
    expect(issuesOf(withFields(fields))).toEqual([
      ["fields.1.name", 'Trùng tên trường "a"'],
      ["fields.1.step", "Bước không tồn tại"],
      ["fields.1.options", "Trường chọn cần có danh sách lựa chọn"],
    ]);
  });

  it.each([
    ["no fields", { steps: VALID.steps, fields: [] }, "fields"],
    ["an unknown field type", withFields([{ name: "x", label: "X", type: "color" }]), "fields.0.type"],
    ["a negative step", withFields([{ name: "x", label: "X", type: "text", step: -1 }]), "fields.0.step"],
    ["an unknown prefill source", withFields([{ name: "x", label: "X", type: "text", prefill: "password" }]), "fields.0.prefill"],
    ["an empty label", withFields([{ name: "x", label: "", type: "text" }]), "fields.0.label"],
  ])("refuses %s", (_name, input, path) => {
    expect(issuesOf(input).map(([p]) => p)).toEqual([path]);
  });

  it("refuses a schema without steps (its field then has no step either)", () => {
    expect(issuesOf({ steps: [], fields: [{ name: "x", label: "X", type: "text" }] }).map(([p, m]) => (p === "steps" ? p : `${p}: ${m}`))).toEqual([
      "steps",
      "fields.0.step: Bước không tồn tại",
    ]);
  });
});

describe("ZRequiredDocuments", () => {
  it("parses documents with defaults", () => {
    expect(ZRequiredDocuments.parse([{ name: "Giấy chứng sinh" }, { name: "CCCD", copies: 2, required: false, note: "Bản sao" }])).toEqual([
      { name: "Giấy chứng sinh", copies: 1, required: true },
      { name: "CCCD", copies: 2, required: false, note: "Bản sao" },
    ]);
  });

  it("refuses zero copies and empty names", () => {
    expect(ZRequiredDocuments.safeParse([{ name: "X", copies: 0 }]).success).toBe(false);
    expect(ZRequiredDocuments.safeParse([{ name: "" }]).success).toBe(false);
  });
});
