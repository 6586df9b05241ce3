// Builds the stored form of a procedure (formSchema, requiredDocuments, steps) from the
// catalogue, and fills plausible form data for demo dossiers. Three steps for every form:
// 0 the applicant (prefilled from the verified identity), 1 the procedure-specific fields,
// 2 one file field per required document.
import { Rng } from "@/lib/domain/random";
import { ZFormSchema, ZRequiredDocuments, type TFormField, type TFormSchema, type TRequiredDocument } from "@/lib/validation/form-schema";
import { address, businessName, cccd, householdBusinessName, mobilePhone, personName, surnameOf, type Person } from "./names";
import type { FieldSeed, ProcedureSeed } from "./procedures";

const APPLICANT_FIELDS: TFormField[] = [
  { name: "fullName", label: "Họ, chữ đệm và tên", labelEn: "Full name", type: "text", required: true, step: 0, prefill: "fullName", maxLength: 100 },
  { name: "nationalId", label: "Số định danh cá nhân (CCCD)", labelEn: "Personal identification number", type: "cccd", required: true, step: 0, prefill: "nationalId" },
  { name: "birthDate", label: "Ngày sinh", labelEn: "Date of birth", type: "date", required: true, step: 0, prefill: "birthDate" },
  {
    name: "gender", label: "Giới tính", labelEn: "Sex", type: "select", required: true, step: 0, prefill: "gender",
    options: [{ value: "nam", label: "Nam" }, { value: "nu", label: "Nữ" }],
  },
  { name: "phone", label: "Số điện thoại", labelEn: "Phone", type: "phone", required: true, step: 0, prefill: "phone" },
  { name: "email", label: "Thư điện tử", labelEn: "E-mail", type: "email", required: false, step: 0, prefill: "email" },
  { name: "address", label: "Nơi cư trú", labelEn: "Address", type: "address", required: true, step: 0, prefill: "address" },
];

export function buildFormSchema(p: ProcedureSeed): TFormSchema {
  const specific: TFormField[] = p.fields.map((fs) => ({
    name: fs.name,
    label: fs.label,
    type: fs.type,
    required: fs.required ?? true,
    step: 1,
    ...(fs.options ? { options: fs.options } : {}),
    ...(fs.help ? { help: fs.help } : {}),
    ...(fs.min !== undefined ? { min: fs.min } : {}),
    ...(fs.max !== undefined ? { max: fs.max } : {}),
  }));
  const files: TFormField[] = p.docs.map((d, i) => ({
    name: `giayTo${i + 1}`,
    label: d.name,
    type: "file",
    required: d.required ?? true,
    step: 2,
    document: d.name,
    ...(d.note ? { help: d.note } : {}),
  }));
  const schema = {
    steps: [
      { title: "Thông tin người nộp", titleEn: "Applicant" },
      { title: p.stepTitle, titleEn: "Details" },
      { title: "Giấy tờ đính kèm", titleEn: "Attachments" },
    ],
    fields: [...APPLICANT_FIELDS, ...specific, ...files],
  };
  // Fail loudly: the app trusts stored schemas.
  const parsed = ZFormSchema.safeParse(schema);
  if (!parsed.success) throw new Error(`formSchema của thủ tục ${p.code} không hợp lệ: ${parsed.error.message}`);
  return parsed.data;
}

export function buildRequiredDocuments(p: ProcedureSeed): TRequiredDocument[] {
  const docs = p.docs.map((d) => ({ name: d.name, copies: d.copies ?? 1, required: d.required ?? true, ...(d.note ? { note: d.note } : {}) }));
  const parsed = ZRequiredDocuments.safeParse(docs);
  if (!parsed.success) throw new Error(`requiredDocuments của thủ tục ${p.code} không hợp lệ: ${parsed.error.message}`);
  if (parsed.data.length < 1) throw new Error(`Thủ tục ${p.code} chưa có thành phần hồ sơ`);
  return parsed.data;
}

/** The usual sequence of a one-stop procedure, in the words of the published catalogue. */
export function buildSteps(p: ProcedureSeed, agencyName: string): string[] {
  const where = p.scope === "COMMUNE" ? "Bộ phận Một cửa Ủy ban nhân dân xã, phường" : `Bộ phận Một cửa ${agencyName} tại Trung tâm Phục vụ hành chính công tỉnh`;
  const steps: string[] = [];
  steps.push(
    p.level === "FULL_ONLINE"
      ? "Người nộp đăng nhập Cổng dịch vụ công bằng tài khoản định danh điện tử VNeID, điền tờ khai điện tử và đính kèm bản điện tử các thành phần hồ sơ."
      : `Người nộp nộp hồ sơ trực tuyến trên Cổng dịch vụ công hoặc trực tiếp tại ${where}.`,
  );
  steps.push(`${where} kiểm tra tính đầy đủ, hợp lệ của hồ sơ; gửi Phiếu tiếp nhận và hẹn trả kết quả hoặc thông báo yêu cầu bổ sung, hoàn thiện hồ sơ.`);
  if (p.fee > 0) steps.push("Người nộp thanh toán phí, lệ phí trực tuyến qua nền tảng thanh toán hoặc nộp tại Bộ phận Một cửa.");
  if (p.inPersonNote) steps.push(p.inPersonNote);
  steps.push(`Cơ quan chuyên môn thẩm định hồ sơ, trình lãnh đạo có thẩm quyền xem xét, ký kết quả trong thời hạn ${p.days} ngày làm việc.`);
  steps.push(
    p.level === "FULL_ONLINE"
      ? "Kết quả điện tử được trả vào tài khoản của người nộp; bản giấy (nếu có) gửi qua dịch vụ bưu chính công ích hoặc nhận tại Bộ phận Một cửa."
      : "Người nộp nhận kết quả tại Bộ phận Một cửa hoặc qua dịch vụ bưu chính công ích; bản điện tử được lưu vào kho dữ liệu cá nhân.",
  );
  return steps.slice(0, 5);
}

