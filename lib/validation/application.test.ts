import { describe, expect, it } from "vitest";
import { applicationStepSchema, fieldError, missingDocuments, validateApplication, type FormValues } from "./application";
import { ZFormSchema, type TFormField, type TFormSchema } from "./form-schema";

// A form built like prisma/seed/form.ts: step 0 the applicant (prefilled from the verified
// identity), step 1 the procedure's own fields, step 2 one file field per required document.
const SCHEMA: TFormSchema = ZFormSchema.parse({
  steps: [{ title: "Thông tin người nộp" }, { title: "Thông tin đề nghị" }, { title: "Giấy tờ đính kèm" }],
  fields: [
    { name: "fullName", label: "Họ, chữ đệm và tên", type: "text", step: 0, prefill: "fullName", maxLength: 100 },
    { name: "nationalId", label: "Số định danh cá nhân (CCCD)", type: "cccd", step: 0, prefill: "nationalId" },
    { name: "birthDate", label: "Ngày sinh", type: "date", step: 0, prefill: "birthDate" },
    { name: "gender", label: "Giới tính", type: "select", step: 0, prefill: "gender", options: [{ value: "nam", label: "Nam" }, { value: "nu", label: "Nữ" }] },
    { name: "phone", label: "Số điện thoại", type: "phone", step: 0, prefill: "phone" },
    { name: "email", label: "Thư điện tử", type: "email", required: false, step: 0, prefill: "email" },
    { name: "address", label: "Nơi cư trú", type: "address", step: 0, prefill: "address" },

    { name: "copies", label: "Số bản sao đề nghị", type: "number", step: 1, min: 1, max: 10 },
    { name: "landArea", label: "Diện tích (m²)", type: "number", step: 1, min: 1 },
    { name: "purpose", label: "Nội dung đề nghị", type: "textarea", step: 1, maxLength: 500 },
    { name: "otherInfo", label: "Thông tin khác", type: "textarea", required: false, step: 1 },
    { name: "note", label: "Ghi chú", type: "text", required: false, step: 1 },
    { name: "ceremonyDate", label: "Ngày dự kiến tổ chức đăng ký", type: "date", step: 1 },
    { name: "childBirthDate", label: "Ngày sinh của trẻ", type: "date", step: 1 },
    {
      name: "recordType", label: "Loại sự kiện hộ tịch", type: "select", step: 1,
      options: [{ value: "khai_sinh", label: "Khai sinh" }, { value: "ket_hon", label: "Kết hôn" }, { value: "khai_tu", label: "Khai tử" }],
    },
    { name: "spouseNationalId", label: "Số định danh cá nhân bên kia", type: "cccd", step: 1 },

    { name: "giayTo1", label: "Tờ khai đăng ký khai sinh", type: "file", step: 2, document: "Tờ khai đăng ký khai sinh" },
    { name: "giayTo2", label: "Giấy chứng sinh", type: "file", step: 2, document: "Giấy chứng sinh" },
    { name: "giayTo3", label: "Giấy chứng nhận kết hôn của cha, mẹ", type: "file", required: false, step: 2, document: "Giấy chứng nhận kết hôn của cha, mẹ" },
  ],
});

const NOW = new Date("2026-03-04T03:00:00Z"); // Wednesday 04/03/2026, 10:00 in Vietnam

const VALID: FormValues = {
  fullName: "Nguyễn Văn An",
  nationalId: "019090012345",
  birthDate: "1990-05-12",
  gender: "nam",
  phone: "0912345678",
  email: "",
  address: "Số 25 đường Hoàng Văn Thụ, phường Phan Đình Phùng, tỉnh Thái Nguyên",
  copies: "2",
  landArea: "120,5",
  purpose: "Cấp bản sao trích lục khai sinh để bổ sung hồ sơ.",
  otherInfo: "",
  note: "",
  ceremonyDate: "2026-03-20",
  childBirthDate: "2026-02-10",
  recordType: "khai_sinh",
  spouseNationalId: "019195012346",
};

