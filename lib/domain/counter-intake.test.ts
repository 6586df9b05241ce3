import { describe, expect, it } from "vitest";
import { ZFormSchema, ZRequiredDocuments, type TFormSchema } from "@/lib/validation/form-schema";
import { buildIntakeForm, checkCounterIntake, documentFieldName, intakeAgencyFor } from "./counter-intake";

const FULL: TFormSchema = ZFormSchema.parse({
  steps: [{ title: "Thông tin người nộp" }, { title: "Thông tin đề nghị" }, { title: "Giấy tờ đính kèm" }],
  fields: [
    { name: "fullName", label: "Họ, chữ đệm và tên", type: "text", step: 0, prefill: "fullName", maxLength: 100 },
    { name: "nationalId", label: "Số định danh cá nhân (CCCD)", type: "cccd", step: 0, prefill: "nationalId" },
    { name: "birthDate", label: "Ngày sinh", type: "date", step: 0, prefill: "birthDate" },
    { name: "gender", label: "Giới tính", type: "select", step: 0, prefill: "gender", options: [{ value: "nam", label: "Nam" }, { value: "nu", label: "Nữ" }] },
    { name: "phone", label: "Số điện thoại", type: "phone", step: 0, prefill: "phone" },
    { name: "email", label: "Thư điện tử", type: "email", required: false, step: 0, prefill: "email" },
    { name: "address", label: "Nơi cư trú", type: "address", step: 0, prefill: "address" },
    { name: "purpose", label: "Nội dung đề nghị", type: "textarea", step: 1, maxLength: 500 },
    { name: "giayTo1", label: "Tờ khai", type: "file", step: 2, document: "Tờ khai" },
  ],
});

// A form configured without the applicant's contact fields.
const BARE: TFormSchema = ZFormSchema.parse({
  steps: [{ title: "Đề nghị" }],
  fields: [{ name: "purpose", label: "Nội dung đề nghị", type: "textarea", step: 0 }],
});

const DOCS = ZRequiredDocuments.parse([
  { name: "Tờ khai", copies: 1, required: true },
  { name: "Bản sao giấy khai sinh", copies: 1, required: false },
]);

const NOW = new Date("2026-03-04T03:00:00Z");

const VALID = {
  fullName: "  Nguyễn Văn An ",
  nationalId: "019090012345",
  birthDate: "1990-05-12",
  gender: "nam",
  phone: "0912345678",
  email: "",
  address: "Số 25 đường Hoàng Văn Thụ, phường Phan Đình Phùng",
  purpose: "Cấp phiếu lý lịch tư pháp số 1.",
};

describe("buildIntakeForm", () => {
  it("uses the schema's own applicant fields and leaves out file fields", () => {
    const form = buildIntakeForm(FULL);
    expect(form.contactFields).toEqual([]);
    expect(form.formFields.map((f) => f.name)).toEqual(["fullName", "nationalId", "birthDate", "gender", "phone", "email", "address", "purpose"]);
    expect(form.contactFieldOf).toEqual({ fullName: "fullName", nationalId: "nationalId", phone: "phone", email: "email", address: "address" });
  });

  it("adds the contact fields a schema lacks", () => {
    const form = buildIntakeForm(BARE);
    expect(form.contactFields.map((f) => f.name)).toEqual(["applicant_fullName", "applicant_nationalId", "applicant_phone", "applicant_email", "applicant_address"]);
    expect(form.contactFields.filter((f) => f.required).map((f) => f.name)).toEqual(["applicant_fullName", "applicant_phone"]);
    expect(form.contactFieldOf.fullName).toBe("applicant_fullName");
  });
});