// ── Form data of demo dossiers ──

type Ctx = { rng: Rng; applicant: Person; submittedAt: Date; email: string | null };
type Gen = (ctx: Ctx) => string | number;

const DAY_MS = 86_400_000;
const isoDate = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

function compileGen(field: FieldSeed): Gen {
  const [kind, ...args] = field.gen.split(":");
  const n = args.map(Number);
  switch (kind) {
    case "name":
      return ({ rng }) => personName(rng, rng.chance(0.5) ? "Nam" : "Nữ");
    case "maleName":
      return ({ rng }) => personName(rng, "Nam");
    case "femaleName":
      return ({ rng }) => personName(rng, "Nữ");
    case "elderName":
      return ({ rng, applicant }) => personName(rng, rng.chance(0.55) ? "Nam" : "Nữ", rng.chance(0.6) ? surnameOf(applicant.fullName) : undefined);
    case "childName":
      return ({ rng, applicant }) => personName(rng, rng.chance(0.51) ? "Nam" : "Nữ", surnameOf(applicant.fullName));
    case "spouseName":
      return ({ rng, applicant }) => personName(rng, applicant.gender === "Nam" ? "Nữ" : "Nam");
    case "applicantName":
      return ({ applicant }) => applicant.fullName;
    case "applicantAddress":
      return ({ applicant }) => applicant.address;
    case "address":
      return ({ rng }) => address(rng);
    case "phone":
      return ({ rng }) => mobilePhone(rng);
    case "business":
      return ({ rng }) => businessName(rng);
    case "household":
      return ({ rng, applicant }) => householdBusinessName(rng, applicant.fullName);
    case "digits":
      return ({ rng }) => rng.digits(n[0]);
    case "int":
      return ({ rng }) => rng.int(n[0], n[1]);
    case "money":
      // Whole millions, as people write amounts on forms.
      return ({ rng }) => rng.int(Math.round(n[0] / 1e6), Math.round(n[1] / 1e6)) * 1e6;
    case "recentDate":
      return ({ rng, submittedAt }) => isoDate(new Date(submittedAt.getTime() - rng.int(n[0], n[1]) * DAY_MS));
    case "futureDate":
      return ({ rng, submittedAt }) => isoDate(new Date(submittedAt.getTime() + rng.int(n[0], n[1]) * DAY_MS));
    case "birthDate":
      return ({ rng, submittedAt }) => isoDate(new Date(submittedAt.getTime() - (rng.int(n[0] * 365, n[1] * 365) + rng.int(0, 364)) * DAY_MS));
    case "cccd":
      return ({ rng, submittedAt }) => {
        const year = new Date(submittedAt).getUTCFullYear() - rng.int(n[0], n[1]);
        return cccd(rng, rng.chance(0.5) ? "Nam" : "Nữ", year);
      };
    case "plate":
      return ({ rng }) => `${rng.chance(0.85) ? "20" : "97"}${rng.pick(["C", "H", "LD", "E", "F"])}-${rng.digits(3)}.${rng.digits(2)}`;
    case "pick": {
      const values = args.join(":").split("|");
      return ({ rng }) => rng.pick(values);
    }
    case "option": {
      const values = (field.options ?? []).map((o) => o.value);
      if (!values.length) throw new Error(`Trường ${field.name} kiểu select không có lựa chọn`);
      return ({ rng }) => rng.pick(values);
    }
    default:
      throw new Error(`Không biết cách sinh dữ liệu "${field.gen}" cho trường ${field.name}`);
  }
}

export type FormDataGenerator = (rng: Rng, applicant: Person, submittedAt: Date, email: string | null) => Record<string, string | number>;

/** Compiles once per procedure; called for every dossier. */
export function compileFormData(p: ProcedureSeed): FormDataGenerator {
  const gens = p.fields.map((fs) => [fs.name, compileGen(fs)] as const);
  return (rng, applicant, submittedAt, email) => {
    const ctx: Ctx = { rng, applicant, submittedAt, email };
    const data: Record<string, string | number> = {
      fullName: applicant.fullName,
      nationalId: applicant.nationalId,
      birthDate: applicant.birthDate,
      gender: applicant.gender === "Nam" ? "nam" : "nu",
      phone: applicant.phone,
      address: applicant.address,
    };
    if (email) data.email = email;
    for (const [name, gen] of gens) data[name] = gen(ctx);
    return data;
  };
}