const field = (name: string): TFormField => {
  const f = SCHEMA.fields.find((x) => x.name === name);
  if (!f) throw new Error(`no field ${name}`);
  return f;
};
const err = (name: string, raw: string | undefined, values: FormValues = VALID, now = NOW) => fieldError(field(name), raw, values, now);

describe("fieldError — required and optional", () => {
  it.each([
    ["fullName", "", "Nhập họ, chữ đệm và tên."],
    ["fullName", "   ", "Nhập họ, chữ đệm và tên."],
    ["fullName", undefined, "Nhập họ, chữ đệm và tên."],
    ["nationalId", "", "Nhập số định danh cá nhân (CCCD)."], // the acronym keeps its capitals
    ["birthDate", "", "Nhập ngày sinh."],
    ["gender", "", "Nhập giới tính."],
    ["phone", "\t", "Nhập số điện thoại."],
    ["address", "", "Nhập nơi cư trú."],
    ["copies", "", "Nhập số bản sao đề nghị."],
    ["purpose", "", "Nhập nội dung đề nghị."],
    ["recordType", "", "Nhập loại sự kiện hộ tịch."],
    ["email", "", null],
    ["email", "   ", null],
    ["email", undefined, null],
    ["note", "", null],
    ["otherInfo", "", null],
  ])("%s = %j → %s", (name, raw, expected) => {
    expect(err(name, raw)).toBe(expected);
  });
});

describe("fieldError — text, address, textarea lengths", () => {
  it.each([
    ["fullName", "a Vietnamese name", "Nguyễn Thị Bích Ngọc", null],
    ["fullName", "100 characters (its maxLength)", "A".repeat(100), null],
    ["fullName", "101 characters", "A".repeat(101), "Họ, chữ đệm và tên không quá 100 ký tự."],
    ["fullName", "100 characters inside spaces (measured after trimming)", `  ${"A".repeat(100)}  `, null],
    ["note", "200 characters (text default)", "x".repeat(200), null],
    ["note", "201 characters", "x".repeat(201), "Ghi chú không quá 200 ký tự."],
    ["address", "300 characters (address default)", "x".repeat(300), null],
    ["address", "301 characters", "x".repeat(301), "Nơi cư trú không quá 300 ký tự."],
    ["address", "4 characters", "Số 1", "Địa chỉ quá ngắn: ghi rõ số nhà, đường/thôn, xã/phường."],
    ["address", "4 characters inside spaces", "  Số 1  ", "Địa chỉ quá ngắn: ghi rõ số nhà, đường/thôn, xã/phường."],
    ["address", "5 characters", "Số 12", null],
    ["purpose", "500 characters (its maxLength)", "y".repeat(500), null],
    ["purpose", "501 characters", "y".repeat(501), "Nội dung đề nghị không quá 500 ký tự."],
    ["otherInfo", "2000 characters (textarea default)", "z".repeat(2000), null],
    ["otherInfo", "2001 characters", "z".repeat(2001), "Thông tin khác không quá 2000 ký tự."],
  ])("%s, %s", (name, _case, raw, expected) => {
    expect(err(name, raw)).toBe(expected);
  });
});

describe("fieldError — labels inside messages", () => {
  // The label's first letter is lowered inside the sentence; acronyms keep their capitals.
  it.each([
    ["Họ, chữ đệm và tên", "text", "", "Nhập họ, chữ đệm và tên."],
    ["Số định danh cá nhân (CCCD)", "text", "", "Nhập số định danh cá nhân (CCCD)."],
    ["CCCD người giám hộ", "text", "", "Nhập CCCD người giám hộ."],
    ["Trường THPT", "select", "b", "Chọn trường THPT trong danh sách."],
    ["Ủy ban nhân dân xã nơi cư trú", "select", "b", "Chọn ủy ban nhân dân xã nơi cư trú trong danh sách."],
  ] as const)("%s (%s) = %j → %s", (label, type, raw, expected) => {
    const def: TFormField = { name: "x", label, type, required: true, step: 0, ...(type === "select" ? { options: [{ value: "a", label: "A" }] } : {}) };
    expect(fieldError(def, raw, {}, NOW)).toBe(expected);
  });
});