describe("checkCounterIntake", () => {
  it("accepts a valid form with the required documents, trims and keeps only schema fields", () => {
    const r = checkCounterIntake(FULL, DOCS, { values: { ...VALID, injected: "x" }, documents: [documentFieldName(0)] }, NOW);
    expect(r.errors).toEqual({});
    expect(r.formData.fullName).toBe("Nguyễn Văn An");
    expect(r.formData).not.toHaveProperty("injected");
    expect(r.formData).not.toHaveProperty("email"); // empty optional values are not stored
    expect(r.applicant).toEqual({ fullName: "Nguyễn Văn An", nationalId: "019090012345", phone: "0912345678", email: null, address: VALID.address });
    expect(r.documentsReceived).toEqual(["Tờ khai"]);
  });

  it("gives the online messages for bad fields, and one for each required document not received", () => {
    const r = checkCounterIntake(FULL, DOCS, { values: { ...VALID, nationalId: "123", phone: "12ab", fullName: "", birthDate: "2091-01-01" }, documents: [documentFieldName(1)] }, NOW);
    expect(r.errors.nationalId).toBe("Số CCCD phải gồm đúng 12 chữ số.");
    expect(r.errors.phone).toMatch(/^Số điện thoại không hợp lệ/);
    expect(r.errors.fullName).toBe("Nhập họ, chữ đệm và tên.");
    expect(r.errors.birthDate).toBe("Ngày sinh không được ở tương lai.");
    expect(r.errors[documentFieldName(0)]).toBe("Chưa nhận đủ giấy tờ bắt buộc: Tờ khai.");
    expect(r.errors).not.toHaveProperty(documentFieldName(1));
    expect(r.documentsReceived).toEqual(["Bản sao giấy khai sinh"]);
  });

  it("checks the CCCD against the declared birth year and sex, as online", () => {
    const r = checkCounterIntake(FULL, DOCS, { values: { ...VALID, gender: "nu" }, documents: [documentFieldName(0)] }, NOW);
    expect(r.errors.nationalId).toBe("Số CCCD không khớp giới tính đã khai.");
  });

  it("takes the contact from the added fields when the schema has none", () => {
    const bad = checkCounterIntake(BARE, [], { values: { purpose: "Đề nghị" }, documents: [] }, NOW);
    expect(Object.keys(bad.errors).sort()).toEqual(["applicant_fullName", "applicant_phone"]);
    const ok = checkCounterIntake(BARE, [], { values: { purpose: "Đề nghị", applicant_fullName: "Trần Thị Bình", applicant_phone: "0987654321" }, documents: [] }, NOW);
    expect(ok.errors).toEqual({});
    expect(ok.formData).toEqual({ purpose: "Đề nghị" });
    expect(ok.applicant).toMatchObject({ fullName: "Trần Thị Bình", phone: "0987654321", nationalId: null });
  });

  it("ignores values that are not strings", () => {
    const r = checkCounterIntake(FULL, DOCS, { values: { ...VALID, purpose: ["a", "b"] }, documents: [documentFieldName(0)] }, NOW);
    expect(r.errors.purpose).toBe("Nhập nội dung đề nghị.");
  });
});

describe("intakeAgencyFor", () => {
  const stp = { id: "stp", kind: "DEPARTMENT" as const };
  const pdp = { id: "pdp", kind: "COMMUNE" as const };
  it.each([
    ["a department, its own procedure", { scope: "PROVINCE" as const, agencyId: "stp" }, stp, "stp"],
    ["a department, another's procedure", { scope: "PROVINCE" as const, agencyId: "syt" }, stp, null],
    ["a department, a commune procedure", { scope: "COMMUNE" as const, agencyId: null }, stp, null],
    ["a commune, a commune procedure", { scope: "COMMUNE" as const, agencyId: null }, pdp, "pdp"],
    ["a commune, a department's procedure", { scope: "PROVINCE" as const, agencyId: "stp" }, pdp, null],
    ["anyone, a procedure without agency", { scope: "PROVINCE" as const, agencyId: null }, stp, null],
  ])("%s", (_name, procedure, agency, expected) => {
    expect(intakeAgencyFor(procedure, agency)).toBe(expected);
  });
});