describe("fieldError — numbers", () => {
  it.each([
    ["copies", "1", null],
    ["copies", "10", null],
    ["copies", " 3 ", null],
    ["copies", "0", "Số bản sao đề nghị không nhỏ hơn 1."],
    ["copies", "-1", "Số bản sao đề nghị không nhỏ hơn 1."],
    ["copies", "11", "Số bản sao đề nghị không lớn hơn 10."],
    ["copies", "0,5", "Số bản sao đề nghị không nhỏ hơn 1."], // comma decimal = 0.5
    ["copies", "10,5", "Số bản sao đề nghị không lớn hơn 10."], // 10.5
    ["copies", "10,0", null],
    ["copies", "10.5", "Số bản sao đề nghị phải là số (dấu phẩy cho phần thập phân, ví dụ 2,5)."], // a dot is not a decimal point in Vietnamese
    ["copies", "2,5", null], // no integer rule exists in the field schema
    ["copies", "abc", "Số bản sao đề nghị phải là số (dấu phẩy cho phần thập phân, ví dụ 2,5)."],
    ["copies", "1e3", "Số bản sao đề nghị phải là số (dấu phẩy cho phần thập phân, ví dụ 2,5)."],
    ["copies", "+3", "Số bản sao đề nghị phải là số (dấu phẩy cho phần thập phân, ví dụ 2,5)."],
    ["copies", ",5", "Số bản sao đề nghị phải là số (dấu phẩy cho phần thập phân, ví dụ 2,5)."],
    ["copies", "5,", "Số bản sao đề nghị phải là số (dấu phẩy cho phần thập phân, ví dụ 2,5)."],
    ["copies", "1 000", "Số bản sao đề nghị phải là số (dấu phẩy cho phần thập phân, ví dụ 2,5)."],
    ["landArea", "120,5", null],
    ["landArea", "2400", null], // no max
    ["landArea", "0,99", "Diện tích (m²) không nhỏ hơn 1."],
    ["landArea", "1.000.000", null], // Vietnamese thousands separators …
    ["landArea", "1.000,5", null],
    ["copies", "1.000", "Số bản sao đề nghị không lớn hơn 10."], // … 1.000 is one thousand
    ["landArea", "0.999", "Diện tích (m²) phải là số (dấu phẩy cho phần thập phân, ví dụ 2,5)."], // … and a dot is never a decimal point
    ["landArea", "1.00", "Diện tích (m²) phải là số (dấu phẩy cho phần thập phân, ví dụ 2,5)."],
  ])("%s = %j → %s", (name, raw, expected) => {
    expect(err(name, raw)).toBe(expected);
  });
});

describe("fieldError — dates", () => {
  it.each([
    ["ceremonyDate", "2026-03-20", null],
    ["ceremonyDate", "2030-01-01", null], // only birth dates cannot be in the future
    ["ceremonyDate", "2028-02-29", null], // leap year
    ["ceremonyDate", "2026-02-30", "Ngày dự kiến tổ chức đăng ký không phải ngày hợp lệ."],
    ["ceremonyDate", "2027-02-29", "Ngày dự kiến tổ chức đăng ký không phải ngày hợp lệ."],
    ["ceremonyDate", "2026-04-31", "Ngày dự kiến tổ chức đăng ký không phải ngày hợp lệ."],
    ["ceremonyDate", "2026-13-01", "Ngày dự kiến tổ chức đăng ký không phải ngày hợp lệ."],
    ["ceremonyDate", "2026-3-4", "Ngày dự kiến tổ chức đăng ký không phải ngày hợp lệ."],
    ["ceremonyDate", "04/03/2026", "Ngày dự kiến tổ chức đăng ký không phải ngày hợp lệ."],
    ["ceremonyDate", "2026-03-04T10:00", "Ngày dự kiến tổ chức đăng ký không phải ngày hợp lệ."],
    ["ceremonyDate", "1899-12-31", "Ngày dự kiến tổ chức đăng ký không hợp lệ."],
    ["ceremonyDate", "1900-01-01", null],
    ["birthDate", "1990-05-12", null],
    ["birthDate", "2026-03-04", null], // born today
    ["birthDate", "2026-03-05", "Ngày sinh không được ở tương lai."],
    ["birthDate", "2027-01-01", "Ngày sinh không được ở tương lai."],
    ["birthDate", "1990-02-30", "Ngày sinh không phải ngày hợp lệ."],
    ["childBirthDate", "2026-02-10", null],
    ["childBirthDate", "2026-03-05", "Ngày sinh của trẻ không được ở tương lai."],
  ])("%s = %s → %s", (name, raw, expected) => {
    expect(err(name, raw)).toBe(expected);
  });

  it("judges 'the future' by the Vietnam date: a child born today may be registered before 07:00", () => {
    const earlyMorning = new Date("2026-03-04T20:00:00Z"); // 05/03/2026 03:00 in Vietnam
    expect(err("childBirthDate", "2026-03-05", VALID, earlyMorning)).toBeNull();
    expect(err("childBirthDate", "2026-03-06", VALID, earlyMorning)).toBe("Ngày sinh của trẻ không được ở tương lai.");
    const lateEvening = new Date("2026-03-04T16:59:00Z"); // 04/03/2026 23:59 in Vietnam
    expect(err("childBirthDate", "2026-03-04", VALID, lateEvening)).toBeNull();
    expect(err("childBirthDate", "2026-03-05", VALID, lateEvening)).toBe("Ngày sinh của trẻ không được ở tương lai.");
  });
});

describe("fieldError — selects", () => {
  it.each([
    ["gender", "nam", null],
    ["gender", "nu", null],
    ["gender", " nu ", null],
    ["gender", "Nam", "Chọn giới tính trong danh sách."], // the label is not the value
    ["gender", "nữ", "Chọn giới tính trong danh sách."],
    ["gender", "khac", "Chọn giới tính trong danh sách."],
    ["recordType", "ket_hon", null],
    ["recordType", "giam_ho", "Chọn loại sự kiện hộ tịch trong danh sách."],
  ])("%s = %j → %s", (name, raw, expected) => {
    expect(err(name, raw)).toBe(expected);
  });
});

describe("fieldError — CCCD", () => {
  const applicant = (over: { birthDate?: string; gender?: string }): FormValues => ({ ...VALID, ...over });

  it.each([
    ["019090012345", { birthDate: "1990-05-12", gender: "nam" }, null], // Thái Nguyên, male, 1990
    ["019195012346", { birthDate: "1995-11-30", gender: "nu" }, null], // Thái Nguyên, female, 1995
    ["001203000001", { birthDate: "2003-01-01", gender: "nam" }, null], // Hà Nội, male, 2003
    ["019090012345", { birthDate: "1991-05-12", gender: "nam" }, "Số CCCD không khớp năm sinh (số CCCD mã hóa năm 1990)."],
    ["019090012345", { birthDate: "1990-05-12", gender: "nu" }, "Số CCCD không khớp giới tính đã khai."],
    ["019195012346", { birthDate: "1995-11-30", gender: "nam" }, "Số CCCD không khớp giới tính đã khai."],
    ["019090012345", { birthDate: "", gender: "" }, null], // nothing to compare with yet
    ["019090012345", { birthDate: "1991-02-30", gender: "" }, null], // an invalid date is reported on its own field
    ["019090012345", { birthDate: "1990-05-12", gender: "khac" }, null], // an unknown gender is reported on its own field
    ["003090012345", {}, "3 chữ số đầu của số CCCD không phải mã tỉnh, thành phố hợp lệ."],
    ["01909001234", {}, "Số CCCD phải gồm đúng 12 chữ số."],
    ["0190-9001-2345", {}, "Số CCCD chỉ gồm chữ số."],
    ["001227000001", { birthDate: "", gender: "" }, "Số CCCD không hợp lệ: năm sinh mã hóa trong số nằm ở tương lai."],
  ] as const)("applicant's own %s with %j → %s", (value, over, expected) => {
    expect(err("nationalId", value, applicant(over))).toBe(expected);
  });

  it("does not compare another person's number with the applicant's birth date and gender", () => {
    // The spouse (female, 1995) differs from the applicant (male, 1990): still fine.
    expect(err("spouseNationalId", "019195012346", VALID)).toBeNull();
    expect(err("spouseNationalId", "099195012346", VALID)).toBe("3 chữ số đầu của số CCCD không phải mã tỉnh, thành phố hợp lệ.");
  });
});

describe("fieldError — phone and e-mail", () => {
  const PHONE = "Số điện thoại không hợp lệ (ví dụ 0912345678).";
  const EMAIL = "Thư điện tử không hợp lệ (ví dụ ten@example.vn).";

  it.each([
    ["0912345678", null],
    ["0352345678", null],
    ["0862345678", null],
    ["091 234 5678", null],
    ["091.234.5678", null],
    ["02412345678", null], // landline: 02 + 9 digits
    ["0241234567x", PHONE],
    ["0241234567", PHONE], // landline one digit short
    ["+84912345678", PHONE], // the form wants the domestic form (identity.normalizePhone prefills it)
    ["84912345678", PHONE],
    ["0112345678", PHONE], // old 01x prefix
    ["0612345678", PHONE],
    ["091234567", PHONE],
    ["09123456789", PHONE],
    ["091-234-5678", PHONE],
  ])("phone %j → %s", (raw, expected) => {
    expect(err("phone", raw)).toBe(expected);
  });

  it.each([
    ["an.nguyen@example.vn", null],
    ["An.Nguyen+hoso@thainguyen.gov.vn", null],
    [`${"a".repeat(243)}@example.vn`, null], // 254 characters
    [`${"a".repeat(244)}@example.vn`, EMAIL], // 255 characters
    ["an nguyen@example.vn", EMAIL],
    ["an@example", EMAIL],
    ["@example.vn", EMAIL],
    ["an@@example.vn", EMAIL],
    ["an.nguyen", EMAIL],
  ])("email %j → %s", (raw, expected) => {
    expect(err("email", raw)).toBe(expected);
  });
});

describe("fieldError — files", () => {
  it("leaves file fields to missingDocuments", () => {
    expect(err("giayTo1", "to-khai.pdf")).toBeNull();
  });
});

describe("validateApplication", () => {
  it("finds nothing wrong in a complete, consistent form", () => {
    expect(validateApplication(SCHEMA, VALID, { now: NOW })).toEqual({});
  });

  it("reports every required field of step 0 when it is empty", () => {
    expect(validateApplication(SCHEMA, {}, { step: 0, now: NOW })).toEqual({
      fullName: "Nhập họ, chữ đệm và tên.",
      nationalId: "Nhập số định danh cá nhân (CCCD).",
      birthDate: "Nhập ngày sinh.",
      gender: "Nhập giới tính.",
      phone: "Nhập số điện thoại.",
      address: "Nhập nơi cư trú.",
    });
  });

  it("checks one step only", () => {
    const onlyApplicant: FormValues = {
      fullName: VALID.fullName, nationalId: VALID.nationalId, birthDate: VALID.birthDate, gender: VALID.gender, phone: VALID.phone, address: VALID.address,
    };
    expect(validateApplication(SCHEMA, onlyApplicant, { step: 0, now: NOW })).toEqual({});
    expect(validateApplication(SCHEMA, onlyApplicant, { step: 1, now: NOW })).toEqual({
      copies: "Nhập số bản sao đề nghị.",
      landArea: "Nhập diện tích (m²).",
      purpose: "Nhập nội dung đề nghị.",
      ceremonyDate: "Nhập ngày dự kiến tổ chức đăng ký.",
      childBirthDate: "Nhập ngày sinh của trẻ.",
      recordType: "Nhập loại sự kiện hộ tịch.",
      spouseNationalId: "Nhập số định danh cá nhân bên kia.",
    });
  });

  it("reports several kinds of errors at once, keyed by field name", () => {
    const values = { ...VALID, gender: "nu", phone: "0241234567x", email: "an@", copies: "12", ceremonyDate: "2026-02-30" };
    expect(validateApplication(SCHEMA, values, { now: NOW })).toEqual({
      nationalId: "Số CCCD không khớp giới tính đã khai.",
      phone: "Số điện thoại không hợp lệ (ví dụ 0912345678).",
      email: "Thư điện tử không hợp lệ (ví dụ ten@example.vn).",
      copies: "Số bản sao đề nghị không lớn hơn 10.",
      ceremonyDate: "Ngày dự kiến tổ chức đăng ký không phải ngày hợp lệ.",
    });
  });

  it("ignores file fields, even required ones with no value", () => {
    expect(validateApplication(SCHEMA, {}, { step: 2, now: NOW })).toEqual({});
    expect(Object.keys(validateApplication(SCHEMA, {}, { now: NOW })).sort()).toEqual(
      ["address", "birthDate", "ceremonyDate", "childBirthDate", "copies", "fullName", "gender", "landArea", "nationalId", "phone", "purpose", "recordType", "spouseNationalId"],
    );
  });

  it("has nothing to check on a step that does not exist", () => {
    expect(validateApplication(SCHEMA, {}, { step: 7, now: NOW })).toEqual({});
  });

  it("uses the given `now` for birth dates", () => {
    const values = { ...VALID, childBirthDate: "2026-03-05" };
    expect(validateApplication(SCHEMA, values, { step: 1, now: NOW })).toEqual({ childBirthDate: "Ngày sinh của trẻ không được ở tương lai." });
    expect(validateApplication(SCHEMA, values, { step: 1, now: new Date("2026-03-06T03:00:00Z") })).toEqual({});
  });
});

describe("missingDocuments", () => {
  const names = (fields: TFormField[]) => fields.map((f) => f.name);

  it.each([
    [[], ["giayTo1", "giayTo2"]],
    [["Tờ khai đăng ký khai sinh"], ["giayTo2"]],
    [["Giấy chứng sinh", "Tờ khai đăng ký khai sinh"], []],
    [["giayTo1", "giayTo2"], ["giayTo1", "giayTo2"]], // matched by document name, not field name
    [["Giấy chứng nhận kết hôn của cha, mẹ"], ["giayTo1", "giayTo2"]], // an optional document does not stand in for a required one
    [["tờ khai đăng ký khai sinh", "Giấy chứng sinh "], ["giayTo1", "giayTo2"]], // exact names only
  ])("attached %j → missing %j", (attached, expected) => {
    expect(names(missingDocuments(SCHEMA, attached))).toEqual(expected);
  });

  it("matches a file field without a document name by its field name", () => {
    const schema = ZFormSchema.parse({
      steps: [{ title: "Giấy tờ" }],
      fields: [
        { name: "banVe", label: "Bản vẽ thiết kế", type: "file" },
        { name: "anhThe", label: "Ảnh thẻ", type: "file", document: "Ảnh 4x6" },
      ],
    });
    expect(names(missingDocuments(schema, ["Bản vẽ thiết kế"]))).toEqual(["banVe", "anhThe"]);
    expect(names(missingDocuments(schema, ["banVe", "Ảnh 4x6"]))).toEqual([]);
  });
});

describe("applicationStepSchema", () => {
  const STEP0 = {
    fullName: "Nguyễn Văn An", nationalId: "019090012345", birthDate: "1990-05-12", gender: "nam", phone: "0912345678",
    address: "Số 25 đường Hoàng Văn Thụ, phường Phan Đình Phùng, tỉnh Thái Nguyên",
  };
  const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    (result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]);

  it("keeps only the step's non-file fields and drops unknown keys", () => {
    const result = applicationStepSchema(SCHEMA, 0, NOW).safeParse({ ...STEP0, role: "ADMIN", status: "APPROVED", copies: "3", giayTo1: "x.pdf" });
    expect(result.success).toBe(true);
    expect(result.data).toEqual({ ...STEP0, email: "" }); // a missing optional field defaults to ""
  });

  it("reports Vietnamese messages on each field's path", () => {
    const result = applicationStepSchema(SCHEMA, 0, NOW).safeParse({ ...STEP0, fullName: "", birthDate: "1990-02-30", phone: "+84912345678" });
    expect(result.success).toBe(false);
    expect(issuesOf(result)).toEqual([
      ["fullName", "Nhập họ, chữ đệm và tên."],
      ["birthDate", "Ngày sinh không phải ngày hợp lệ."],
      ["phone", "Số điện thoại không hợp lệ (ví dụ 0912345678)."],
    ]);
  });

  it("checks the applicant's CCCD against the birth date and gender submitted in the same step", () => {
    const result = applicationStepSchema(SCHEMA, 0, NOW).safeParse({ ...STEP0, nationalId: "019195012346" }); // female, 1995
    expect(issuesOf(result)).toEqual([["nationalId", "Số CCCD không khớp năm sinh (số CCCD mã hóa năm 1995)."]]);
    const consistent = applicationStepSchema(SCHEMA, 0, NOW).safeParse({ ...STEP0, nationalId: "019195012346", birthDate: "1995-11-30", gender: "nu" });
    expect(consistent.success).toBe(true);
  });

  it("validates only the fields of its own step", () => {
    // Step 1 with nothing from step 0: only step 1's required fields are reported.
    const result = applicationStepSchema(SCHEMA, 1, NOW).safeParse({ copies: "0", landArea: "50", purpose: "Đề nghị", ceremonyDate: "2026-03-20", childBirthDate: "2026-02-10", recordType: "khai_tu", spouseNationalId: "019195012346" });
    expect(issuesOf(result)).toEqual([["copies", "Số bản sao đề nghị không nhỏ hơn 1."]]);
  });

  it("has an empty shape for the file step", () => {
    const result = applicationStepSchema(SCHEMA, 2, NOW).safeParse({ giayTo1: "to-khai.pdf", giayTo2: "" });
    expect(result.success).toBe(true);
    expect(result.data).toEqual({});
  });

  it("refuses values over 5000 characters before anything else", () => {
    const result = applicationStepSchema(SCHEMA, 1, NOW).safeParse({ ...VALID, otherInfo: "z".repeat(5001) });
    expect(issuesOf(result)).toEqual([
      ["otherInfo", "Quá dài."],
      ["otherInfo", "Thông tin khác không quá 2000 ký tự."],
    ]);
  });

  it("puts a non-string value's issue on its path (the message is zod's own, in English)", () => {
    const result = applicationStepSchema(SCHEMA, 1, NOW).safeParse({ ...VALID, copies: 3 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["copies"]);
  });

  it("uses its `now` for birth dates", () => {
    const values = { ...VALID, childBirthDate: "2026-03-05" };
    expect(issuesOf(applicationStepSchema(SCHEMA, 1, NOW).safeParse(values))).toEqual([["childBirthDate", "Ngày sinh của trẻ không được ở tương lai."]]);
    expect(applicationStepSchema(SCHEMA, 1, new Date("2026-03-05T03:00:00Z")).safeParse(values).success).toBe(true);
  });
});
