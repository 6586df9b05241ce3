// The procedure catalogue (TTHC) of the demo: real procedure names, national-catalogue-looking
// codes (illustrative, not checked against the national database), realistic processing
// times and fees. Forms are not hand-written: form.ts builds each formSchema from the shared
// applicant step, the procedure-specific fields below and one file field per required document.
//
// `gen` tells the dossier generator how to fill a field (see form.ts); `popularity` is the
// relative share of dossiers; `season` bends it by month.

import type { FIELD_TYPES } from "@/lib/validation/form-schema";

export type FieldType = (typeof FIELD_TYPES)[number];

export type FieldSeed = {
  name: string;
  label: string;
  type: FieldType;
  gen: string;
  required?: boolean;
  options?: { value: string; label: string }[];
  help?: string;
  min?: number;
  max?: number;
};

export type DocSeed = { name: string; copies?: number; required?: boolean; note?: string };

export type Season = "school" | "wedding" | "graduation" | "tet";

export type ProcedureSeed = {
  code: string;
  name: string;
  sector: string;
  scope: "PROVINCE" | "COMMUNE";
  /** Implementing department for PROVINCE scope. */
  agency?: string;
  level: "FULL_ONLINE" | "PARTIAL";
  days: number;
  fee: number;
  feeDescription?: string;
  popularity: number;
  season?: Season;
  docs: DocSeed[];
  stepTitle: string;
  fields: FieldSeed[];
  result: string;
  legalBasis?: string;
  applicants?: string;
  inPersonNote?: string;
};

function slug(label: string): string {
  return label
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
}

/** Select options from labels; values are ASCII slugs. */
export function options(...labels: string[]): { value: string; label: string }[] {
  return labels.map((label) => ({ value: slug(label), label }));
}

const f = (name: string, label: string, type: FieldType, gen: string, extra: Partial<FieldSeed> = {}): FieldSeed => ({ name, label, type, gen, ...extra });
const sel = (name: string, label: string, labels: string[], extra: Partial<FieldSeed> = {}): FieldSeed => ({
  name, label, type: "select", gen: "option", options: options(...labels), ...extra,
});

const GENDER = ["Nam", "Nữ"];
const ETHNIC = ["Kinh", "Tày", "Nùng", "Dao", "Sán Dìu", "H'Mông", "Sán Chay"];
const PURPOSE_LLTP = ["Xin việc làm", "Du học", "Xuất khẩu lao động", "Bổ sung hồ sơ công chức, viên chức", "Thành lập doanh nghiệp", "Khác"];

// ── Field kits reused by several procedures ──
const businessKit = (): FieldSeed[] => [
  f("enterpriseName", "Tên doanh nghiệp dự kiến", "text", "business"),
  sel("businessLine", "Ngành, nghề kinh doanh chính", ["Bán buôn, bán lẻ hàng hóa", "Xây dựng công trình", "Chế biến chè", "Vận tải hàng hóa bằng đường bộ", "Dịch vụ lưu trú, ăn uống", "Lập trình máy vi tính", "Sản xuất linh kiện điện tử", "Trồng trọt, chăn nuôi"]),
  f("charterCapital", "Vốn điều lệ (đồng)", "number", "money:100000000:5000000000", { min: 0 }),
  f("headOffice", "Địa chỉ trụ sở chính", "address", "address"),
];
const landKit = (): FieldSeed[] => [
  f("parcelNumber", "Số thửa đất", "text", "int:12:980"),
  f("mapSheet", "Số tờ bản đồ", "text", "int:1:64"),
  f("landArea", "Diện tích (m²)", "number", "int:60:2400", { min: 1 }),
  f("landAddress", "Địa chỉ thửa đất", "address", "address"),
];
const hospital = "pick:Bệnh viện Trung ương Thái Nguyên|Bệnh viện A Thái Nguyên|Bệnh viện Đa khoa Bắc Kạn|Trung tâm Y tế Đại Từ|Trung tâm Y tế Phú Bình|Bệnh viện Đa khoa Trung ương Thái Nguyên|Trạm Y tế xã";
const schools = "pick:Trường THCS Nha Trang|Trường THCS Chu Văn An|Trường THCS Đội Cấn|Trường THCS Hoàng Hoa Thám|Trường THCS Tân Thịnh|Trường THCS Thị trấn Đại Từ|Trường THCS Đức Xuân";
const highSchools = "pick:Trường THPT Chuyên Thái Nguyên|Trường THPT Lương Ngọc Quyến|Trường THPT Gang Thép|Trường THPT Ngô Quyền|Trường THPT Chu Văn An|Trường THPT Bắc Kạn|Trường THPT Phổ Yên|Trường THPT Đại Từ";

export const PROCEDURES: ProcedureSeed[] = [
  // ───────────── Hộ tịch (commune) ─────────────
  {
    code: "1.001193", name: "Đăng ký khai sinh", sector: "HT", scope: "COMMUNE", level: "FULL_ONLINE", days: 1, fee: 0,
    feeDescription: "Miễn lệ phí đăng ký khai sinh đúng hạn", popularity: 100,
    docs: [{ name: "Tờ khai đăng ký khai sinh" }, { name: "Giấy chứng sinh" }, { name: "Giấy chứng nhận kết hôn của cha, mẹ", required: false, note: "Nếu cha, mẹ đã đăng ký kết hôn" }],
    stepTitle: "Thông tin người được khai sinh",
    fields: [
      f("childName", "Họ, chữ đệm và tên của trẻ", "text", "childName"),
      f("childBirthDate", "Ngày sinh của trẻ", "date", "recentDate:1:55"),
      sel("childGender", "Giới tính", GENDER),
      sel("childEthnicity", "Dân tộc", ETHNIC),
      f("birthPlace", "Nơi sinh", "text", hospital),
      f("fatherName", "Họ, chữ đệm và tên người cha", "text", "maleName"),
      f("motherName", "Họ, chữ đệm và tên người mẹ", "text", "femaleName"),
    ],
    result: "Giấy khai sinh (bản chính) và bản điện tử Giấy khai sinh",
  },
  {
    code: "1.000894", name: "Đăng ký kết hôn", sector: "HT", scope: "COMMUNE", level: "PARTIAL", days: 1, fee: 0,
    feeDescription: "Miễn lệ phí đăng ký kết hôn giữa công dân Việt Nam cư trú trong nước", popularity: 34, season: "wedding",
    docs: [{ name: "Tờ khai đăng ký kết hôn" }, { name: "Giấy xác nhận tình trạng hôn nhân", required: false, note: "Khi đăng ký tại nơi không phải nơi thường trú" }],
    stepTitle: "Thông tin hai bên nam, nữ",
    fields: [
      f("spouseName", "Họ, chữ đệm và tên bên kia", "text", "spouseName"),
      f("spouseBirthDate", "Ngày sinh bên kia", "date", "birthDate:20:40"),
      f("spouseNationalId", "Số định danh cá nhân bên kia", "cccd", "cccd:20:40"),
      f("spouseAddress", "Nơi cư trú bên kia", "address", "address"),
      f("ceremonyDate", "Ngày dự kiến tổ chức đăng ký", "date", "futureDate:2:14"),
    ],
    result: "Giấy chứng nhận kết hôn (bản chính cho mỗi bên)",
    inPersonNote: "Hai bên nam, nữ phải có mặt tại Ủy ban nhân dân cấp xã để ký vào Giấy chứng nhận kết hôn và Sổ đăng ký kết hôn.",
  },
  {
    code: "1.000656", name: "Đăng ký khai tử", sector: "HT", scope: "COMMUNE", level: "FULL_ONLINE", days: 1, fee: 0,
    feeDescription: "Miễn lệ phí", popularity: 24, season: "tet",
    docs: [{ name: "Tờ khai đăng ký khai tử" }, { name: "Giấy báo tử hoặc giấy tờ thay Giấy báo tử" }],
    stepTitle: "Thông tin người đã chết",
    fields: [
      f("deceasedName", "Họ, chữ đệm và tên người đã chết", "text", "elderName"),
      f("deceasedNationalId", "Số định danh cá nhân người đã chết", "cccd", "cccd:60:95"),
      f("deathDate", "Ngày chết", "date", "recentDate:1:15"),
      f("deathPlace", "Nơi chết", "text", "pick:Tại nhà riêng|Bệnh viện Trung ương Thái Nguyên|Bệnh viện A Thái Nguyên|Bệnh viện Đa khoa Bắc Kạn|Trung tâm Y tế huyện cũ"),
      sel("relationship", "Quan hệ với người đã chết", ["Con", "Vợ", "Chồng", "Cháu", "Anh, chị, em"]),
    ],
    result: "Trích lục khai tử (bản chính)",
  },
  {
    code: "1.004873", name: "Cấp Giấy xác nhận tình trạng hôn nhân", sector: "HT", scope: "COMMUNE", level: "FULL_ONLINE", days: 3, fee: 0,
    feeDescription: "Miễn lệ phí khi nộp trực tuyến", popularity: 42, season: "wedding",
    docs: [{ name: "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân" }, { name: "Bản án, quyết định ly hôn hoặc trích lục khai tử", required: false, note: "Nếu đã từng kết hôn" }],
    stepTitle: "Thông tin xác nhận",
    fields: [
      sel("maritalStatus", "Tình trạng hôn nhân hiện tại", ["Chưa đăng ký kết hôn với ai", "Đã ly hôn", "Vợ/chồng đã chết"]),
      sel("purpose", "Mục đích sử dụng", ["Đăng ký kết hôn", "Mua bán, chuyển nhượng tài sản", "Vay vốn ngân hàng", "Bổ sung hồ sơ xin việc", "Khác"]),
    ],
    result: "Giấy xác nhận tình trạng hôn nhân",
  },
  {
    code: "1.004884", name: "Cấp bản sao trích lục hộ tịch", sector: "HT", scope: "COMMUNE", level: "FULL_ONLINE", days: 1, fee: 8000,
    feeDescription: "8.000 đồng/bản sao trích lục", popularity: 28,
    docs: [{ name: "Tờ khai cấp bản sao trích lục hộ tịch" }, { name: "Văn bản ủy quyền", required: false, note: "Nếu nộp thay" }],
    stepTitle: "Thông tin trích lục",
    fields: [
      sel("recordType", "Loại sự kiện hộ tịch", ["Khai sinh", "Kết hôn", "Khai tử", "Nhận cha, mẹ, con", "Giám hộ"]),
      f("recordOwner", "Họ tên người được cấp trích lục", "text", "applicantName"),
      f("copies", "Số bản sao đề nghị", "number", "int:1:3", { min: 1, max: 10 }),
    ],
    result: "Bản sao trích lục hộ tịch",
  },
  {
    code: "1.004859", name: "Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch", sector: "HT", scope: "COMMUNE", level: "FULL_ONLINE", days: 3, fee: 0,
    popularity: 9,
    docs: [{ name: "Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch" }, { name: "Giấy tờ làm căn cứ cải chính" }, { name: "Bản chính Giấy khai sinh" }],
    stepTitle: "Nội dung thay đổi, cải chính",
    fields: [
      sel("changeType", "Loại yêu cầu", ["Thay đổi họ, chữ đệm, tên", "Cải chính ngày sinh", "Bổ sung quê quán", "Xác định lại dân tộc"]),
      f("currentValue", "Nội dung hiện ghi", "text", "pick:Nguyễn Thị Hương|15/03/1998|Không ghi|Kinh"),
      f("requestedValue", "Nội dung đề nghị", "text", "pick:Nguyễn Thị Thu Hương|15/05/1998|Xã Đại Từ, tỉnh Thái Nguyên|Tày"),
      f("reason", "Lý do", "textarea", "pick:Sai sót khi đăng ký|Thống nhất với hồ sơ học tập|Theo nguyện vọng của cha mẹ"),
    ],
    result: "Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch",
  },
  {
    code: "1.001022", name: "Đăng ký giám hộ", sector: "HT", scope: "COMMUNE", level: "FULL_ONLINE", days: 3, fee: 0, popularity: 1.5,
    docs: [{ name: "Tờ khai đăng ký giám hộ" }, { name: "Văn bản cử người giám hộ" }],
    stepTitle: "Thông tin người được giám hộ",
    fields: [
      f("wardName", "Họ tên người được giám hộ", "text", "childName"),
      f("wardBirthDate", "Ngày sinh người được giám hộ", "date", "birthDate:3:16"),
      sel("guardianship", "Hình thức giám hộ", ["Giám hộ đương nhiên", "Giám hộ cử"]),
    ],
    result: "Trích lục đăng ký giám hộ",
  },
  {
    code: "1.004772", name: "Đăng ký nhận cha, mẹ, con", sector: "HT", scope: "COMMUNE", level: "PARTIAL", days: 3, fee: 0, popularity: 2,
    docs: [{ name: "Tờ khai đăng ký nhận cha, mẹ, con" }, { name: "Văn bản, tài liệu chứng minh quan hệ cha, mẹ, con" }],
    stepTitle: "Thông tin người được nhận",
    fields: [
      f("childName", "Họ tên người được nhận là con", "text", "childName"),
      f("childBirthDate", "Ngày sinh", "date", "birthDate:1:20"),
      sel("relation", "Quan hệ", ["Nhận con", "Nhận cha", "Nhận mẹ"]),
    ],
    result: "Trích lục đăng ký nhận cha, mẹ, con",
    inPersonNote: "Người nhận và người được nhận phải có mặt khi đăng ký.",
  },
  {
    code: "1.003583", name: "Đăng ký khai sinh kết hợp nhận cha, mẹ, con", sector: "HT", scope: "COMMUNE", level: "PARTIAL", days: 3, fee: 0, popularity: 1.2,
    docs: [{ name: "Tờ khai đăng ký khai sinh kết hợp nhận cha, mẹ, con" }, { name: "Giấy chứng sinh" }, { name: "Văn bản, tài liệu chứng minh quan hệ cha, mẹ, con" }],
    stepTitle: "Thông tin người được khai sinh",
    fields: [
      f("childName", "Họ, chữ đệm và tên của trẻ", "text", "childName"),
      f("childBirthDate", "Ngày sinh của trẻ", "date", "recentDate:5:200"),
      sel("childGender", "Giới tính", GENDER),
      f("fatherName", "Họ tên người cha", "text", "maleName"),
    ],
    result: "Giấy khai sinh và trích lục đăng ký nhận cha, mẹ, con",
    inPersonNote: "Cha, mẹ phải có mặt tại Ủy ban nhân dân cấp xã để ký Sổ hộ tịch.",
  },
  {
    code: "1.000689", name: "Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
    sector: "HT", scope: "COMMUNE", level: "FULL_ONLINE", days: 3, fee: 0, popularity: 38,
    docs: [{ name: "Tờ khai điện tử liên thông" }, { name: "Giấy chứng sinh" }, { name: "Giấy chứng nhận kết hôn của cha, mẹ", required: false }],
    stepTitle: "Thông tin trẻ em",
    fields: [
      f("childName", "Họ, chữ đệm và tên của trẻ", "text", "childName"),
      f("childBirthDate", "Ngày sinh của trẻ", "date", "recentDate:1:55"),
      sel("childGender", "Giới tính", GENDER),
      f("birthPlace", "Nơi sinh", "text", hospital),
      f("permanentAddress", "Nơi đăng ký thường trú", "address", "applicantAddress"),
      f("healthFacility", "Nơi đăng ký khám chữa bệnh ban đầu", "text", "pick:Trạm Y tế phường|Trung tâm Y tế khu vực|Bệnh viện A Thái Nguyên|Bệnh viện Đa khoa Bắc Kạn"),
    ],
    result: "Giấy khai sinh, xác nhận đăng ký thường trú và thẻ bảo hiểm y tế điện tử của trẻ",
    legalBasis: "Luật Hộ tịch 2014; Luật Cư trú 2020; Luật Bảo hiểm y tế; Nghị định 63/2024/NĐ-CP",
  },
  {
    code: "1.001766", name: "Liên thông thủ tục hành chính về đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất, hỗ trợ chi phí mai táng",
    sector: "HT", scope: "COMMUNE", level: "FULL_ONLINE", days: 5, fee: 0, popularity: 9, season: "tet",
    docs: [{ name: "Tờ khai điện tử liên thông" }, { name: "Giấy báo tử hoặc giấy tờ thay Giấy báo tử" }],
    stepTitle: "Thông tin người đã chết",
    fields: [
      f("deceasedName", "Họ, chữ đệm và tên người đã chết", "text", "elderName"),
      f("deathDate", "Ngày chết", "date", "recentDate:1:20"),
      sel("benefit", "Chế độ đề nghị", ["Trợ cấp mai táng", "Tử tuất một lần", "Tử tuất hằng tháng", "Hỗ trợ chi phí mai táng (bảo trợ xã hội)"]),
    ],
    result: "Trích lục khai tử, xác nhận xóa đăng ký thường trú, quyết định hưởng chế độ",
    legalBasis: "Luật Hộ tịch 2014; Luật Cư trú 2020; Luật Bảo hiểm xã hội 2024; Nghị định 63/2024/NĐ-CP",
  },

  // ───────────── Lý lịch tư pháp (Sở Tư pháp) ─────────────
  {
    code: "2.000488", name: "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam", sector: "LLTP", scope: "PROVINCE", agency: "STP",
    level: "FULL_ONLINE", days: 10, fee: 200000, feeDescription: "200.000 đồng/lần/người; sinh viên, người có công được giảm 50%", popularity: 58,
    docs: [{ name: "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp" }, { name: "Giấy tờ chứng minh thuộc đối tượng miễn, giảm phí", required: false }],
    stepTitle: "Nội dung yêu cầu",
    fields: [
      sel("recordType", "Loại phiếu", ["Phiếu lý lịch tư pháp số 1", "Phiếu lý lịch tư pháp số 2"]),
      sel("purpose", "Mục đích sử dụng", PURPOSE_LLTP),
      f("fatherName", "Họ tên cha", "text", "maleName"),
      f("motherName", "Họ tên mẹ", "text", "femaleName"),
      f("copies", "Số lượng phiếu", "number", "int:1:2", { min: 1, max: 5 }),
      sel("delivery", "Hình thức nhận kết quả", ["Bản điện tử trên VNeID", "Qua bưu chính", "Tại Bộ phận Một cửa"]),
    ],
    result: "Phiếu lý lịch tư pháp số 1 hoặc số 2 (bản điện tử và/hoặc bản giấy)",
  },
  {
    code: "2.000505", name: "Cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng", sector: "LLTP", scope: "PROVINCE", agency: "STP",
    level: "FULL_ONLINE", days: 10, fee: 0, popularity: 1.5, applicants: "Cơ quan tiến hành tố tụng",
    docs: [{ name: "Văn bản yêu cầu cấp Phiếu lý lịch tư pháp" }, { name: "Danh sách người được yêu cầu" }],
    stepTitle: "Nội dung yêu cầu",
    fields: [
      f("requestingAgency", "Cơ quan yêu cầu", "text", "pick:Cơ quan Cảnh sát điều tra Công an tỉnh|Viện Kiểm sát nhân dân tỉnh|Tòa án nhân dân tỉnh"),
      f("subjectName", "Họ tên người được yêu cầu cấp phiếu", "text", "name"),
    ],
    result: "Phiếu lý lịch tư pháp số 2",
  },
  {
    code: "2.000635", name: "Cấp Phiếu lý lịch tư pháp cho cơ quan nhà nước, tổ chức chính trị, tổ chức chính trị – xã hội", sector: "LLTP", scope: "PROVINCE", agency: "STP",
    level: "FULL_ONLINE", days: 10, fee: 0, popularity: 1.5, applicants: "Cơ quan nhà nước, tổ chức chính trị, tổ chức chính trị – xã hội",
    docs: [{ name: "Văn bản yêu cầu cấp Phiếu lý lịch tư pháp" }, { name: "Danh sách người được yêu cầu" }],
    stepTitle: "Nội dung yêu cầu",
    fields: [
      f("requestingAgency", "Cơ quan, tổ chức yêu cầu", "text", "pick:Sở Nội vụ|Ủy ban nhân dân phường Phổ Yên|Ban Tổ chức Tỉnh ủy|Sở Giáo dục và Đào tạo"),
      f("subjectName", "Họ tên người được yêu cầu cấp phiếu", "text", "name"),
      f("purposeDetail", "Mục đích", "text", "pick:Thẩm tra lý lịch tuyển dụng|Bổ nhiệm cán bộ|Quản lý nhân sự"),
    ],
    result: "Phiếu lý lịch tư pháp số 1",
  },

  // ───────────── Chứng thực (commune) ─────────────
  {
    code: "2.000815", name: "Chứng thực bản sao từ bản chính giấy tờ, văn bản", sector: "CT", scope: "COMMUNE", level: "PARTIAL", days: 1, fee: 2000,
    feeDescription: "2.000 đồng/trang; từ trang thứ ba 1.000 đồng/trang, tối đa 200.000 đồng/bản", popularity: 55,
    docs: [{ name: "Bản chính giấy tờ, văn bản cần chứng thực" }, { name: "Bản sao cần chứng thực", required: false }],
    stepTitle: "Giấy tờ cần chứng thực",
    fields: [
      f("documentTitle", "Tên giấy tờ, văn bản", "text", "pick:Bằng tốt nghiệp THPT|Giấy khai sinh|Sổ hộ khẩu|Giấy chứng nhận quyền sử dụng đất|Bằng đại học|Căn cước công dân"),
      f("pages", "Số trang", "number", "int:1:6", { min: 1 }),
      f("copies", "Số bản sao", "number", "int:1:5", { min: 1 }),
    ],
    result: "Bản sao được chứng thực từ bản chính",
    inPersonNote: "Người yêu cầu xuất trình bản chính giấy tờ tại Bộ phận Một cửa để đối chiếu.",
  },
  {
    code: "2.000884", name: "Chứng thực chữ ký trong các giấy tờ, văn bản", sector: "CT", scope: "COMMUNE", level: "PARTIAL", days: 1, fee: 10000,
    feeDescription: "10.000 đồng/trường hợp", popularity: 14,
    docs: [{ name: "Giấy tờ, văn bản cần chứng thực chữ ký" }],
    stepTitle: "Giấy tờ cần chứng thực chữ ký",
    fields: [f("documentTitle", "Tên giấy tờ, văn bản", "text", "pick:Giấy ủy quyền|Bản cam kết|Đơn đề nghị|Tờ khai")],
    result: "Giấy tờ, văn bản đã được chứng thực chữ ký",
    inPersonNote: "Người yêu cầu chứng thực phải ký trước mặt người thực hiện chứng thực.",
  },
  {
    code: "2.001035", name: "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở", sector: "CT", scope: "COMMUNE", level: "PARTIAL", days: 2, fee: 50000,
    feeDescription: "50.000 đồng/hợp đồng, giao dịch", popularity: 6,
    docs: [{ name: "Dự thảo hợp đồng, giao dịch" }, { name: "Giấy tờ chứng minh quyền sở hữu, quyền sử dụng tài sản" }, { name: "Giấy tờ tùy thân của các bên" }],
    stepTitle: "Thông tin hợp đồng",
    fields: [
      sel("contractType", "Loại hợp đồng", ["Chuyển nhượng quyền sử dụng đất", "Tặng cho quyền sử dụng đất", "Mua bán xe", "Thế chấp tài sản"]),
      f("counterparty", "Bên còn lại", "text", "name"),
      f("contractValue", "Giá trị hợp đồng (đồng)", "number", "money:50000000:3000000000", { min: 0 }),
    ],
    result: "Hợp đồng, giao dịch được chứng thực",
    inPersonNote: "Các bên tham gia hợp đồng phải có mặt và ký trước mặt người thực hiện chứng thực.",
  },
  {
    code: "2.000913", name: "Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch", sector: "CT", scope: "COMMUNE", level: "PARTIAL", days: 2, fee: 30000,
    feeDescription: "30.000 đồng/hợp đồng, giao dịch", popularity: 1.2,
    docs: [{ name: "Dự thảo văn bản sửa đổi, bổ sung, hủy bỏ" }, { name: "Hợp đồng, giao dịch đã được chứng thực" }],
    stepTitle: "Nội dung sửa đổi",
    fields: [f("changeSummary", "Nội dung sửa đổi, bổ sung, hủy bỏ", "textarea", "pick:Điều chỉnh thời hạn thanh toán|Hủy bỏ hợp đồng theo thỏa thuận|Bổ sung tài sản gắn liền với đất")],
    result: "Văn bản sửa đổi, bổ sung, hủy bỏ được chứng thực",
    inPersonNote: "Các bên phải có mặt ký văn bản trước mặt người thực hiện chứng thực.",
  },

  // ───────────── Hộ kinh doanh (commune) ─────────────
  {
    code: "2.000720", name: "Đăng ký thành lập hộ kinh doanh", sector: "HKD", scope: "COMMUNE", level: "FULL_ONLINE", days: 3, fee: 100000,
    feeDescription: "100.000 đồng/lần (theo Nghị quyết của HĐND tỉnh)", popularity: 17,
    docs: [{ name: "Giấy đề nghị đăng ký hộ kinh doanh" }, { name: "Biên bản họp thành viên hộ gia đình", required: false, note: "Nếu hộ gia đình đăng ký" }, { name: "Văn bản ủy quyền", required: false }],
    stepTitle: "Thông tin hộ kinh doanh",
    fields: [
      f("householdName", "Tên hộ kinh doanh", "text", "household"),
      sel("businessLine", "Ngành, nghề kinh doanh", ["Bán lẻ tạp hóa", "Kinh doanh chè", "Dịch vụ ăn uống", "Sửa chữa xe máy", "Bán lẻ quần áo", "Vật liệu xây dựng", "Cắt tóc, gội đầu"]),
      f("capital", "Vốn kinh doanh (đồng)", "number", "money:20000000:800000000", { min: 0 }),
      f("businessAddress", "Địa điểm kinh doanh", "address", "address"),
      f("employees", "Số lao động", "number", "int:1:8", { min: 1 }),
    ],
    result: "Giấy chứng nhận đăng ký hộ kinh doanh",
  },
  {
    code: "2.000575", name: "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh", sector: "HKD", scope: "COMMUNE", level: "FULL_ONLINE", days: 3, fee: 100000,
    feeDescription: "100.000 đồng/lần", popularity: 7,
    docs: [{ name: "Thông báo thay đổi nội dung đăng ký hộ kinh doanh" }, { name: "Giấy chứng nhận đăng ký hộ kinh doanh đã cấp" }],
    stepTitle: "Nội dung thay đổi",
    fields: [
      f("householdCode", "Mã số hộ kinh doanh", "text", "digits:10"),
      sel("changeType", "Nội dung thay đổi", ["Địa điểm kinh doanh", "Ngành, nghề kinh doanh", "Vốn kinh doanh", "Chủ hộ kinh doanh"]),
    ],
    result: "Giấy chứng nhận đăng ký hộ kinh doanh (cấp lại)",
  },
  {
    code: "2.000594", name: "Tạm ngừng hoạt động hộ kinh doanh", sector: "HKD", scope: "COMMUNE", level: "FULL_ONLINE", days: 3, fee: 0, popularity: 2.5, season: "tet",
    docs: [{ name: "Thông báo tạm ngừng hoạt động hộ kinh doanh" }, { name: "Giấy chứng nhận đăng ký hộ kinh doanh đã cấp", required: false }],
    stepTitle: "Thông tin tạm ngừng",
    fields: [
      f("householdCode", "Mã số hộ kinh doanh", "text", "digits:10"),
      f("pauseFrom", "Tạm ngừng từ ngày", "date", "futureDate:3:20"),
      f("pauseMonths", "Thời gian tạm ngừng (tháng)", "number", "int:1:12", { min: 1, max: 12 }),
    ],
    result: "Giấy xác nhận về việc hộ kinh doanh đăng ký tạm ngừng kinh doanh",
  },
  {
    code: "2.000589", name: "Chấm dứt hoạt động hộ kinh doanh", sector: "HKD", scope: "COMMUNE", level: "FULL_ONLINE", days: 3, fee: 0, popularity: 2.5,
    docs: [{ name: "Thông báo chấm dứt hoạt động hộ kinh doanh" }, { name: "Giấy chứng nhận đăng ký hộ kinh doanh đã cấp" }],
    stepTitle: "Thông tin chấm dứt",
    fields: [f("householdCode", "Mã số hộ kinh doanh", "text", "digits:10"), f("reason", "Lý do chấm dứt", "textarea", "pick:Chuyển sang thành lập doanh nghiệp|Không có nhu cầu kinh doanh|Chuyển nơi cư trú")],
    result: "Thông báo về việc chấm dứt hoạt động hộ kinh doanh",
  },

  // ───────────── Doanh nghiệp (Sở Tài chính) ─────────────
  {
    code: "2.001610", name: "Đăng ký thành lập doanh nghiệp tư nhân", sector: "DN", scope: "PROVINCE", agency: "STC", level: "FULL_ONLINE", days: 3, fee: 0,
    feeDescription: "Miễn lệ phí đăng ký doanh nghiệp khi nộp trực tuyến", popularity: 2.5, applicants: "Cá nhân",
    docs: [{ name: "Giấy đề nghị đăng ký doanh nghiệp" }, { name: "Bản sao giấy tờ pháp lý của chủ doanh nghiệp tư nhân" }],
    stepTitle: "Thông tin doanh nghiệp", fields: businessKit(),
    result: "Giấy chứng nhận đăng ký doanh nghiệp",
  },
  {
    code: "2.002040", name: "Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên", sector: "DN", scope: "PROVINCE", agency: "STC", level: "FULL_ONLINE", days: 3, fee: 0,
    feeDescription: "Miễn lệ phí đăng ký doanh nghiệp khi nộp trực tuyến; phí công bố 100.000 đồng", popularity: 7, applicants: "Cá nhân, tổ chức",
    docs: [{ name: "Giấy đề nghị đăng ký doanh nghiệp" }, { name: "Điều lệ công ty" }, { name: "Bản sao giấy tờ pháp lý của chủ sở hữu" }],
    stepTitle: "Thông tin doanh nghiệp", fields: businessKit(),
    result: "Giấy chứng nhận đăng ký doanh nghiệp",
  },
  {
    code: "2.002041", name: "Đăng ký thành lập công ty trách nhiệm hữu hạn hai thành viên trở lên", sector: "DN", scope: "PROVINCE", agency: "STC", level: "FULL_ONLINE", days: 3, fee: 0,
    feeDescription: "Miễn lệ phí khi nộp trực tuyến", popularity: 3.5, applicants: "Cá nhân, tổ chức",
    docs: [{ name: "Giấy đề nghị đăng ký doanh nghiệp" }, { name: "Điều lệ công ty" }, { name: "Danh sách thành viên" }, { name: "Bản sao giấy tờ pháp lý của các thành viên" }],
    stepTitle: "Thông tin doanh nghiệp", fields: [...businessKit(), f("members", "Số thành viên góp vốn", "number", "int:2:6", { min: 2 })],
    result: "Giấy chứng nhận đăng ký doanh nghiệp",
  },
  {
    code: "2.002042", name: "Đăng ký thành lập công ty cổ phần", sector: "DN", scope: "PROVINCE", agency: "STC", level: "FULL_ONLINE", days: 3, fee: 0,
    feeDescription: "Miễn lệ phí khi nộp trực tuyến", popularity: 3.5, applicants: "Cá nhân, tổ chức",
    docs: [{ name: "Giấy đề nghị đăng ký doanh nghiệp" }, { name: "Điều lệ công ty" }, { name: "Danh sách cổ đông sáng lập" }, { name: "Bản sao giấy tờ pháp lý của cổ đông sáng lập" }],
    stepTitle: "Thông tin doanh nghiệp", fields: [...businessKit(), f("founders", "Số cổ đông sáng lập", "number", "int:3:9", { min: 3 })],
    result: "Giấy chứng nhận đăng ký doanh nghiệp",
  },
  {
    code: "2.002046", name: "Đăng ký thay đổi người đại diện theo pháp luật của công ty trách nhiệm hữu hạn, công ty cổ phần", sector: "DN", scope: "PROVINCE", agency: "STC",
    level: "FULL_ONLINE", days: 3, fee: 0, feeDescription: "Miễn lệ phí khi nộp trực tuyến", popularity: 5, applicants: "Doanh nghiệp",
    docs: [{ name: "Thông báo thay đổi người đại diện theo pháp luật" }, { name: "Nghị quyết, quyết định về việc thay đổi" }, { name: "Bản sao giấy tờ pháp lý của người đại diện mới" }],
    stepTitle: "Thông tin thay đổi",
    fields: [f("taxCode", "Mã số doanh nghiệp", "text", "digits:10"), f("enterpriseName", "Tên doanh nghiệp", "text", "business"), f("newRepresentative", "Người đại diện mới", "text", "name")],
    result: "Giấy chứng nhận đăng ký doanh nghiệp (cập nhật)",
  },
  {
    code: "2.002047", name: "Thông báo thay đổi nội dung đăng ký doanh nghiệp", sector: "DN", scope: "PROVINCE", agency: "STC", level: "FULL_ONLINE", days: 3, fee: 0,
    popularity: 6, applicants: "Doanh nghiệp",
    docs: [{ name: "Thông báo thay đổi nội dung đăng ký doanh nghiệp" }, { name: "Nghị quyết, quyết định của chủ sở hữu hoặc hội đồng thành viên" }],
    stepTitle: "Nội dung thay đổi",
    fields: [
      f("taxCode", "Mã số doanh nghiệp", "text", "digits:10"),
      sel("changeType", "Nội dung thay đổi", ["Ngành, nghề kinh doanh", "Thông tin cổ đông sáng lập", "Địa chỉ trụ sở", "Thông tin đăng ký thuế"]),
    ],
    result: "Giấy xác nhận về việc thay đổi nội dung đăng ký doanh nghiệp",
  },
  {
    code: "2.002048", name: "Đăng ký hoạt động chi nhánh, văn phòng đại diện, địa điểm kinh doanh", sector: "DN", scope: "PROVINCE", agency: "STC", level: "FULL_ONLINE", days: 3, fee: 0,
    popularity: 2.5, applicants: "Doanh nghiệp",
    docs: [{ name: "Thông báo thành lập chi nhánh, văn phòng đại diện" }, { name: "Quyết định thành lập chi nhánh, văn phòng đại diện" }],
    stepTitle: "Thông tin đơn vị phụ thuộc",
    fields: [f("taxCode", "Mã số doanh nghiệp", "text", "digits:10"), sel("unitType", "Loại đơn vị", ["Chi nhánh", "Văn phòng đại diện", "Địa điểm kinh doanh"]), f("unitAddress", "Địa chỉ", "address", "address")],
    result: "Giấy chứng nhận đăng ký hoạt động chi nhánh, văn phòng đại diện",
  },
  {
    code: "2.002051", name: "Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo", sector: "DN", scope: "PROVINCE", agency: "STC", level: "FULL_ONLINE", days: 3, fee: 0,
    popularity: 3.5, season: "tet", applicants: "Doanh nghiệp",
    docs: [{ name: "Thông báo tạm ngừng kinh doanh" }, { name: "Nghị quyết, quyết định về việc tạm ngừng kinh doanh" }],
    stepTitle: "Thông tin tạm ngừng",
    fields: [f("taxCode", "Mã số doanh nghiệp", "text", "digits:10"), f("pauseFrom", "Tạm ngừng từ ngày", "date", "futureDate:3:20"), f("pauseTo", "Đến ngày", "date", "futureDate:90:360")],
    result: "Giấy xác nhận về việc doanh nghiệp đăng ký tạm ngừng kinh doanh",
  },

  // ───────────── Đầu tư, lao động trong khu công nghiệp (Ban Quản lý các KCN) ─────────────
  {
    code: "1.009645", name: "Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện chấp thuận chủ trương đầu tư trong khu công nghiệp", sector: "DT", scope: "PROVINCE", agency: "BQLKCN",
    level: "FULL_ONLINE", days: 15, fee: 0, popularity: 0.8, applicants: "Nhà đầu tư trong nước và nước ngoài",
    docs: [{ name: "Văn bản đề nghị thực hiện dự án đầu tư" }, { name: "Đề xuất dự án đầu tư" }, { name: "Tài liệu về tư cách pháp lý của nhà đầu tư" }, { name: "Báo cáo năng lực tài chính của nhà đầu tư" }],
    stepTitle: "Thông tin dự án",
    fields: [
      f("projectName", "Tên dự án", "text", "pick:Nhà máy sản xuất linh kiện điện tử|Nhà máy sản xuất bao bì|Nhà máy may xuất khẩu|Nhà máy cơ khí chính xác"),
      sel("industrialPark", "Khu công nghiệp", ["KCN Yên Bình", "KCN Điềm Thụy", "KCN Sông Công I", "KCN Sông Công II", "KCN Nam Phổ Yên", "KCN Quyết Thắng"]),
      f("investment", "Tổng vốn đầu tư (đồng)", "number", "money:20000000000:900000000000", { min: 0 }),
      f("landUse", "Diện tích đất sử dụng (m²)", "number", "int:5000:150000", { min: 1 }),
    ],
    result: "Giấy chứng nhận đăng ký đầu tư",
  },
  {
    code: "1.009646", name: "Điều chỉnh Giấy chứng nhận đăng ký đầu tư trong khu công nghiệp", sector: "DT", scope: "PROVINCE", agency: "BQLKCN", level: "FULL_ONLINE", days: 10, fee: 0,
    popularity: 1.2, applicants: "Nhà đầu tư",
    docs: [{ name: "Văn bản đề nghị điều chỉnh dự án đầu tư" }, { name: "Báo cáo tình hình triển khai dự án" }, { name: "Giải trình nội dung điều chỉnh" }],
    stepTitle: "Nội dung điều chỉnh",
    fields: [f("projectCode", "Mã số dự án", "text", "digits:10"), sel("adjustment", "Nội dung điều chỉnh", ["Tăng vốn đầu tư", "Điều chỉnh tiến độ", "Bổ sung mục tiêu", "Chuyển nhượng dự án"])],
    result: "Giấy chứng nhận đăng ký đầu tư điều chỉnh",
  },
  {
    code: "2.000205", name: "Cấp giấy phép lao động cho người lao động nước ngoài làm việc trong khu công nghiệp", sector: "LDVL", scope: "PROVINCE", agency: "BQLKCN",
    level: "FULL_ONLINE", days: 5, fee: 600000, feeDescription: "600.000 đồng/giấy phép", popularity: 3, applicants: "Người sử dụng lao động trong khu công nghiệp",
    docs: [{ name: "Văn bản đề nghị cấp giấy phép lao động" }, { name: "Giấy chứng nhận sức khỏe" }, { name: "Bản sao hộ chiếu còn giá trị" }, { name: "Văn bản chứng minh chuyên gia, nhà quản lý hoặc lao động kỹ thuật" }],
    stepTitle: "Thông tin người lao động nước ngoài",
    fields: [
      f("workerName", "Họ tên người lao động (theo hộ chiếu)", "text", "pick:KIM MIN JUN|LEE SEO YEON|ZHANG WEI|PARK JI HOON|TANAKA HIROSHI|CHEN JING"),
      sel("nationality", "Quốc tịch", ["Hàn Quốc", "Trung Quốc", "Nhật Bản", "Đài Loan (Trung Quốc)"]),
      f("passportNumber", "Số hộ chiếu", "text", "pick:M12345678|E98765432|TR0458812|EG3310987"),
      sel("position", "Vị trí công việc", ["Nhà quản lý", "Giám đốc điều hành", "Chuyên gia", "Lao động kỹ thuật"]),
    ],
    result: "Giấy phép lao động",
  },

  // ───────────── Xây dựng, đường bộ ─────────────
  {
    code: "1.009994", name: "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ", sector: "XD", scope: "COMMUNE", level: "FULL_ONLINE", days: 15, fee: 75000,
    feeDescription: "75.000 đồng/giấy phép", popularity: 12,
    docs: [{ name: "Đơn đề nghị cấp giấy phép xây dựng" }, { name: "Giấy tờ chứng minh quyền sử dụng đất" }, { name: "Bản vẽ thiết kế xây dựng" }, { name: "Bản kê khai kinh nghiệm của tổ chức, cá nhân thiết kế", required: false }],
    stepTitle: "Thông tin công trình",
    fields: [
      ...landKit(),
      f("floors", "Số tầng", "number", "int:1:6", { min: 1, max: 7 }),
      f("floorArea", "Tổng diện tích sàn (m²)", "number", "int:80:650", { min: 1 }),
    ],
    result: "Giấy phép xây dựng",
  },
  {
    code: "1.009972", name: "Cấp giấy phép xây dựng mới đối với công trình cấp I, cấp II", sector: "XD", scope: "PROVINCE", agency: "SXD", level: "FULL_ONLINE", days: 20, fee: 150000,
    feeDescription: "150.000 đồng/giấy phép", popularity: 1, applicants: "Chủ đầu tư",
    docs: [{ name: "Đơn đề nghị cấp giấy phép xây dựng" }, { name: "Giấy tờ chứng minh quyền sử dụng đất" }, { name: "Quyết định phê duyệt dự án" }, { name: "Bản vẽ thiết kế xây dựng" }, { name: "Văn bản thẩm duyệt phòng cháy, chữa cháy" }],
    stepTitle: "Thông tin công trình",
    fields: [
      f("projectName", "Tên công trình", "text", "pick:Trung tâm thương mại|Tòa nhà văn phòng|Khách sạn|Bệnh viện đa khoa tư nhân|Nhà xưởng sản xuất"),
      f("location", "Địa điểm xây dựng", "address", "address"),
      sel("grade", "Cấp công trình", ["Cấp I", "Cấp II"]),
      f("floorArea", "Tổng diện tích sàn (m²)", "number", "int:2000:60000", { min: 1 }),
    ],
    result: "Giấy phép xây dựng",
  },
  {
    code: "1.009931", name: "Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III", sector: "XD", scope: "PROVINCE", agency: "SXD", level: "FULL_ONLINE", days: 20, fee: 300000,
    feeDescription: "300.000 đồng/chứng chỉ", popularity: 3,
    docs: [{ name: "Đơn đề nghị cấp chứng chỉ hành nghề" }, { name: "Văn bằng đào tạo chuyên môn" }, { name: "Bản khai kinh nghiệm công việc chuyên môn" }],
    stepTitle: "Thông tin chứng chỉ",
    fields: [sel("field", "Lĩnh vực hành nghề", ["Thiết kế xây dựng", "Giám sát thi công xây dựng", "Định giá xây dựng", "Khảo sát địa hình"]), sel("grade", "Hạng", ["Hạng II", "Hạng III"]), f("experienceYears", "Số năm kinh nghiệm", "number", "int:3:20", { min: 0 })],
    result: "Chứng chỉ hành nghề hoạt động xây dựng",
  },
  {
    code: "1.009932", name: "Cấp chứng chỉ năng lực hoạt động xây dựng hạng II, hạng III", sector: "XD", scope: "PROVINCE", agency: "SXD", level: "FULL_ONLINE", days: 20, fee: 1000000,
    feeDescription: "1.000.000 đồng/chứng chỉ", popularity: 1.2, applicants: "Tổ chức",
    docs: [{ name: "Đơn đề nghị cấp chứng chỉ năng lực" }, { name: "Quyết định thành lập hoặc Giấy chứng nhận đăng ký doanh nghiệp" }, { name: "Danh sách cá nhân chủ chốt kèm chứng chỉ hành nghề" }],
    stepTitle: "Thông tin tổ chức",
    fields: [f("enterpriseName", "Tên tổ chức", "text", "business"), f("taxCode", "Mã số doanh nghiệp", "text", "digits:10"), sel("field", "Lĩnh vực", ["Thi công xây dựng", "Tư vấn thiết kế", "Tư vấn giám sát", "Khảo sát xây dựng"])],
    result: "Chứng chỉ năng lực hoạt động xây dựng",
  },
  {
    code: "1.002856", name: "Cấp phù hiệu xe ô tô kinh doanh vận tải (xe taxi, xe hợp đồng, xe tải, xe container)", sector: "DB", scope: "PROVINCE", agency: "SXD", level: "FULL_ONLINE", days: 2, fee: 0,
    popularity: 9, applicants: "Đơn vị kinh doanh vận tải",
    docs: [{ name: "Giấy đề nghị cấp phù hiệu" }, { name: "Giấy đăng ký xe ô tô" }],
    stepTitle: "Thông tin phương tiện",
    fields: [
      f("plateNumber", "Biển kiểm soát", "text", "plate"),
      sel("badgeType", "Loại phù hiệu", ["Xe taxi", "Xe hợp đồng", "Xe tải", "Xe container", "Xe tuyến cố định"]),
      f("seats", "Số chỗ hoặc trọng tải", "text", "pick:4 chỗ|7 chỗ|16 chỗ|29 chỗ|5 tấn|15 tấn"),
    ],
    result: "Phù hiệu xe ô tô (điện tử)",
  },
  {
    code: "1.002861", name: "Cấp Giấy phép kinh doanh vận tải bằng xe ô tô", sector: "DB", scope: "PROVINCE", agency: "SXD", level: "FULL_ONLINE", days: 5, fee: 200000,
    feeDescription: "200.000 đồng/giấy phép", popularity: 2, applicants: "Doanh nghiệp, hợp tác xã, hộ kinh doanh vận tải",
    docs: [{ name: "Giấy đề nghị cấp Giấy phép kinh doanh vận tải" }, { name: "Phương án kinh doanh vận tải" }, { name: "Quyết định thành lập bộ phận quản lý an toàn giao thông" }],
    stepTitle: "Thông tin đơn vị vận tải",
    fields: [f("enterpriseName", "Tên đơn vị kinh doanh vận tải", "text", "business"), sel("transportType", "Loại hình kinh doanh", ["Vận tải hành khách theo tuyến cố định", "Vận tải hành khách bằng xe taxi", "Vận tải hàng hóa", "Vận tải hành khách theo hợp đồng"]), f("vehicles", "Số phương tiện", "number", "int:1:40", { min: 1 })],
    result: "Giấy phép kinh doanh vận tải bằng xe ô tô",
  },
  {
    code: "1.001035", name: "Cấp giấy phép thi công công trình trên đường bộ đang khai thác", sector: "DB", scope: "PROVINCE", agency: "SXD", level: "FULL_ONLINE", days: 7, fee: 0,
    popularity: 1.2, applicants: "Tổ chức, cá nhân",
    docs: [{ name: "Đơn đề nghị cấp giấy phép thi công" }, { name: "Hồ sơ thiết kế, biện pháp tổ chức thi công bảo đảm an toàn giao thông" }],
    stepTitle: "Thông tin thi công",
    fields: [f("roadName", "Tuyến đường", "text", "pick:Quốc lộ 3|Quốc lộ 37|ĐT 261|ĐT 254|Quốc lộ 17"), f("workDescription", "Hạng mục thi công", "textarea", "pick:Đấu nối đường nhánh|Lắp đặt cáp quang ngầm|Cải tạo rãnh thoát nước"), f("startDate", "Ngày dự kiến thi công", "date", "futureDate:10:40")],
    result: "Giấy phép thi công",
  },

  // ───────────── Đất đai, môi trường, nông nghiệp (Sở NN&MT, commune) ─────────────
  {
    code: "1.012755", name: "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do chuyển nhượng, tặng cho, thừa kế", sector: "DD", scope: "PROVINCE", agency: "SNNMT",
    level: "PARTIAL", days: 10, fee: 100000, feeDescription: "Lệ phí cấp giấy chứng nhận 100.000 đồng; phí thẩm định theo Nghị quyết HĐND tỉnh", popularity: 24,
    docs: [{ name: "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất" }, { name: "Hợp đồng, văn bản về chuyển quyền đã công chứng, chứng thực" }, { name: "Bản gốc Giấy chứng nhận đã cấp" }],
    stepTitle: "Thông tin thửa đất và biến động",
    fields: [...landKit(), sel("changeType", "Hình thức biến động", ["Chuyển nhượng", "Tặng cho", "Thừa kế", "Góp vốn"]), f("counterparty", "Bên nhận chuyển quyền", "text", "name")],
    result: "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất hoặc xác nhận biến động trên giấy chứng nhận",
    inPersonNote: "Nộp bản gốc Giấy chứng nhận đã cấp tại Bộ phận Một cửa hoặc qua bưu chính.",
  },
  {
    code: "1.012760", name: "Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu", sector: "DD", scope: "COMMUNE",
    level: "PARTIAL", days: 20, fee: 100000, feeDescription: "Lệ phí cấp giấy chứng nhận 100.000 đồng", popularity: 8,
    docs: [{ name: "Đơn đăng ký đất đai, tài sản gắn liền với đất" }, { name: "Giấy tờ về quyền sử dụng đất", required: false }, { name: "Chứng từ thực hiện nghĩa vụ tài chính", required: false }, { name: "Mảnh trích đo địa chính thửa đất", required: false }],
    stepTitle: "Thông tin thửa đất",
    fields: [...landKit(), sel("landUsePurpose", "Mục đích sử dụng", ["Đất ở tại nông thôn", "Đất ở tại đô thị", "Đất trồng cây lâu năm", "Đất trồng chè"]), f("usedSince", "Sử dụng ổn định từ năm", "number", "int:1975:2014", { min: 1950, max: 2024 })],
    result: "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
    inPersonNote: "Cán bộ địa chính kiểm tra hiện trạng, đo đạc thửa đất tại thực địa; niêm yết công khai 15 ngày tại trụ sở UBND xã.",
  },
  {
    code: "1.012770", name: "Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất", sector: "DD", scope: "PROVINCE", agency: "SNNMT", level: "FULL_ONLINE", days: 3, fee: 80000,
    feeDescription: "80.000 đồng/hồ sơ", popularity: 10,
    docs: [{ name: "Phiếu yêu cầu đăng ký thế chấp" }, { name: "Hợp đồng thế chấp" }],
    stepTitle: "Thông tin thế chấp",
    fields: [...landKit(), sel("bank", "Bên nhận thế chấp", ["Agribank Chi nhánh Thái Nguyên", "BIDV Chi nhánh Thái Nguyên", "Vietcombank Chi nhánh Thái Nguyên", "VietinBank Chi nhánh Thái Nguyên", "Ngân hàng Chính sách xã hội"]), f("loanAmount", "Số tiền vay (đồng)", "number", "money:100000000:3000000000", { min: 0 })],
    result: "Xác nhận đăng ký thế chấp trên Giấy chứng nhận",
  },
  {
    code: "1.012771", name: "Xóa đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất", sector: "DD", scope: "PROVINCE", agency: "SNNMT", level: "FULL_ONLINE", days: 1, fee: 0,
    popularity: 8,
    docs: [{ name: "Phiếu yêu cầu xóa đăng ký" }, { name: "Văn bản đồng ý xóa đăng ký của bên nhận thế chấp" }],
    stepTitle: "Thông tin xóa thế chấp",
    fields: [...landKit(), f("registrationNumber", "Số đơn đăng ký thế chấp", "text", "digits:8")],
    result: "Xác nhận xóa đăng ký thế chấp",
  },
  {
    code: "1.012775", name: "Đính chính Giấy chứng nhận đã cấp", sector: "DD", scope: "PROVINCE", agency: "SNNMT", level: "FULL_ONLINE", days: 10, fee: 0, popularity: 2.5,
    docs: [{ name: "Đơn đề nghị đính chính" }, { name: "Bản gốc Giấy chứng nhận đã cấp" }],
    stepTitle: "Nội dung đính chính",
    fields: [...landKit(), f("errorDetail", "Nội dung sai sót", "textarea", "pick:Sai năm sinh của người sử dụng đất|Sai diện tích|Sai số thửa")],
    result: "Giấy chứng nhận đã được đính chính",
  },
  {
    code: "1.012778", name: "Cấp đổi Giấy chứng nhận quyền sử dụng đất", sector: "DD", scope: "PROVINCE", agency: "SNNMT", level: "PARTIAL", days: 7, fee: 50000,
    feeDescription: "50.000 đồng/giấy", popularity: 5,
    docs: [{ name: "Đơn đề nghị cấp đổi Giấy chứng nhận" }, { name: "Bản gốc Giấy chứng nhận đã cấp" }],
    stepTitle: "Thông tin cấp đổi",
    fields: [...landKit(), sel("reason", "Lý do cấp đổi", ["Giấy chứng nhận bị ố, nhòe, rách", "Đo đạc lại bản đồ địa chính", "Gộp, tách thửa"])],
    result: "Giấy chứng nhận quyền sử dụng đất (cấp đổi)",
    inPersonNote: "Nộp bản gốc Giấy chứng nhận đã cấp tại Bộ phận Một cửa.",
  },
  {
    code: "1.012781", name: "Cung cấp thông tin, dữ liệu đất đai", sector: "DD", scope: "PROVINCE", agency: "SNNMT", level: "FULL_ONLINE", days: 3, fee: 0,
    feeDescription: "Phí khai thác dữ liệu theo Nghị quyết HĐND tỉnh, thu khi trả kết quả", popularity: 4,
    docs: [{ name: "Phiếu yêu cầu cung cấp thông tin, dữ liệu đất đai" }],
    stepTitle: "Thông tin yêu cầu",
    fields: [...landKit(), sel("dataType", "Loại thông tin", ["Thông tin thửa đất", "Lịch sử biến động", "Quy hoạch sử dụng đất", "Giá đất"])],
    result: "Văn bản cung cấp thông tin, dữ liệu đất đai",
  },
  {
    code: "1.010728", name: "Cấp giấy phép môi trường (thẩm quyền cấp tỉnh)", sector: "MT", scope: "PROVINCE", agency: "SNNMT", level: "PARTIAL", days: 20, fee: 4500000,
    feeDescription: "Phí thẩm định cấp giấy phép môi trường 4.500.000 đồng", popularity: 1.2, applicants: "Chủ dự án đầu tư, cơ sở",
    docs: [{ name: "Văn bản đề nghị cấp giấy phép môi trường" }, { name: "Báo cáo đề xuất cấp giấy phép môi trường" }, { name: "Bản sao báo cáo nghiên cứu khả thi" }],
    stepTitle: "Thông tin cơ sở",
    fields: [f("facilityName", "Tên dự án, cơ sở", "text", "pick:Nhà máy chế biến chè|Trang trại chăn nuôi lợn|Nhà máy sản xuất gạch không nung|Bệnh viện tư nhân|Khu dân cư"), f("facilityAddress", "Địa điểm", "address", "address"), sel("category", "Nhóm dự án", ["Nhóm II", "Nhóm III"])],
    result: "Giấy phép môi trường",
    inPersonNote: "Đoàn kiểm tra khảo sát thực tế tại cơ sở trước khi cấp phép.",
  },
  {
    code: "1.010733", name: "Thẩm định báo cáo đánh giá tác động môi trường", sector: "MT", scope: "PROVINCE", agency: "SNNMT", level: "PARTIAL", days: 20, fee: 6000000,
    feeDescription: "Phí thẩm định theo Nghị quyết HĐND tỉnh", popularity: 0.6, applicants: "Chủ dự án đầu tư",
    docs: [{ name: "Văn bản đề nghị thẩm định" }, { name: "Báo cáo đánh giá tác động môi trường" }, { name: "Báo cáo nghiên cứu khả thi" }],
    stepTitle: "Thông tin dự án",
    fields: [f("projectName", "Tên dự án", "text", "pick:Khai thác mỏ đá vôi|Khu công nghiệp|Nhà máy xử lý chất thải rắn|Khu đô thị mới"), f("projectAddress", "Địa điểm", "address", "address")],
    result: "Quyết định phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường",
    inPersonNote: "Hội đồng thẩm định khảo sát thực địa và họp thẩm định.",
  },
  {
    code: "1.010736", name: "Đăng ký môi trường", sector: "MT", scope: "COMMUNE", level: "FULL_ONLINE", days: 5, fee: 0, popularity: 1.5, applicants: "Chủ dự án, cơ sở",
    docs: [{ name: "Văn bản đăng ký môi trường" }, { name: "Thuyết minh về công nghệ sản xuất, chất thải" }],
    stepTitle: "Thông tin cơ sở",
    fields: [f("facilityName", "Tên cơ sở", "text", "pick:Xưởng chế biến gỗ|Cơ sở giết mổ gia súc|Xưởng sửa chữa ô tô|Cơ sở sản xuất chè"), f("facilityAddress", "Địa điểm", "address", "address")],
    result: "Văn bản tiếp nhận đăng ký môi trường",
  },
  {
    code: "1.001823", name: "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh nông, lâm, thủy sản", sector: "NN", scope: "PROVINCE", agency: "SNNMT",
    level: "PARTIAL", days: 15, fee: 700000, feeDescription: "Phí thẩm định 700.000 đồng/lần", popularity: 2,
    docs: [{ name: "Đơn đề nghị cấp Giấy chứng nhận" }, { name: "Bản thuyết minh về cơ sở vật chất, trang thiết bị" }, { name: "Danh sách người trực tiếp sản xuất đã được xác nhận kiến thức an toàn thực phẩm" }],
    stepTitle: "Thông tin cơ sở",
    fields: [f("facilityName", "Tên cơ sở", "text", "pick:Hợp tác xã chè Tân Cương|Cơ sở chế biến miến dong|Cơ sở sản xuất mật ong|Hợp tác xã rau an toàn"), f("facilityAddress", "Địa chỉ", "address", "address"), f("products", "Sản phẩm", "text", "pick:Chè búp khô|Miến dong|Mật ong|Rau an toàn|Gạo Bao thai")],
    result: "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
    inPersonNote: "Đoàn thẩm định kiểm tra điều kiện thực tế tại cơ sở.",
  },

  // ───────────── Công Thương ─────────────
  {
    code: "2.000633", name: "Cấp Giấy phép bán lẻ sản phẩm rượu", sector: "LTHH", scope: "COMMUNE", level: "FULL_ONLINE", days: 10, fee: 600000,
    feeDescription: "Phí thẩm định 600.000 đồng/lần", popularity: 3,
    docs: [{ name: "Đơn đề nghị cấp Giấy phép bán lẻ sản phẩm rượu" }, { name: "Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh" }, { name: "Bản sao hợp đồng mua bán với nhà cung cấp rượu" }],
    stepTitle: "Thông tin cửa hàng",
    fields: [f("storeName", "Tên cửa hàng", "text", "household"), f("storeAddress", "Địa chỉ cửa hàng", "address", "address"), f("supplier", "Thương nhân cung cấp", "text", "business")],
    result: "Giấy phép bán lẻ sản phẩm rượu",
  },
  {
    code: "2.000636", name: "Cấp Giấy phép bán buôn sản phẩm rượu", sector: "LTHH", scope: "PROVINCE", agency: "SCT", level: "FULL_ONLINE", days: 15, fee: 2200000,
    feeDescription: "Phí thẩm định 2.200.000 đồng/lần", popularity: 0.6, applicants: "Doanh nghiệp",
    docs: [{ name: "Đơn đề nghị cấp Giấy phép bán buôn sản phẩm rượu" }, { name: "Bản sao Giấy chứng nhận đăng ký doanh nghiệp" }, { name: "Hợp đồng với nhà cung cấp" }, { name: "Tài liệu về hệ thống bán buôn" }],
    stepTitle: "Thông tin doanh nghiệp", fields: [f("enterpriseName", "Tên doanh nghiệp", "text", "business"), f("taxCode", "Mã số doanh nghiệp", "text", "digits:10"), f("warehouse", "Địa chỉ kho hàng", "address", "address")],
    result: "Giấy phép bán buôn sản phẩm rượu",
  },
  {
    code: "2.000645", name: "Cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu", sector: "LTHH", scope: "PROVINCE", agency: "SCT", level: "PARTIAL", days: 15, fee: 1200000,
    feeDescription: "Phí thẩm định 1.200.000 đồng/cửa hàng", popularity: 0.8, applicants: "Thương nhân",
    docs: [{ name: "Đơn đề nghị cấp Giấy chứng nhận" }, { name: "Bản kê trang thiết bị của cửa hàng" }, { name: "Văn bản nghiệm thu phòng cháy, chữa cháy" }],
    stepTitle: "Thông tin cửa hàng", fields: [f("storeName", "Tên cửa hàng xăng dầu", "text", "pick:Cửa hàng xăng dầu số 12|Cửa hàng xăng dầu Tân Long|Cửa hàng xăng dầu Hóa Thượng|Cửa hàng xăng dầu Ba Bể"), f("storeAddress", "Địa chỉ", "address", "address")],
    result: "Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu",
    inPersonNote: "Đoàn kiểm tra thẩm định điều kiện thực tế tại cửa hàng.",
  },
  {
    code: "2.000003", name: "Đăng ký thực hiện khuyến mại theo hình thức mang tính may rủi trên địa bàn tỉnh", sector: "LTHH", scope: "PROVINCE", agency: "SCT", level: "FULL_ONLINE", days: 5, fee: 0,
    popularity: 4.5, season: "tet", applicants: "Thương nhân",
    docs: [{ name: "Văn bản đề nghị thực hiện khuyến mại" }, { name: "Thể lệ chương trình khuyến mại" }, { name: "Mẫu vé số dự thưởng", required: false }],
    stepTitle: "Thông tin chương trình",
    fields: [f("enterpriseName", "Thương nhân thực hiện", "text", "business"), f("programName", "Tên chương trình khuyến mại", "text", "pick:Xuân sang – Quà tặng vàng|Mừng sinh nhật – Trúng lớn|Cào là trúng|Hè rực rỡ"), f("startDate", "Thời gian bắt đầu", "date", "futureDate:7:30"), f("prizeValue", "Tổng giá trị giải thưởng (đồng)", "number", "money:10000000:500000000", { min: 0 })],
    result: "Văn bản xác nhận đăng ký thực hiện khuyến mại",
  },
  {
    code: "2.000591", name: "Cấp Giấy xác nhận đăng ký tổ chức hội chợ, triển lãm thương mại", sector: "LTHH", scope: "PROVINCE", agency: "SCT", level: "FULL_ONLINE", days: 5, fee: 0, popularity: 0.7,
    docs: [{ name: "Văn bản đăng ký tổ chức hội chợ, triển lãm" }, { name: "Kế hoạch tổ chức" }],
    stepTitle: "Thông tin hội chợ", fields: [f("eventName", "Tên hội chợ, triển lãm", "text", "pick:Hội chợ Thương mại – Du lịch Thái Nguyên|Festival Trà Thái Nguyên|Hội chợ Nông sản Bắc Kạn|Triển lãm Công nghiệp hỗ trợ"), f("eventDate", "Thời gian tổ chức", "date", "futureDate:20:90"), f("venue", "Địa điểm", "address", "address")],
    result: "Văn bản xác nhận đăng ký tổ chức hội chợ, triển lãm thương mại",
  },
  {
    code: "2.000355", name: "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm do Sở Công Thương thực hiện", sector: "LTHH", scope: "PROVINCE", agency: "SCT", level: "PARTIAL", days: 20, fee: 1000000,
    feeDescription: "Phí thẩm định 1.000.000 đồng/lần", popularity: 0.9,
    docs: [{ name: "Đơn đề nghị cấp Giấy chứng nhận" }, { name: "Bản thuyết minh về cơ sở vật chất" }, { name: "Giấy xác nhận đủ sức khỏe của chủ cơ sở và người trực tiếp sản xuất" }],
    stepTitle: "Thông tin cơ sở", fields: [f("facilityName", "Tên cơ sở", "text", "business"), f("facilityAddress", "Địa chỉ", "address", "address"), sel("productGroup", "Nhóm sản phẩm", ["Bánh kẹo", "Rượu, bia, nước giải khát", "Sữa chế biến", "Dầu thực vật"])],
    result: "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
    inPersonNote: "Đoàn thẩm định kiểm tra thực tế tại cơ sở.",
  },

  // ───────────── Y tế, dược, bảo trợ xã hội ─────────────
  {
    code: "1.012265", name: "Cấp mới giấy phép hành nghề khám bệnh, chữa bệnh đối với bác sỹ, y sỹ, điều dưỡng, hộ sinh", sector: "KCB", scope: "PROVINCE", agency: "SYT",
    level: "FULL_ONLINE", days: 20, fee: 360000, feeDescription: "Phí thẩm định 360.000 đồng/lần", popularity: 6,
    docs: [{ name: "Đơn đề nghị cấp giấy phép hành nghề" }, { name: "Văn bằng chuyên môn" }, { name: "Giấy chứng nhận đủ sức khỏe để hành nghề" }, { name: "Giấy xác nhận hoàn thành thực hành" }],
    stepTitle: "Thông tin hành nghề",
    fields: [sel("title", "Chức danh chuyên môn", ["Bác sỹ", "Y sỹ", "Điều dưỡng", "Hộ sinh", "Kỹ thuật y"]), sel("scopeOfPractice", "Phạm vi hành nghề", ["Nội khoa", "Ngoại khoa", "Sản phụ khoa", "Nhi khoa", "Y học cổ truyền", "Điều dưỡng"]), f("workplace", "Nơi thực hành", "text", hospital)],
    result: "Giấy phép hành nghề khám bệnh, chữa bệnh",
  },
  {
    code: "1.012270", name: "Cấp giấy phép hoạt động đối với phòng khám chuyên khoa", sector: "KCB", scope: "PROVINCE", agency: "SYT", level: "PARTIAL", days: 20, fee: 4300000,
    feeDescription: "Phí thẩm định 4.300.000 đồng/lần", popularity: 0.8, applicants: "Tổ chức, cá nhân",
    docs: [{ name: "Đơn đề nghị cấp giấy phép hoạt động" }, { name: "Danh sách người hành nghề" }, { name: "Bản kê khai cơ sở vật chất, thiết bị y tế" }],
    stepTitle: "Thông tin phòng khám", fields: [f("clinicName", "Tên phòng khám", "text", "pick:Phòng khám chuyên khoa Răng Hàm Mặt|Phòng khám chuyên khoa Nhi|Phòng khám chuyên khoa Mắt|Phòng khám chuyên khoa Sản phụ khoa"), f("clinicAddress", "Địa chỉ", "address", "address"), sel("specialty", "Chuyên khoa", ["Răng Hàm Mặt", "Nhi", "Mắt", "Sản phụ khoa", "Tai Mũi Họng"])],
    result: "Giấy phép hoạt động khám bệnh, chữa bệnh",
    inPersonNote: "Đoàn thẩm định kiểm tra cơ sở vật chất tại phòng khám.",
  },
  {
    code: "1.004616", name: "Cấp Chứng chỉ hành nghề dược", sector: "DUOC", scope: "PROVINCE", agency: "SYT", level: "FULL_ONLINE", days: 20, fee: 500000,
    feeDescription: "Phí thẩm định 500.000 đồng/lần", popularity: 2.5,
    docs: [{ name: "Đơn đề nghị cấp Chứng chỉ hành nghề dược" }, { name: "Văn bằng chuyên môn" }, { name: "Giấy xác nhận thời gian thực hành" }],
    stepTitle: "Thông tin hành nghề", fields: [sel("qualification", "Trình độ chuyên môn", ["Dược sĩ đại học", "Dược sĩ cao đẳng", "Dược sĩ trung cấp"]), sel("practiceScope", "Phạm vi hành nghề", ["Nhà thuốc", "Quầy thuốc", "Bán buôn thuốc"])],
    result: "Chứng chỉ hành nghề dược",
  },
  {
    code: "1.004604", name: "Cấp Giấy chứng nhận đủ điều kiện kinh doanh dược cho cơ sở bán lẻ thuốc (nhà thuốc, quầy thuốc)", sector: "DUOC", scope: "PROVINCE", agency: "SYT",
    level: "PARTIAL", days: 20, fee: 1000000, feeDescription: "Phí thẩm định 1.000.000 đồng/cơ sở", popularity: 2,
    docs: [{ name: "Đơn đề nghị cấp Giấy chứng nhận" }, { name: "Tài liệu kỹ thuật về địa điểm, trang thiết bị" }, { name: "Chứng chỉ hành nghề dược của người phụ trách chuyên môn" }],
    stepTitle: "Thông tin cơ sở", fields: [f("pharmacyName", "Tên cơ sở", "text", "pick:Nhà thuốc Minh Châu|Quầy thuốc Phúc An|Nhà thuốc Hồng Nhung|Quầy thuốc số 18"), f("pharmacyAddress", "Địa chỉ", "address", "address"), sel("pharmacyType", "Loại hình", ["Nhà thuốc", "Quầy thuốc"])],
    result: "Giấy chứng nhận đủ điều kiện kinh doanh dược",
    inPersonNote: "Đoàn đánh giá kiểm tra việc đáp ứng Thực hành tốt cơ sở bán lẻ thuốc (GPP) tại cơ sở.",
  },
  {
    code: "1.001776", name: "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng", sector: "BTXH", scope: "COMMUNE", level: "FULL_ONLINE", days: 10, fee: 0, popularity: 6,
    docs: [{ name: "Tờ khai đề nghị trợ giúp xã hội" }, { name: "Giấy xác nhận khuyết tật", required: false }],
    stepTitle: "Thông tin đối tượng",
    fields: [f("beneficiaryName", "Họ tên đối tượng", "text", "elderName"), f("beneficiaryBirthDate", "Ngày sinh", "date", "birthDate:60:95"), sel("category", "Nhóm đối tượng", ["Người cao tuổi từ đủ 75 tuổi", "Người khuyết tật nặng", "Trẻ em mồ côi", "Người đơn thân nghèo nuôi con"])],
    result: "Quyết định trợ cấp xã hội hàng tháng",
  },
  {
    code: "1.001699", name: "Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật", sector: "BTXH", scope: "COMMUNE", level: "PARTIAL", days: 20, fee: 0, popularity: 2.5,
    docs: [{ name: "Đơn đề nghị xác định mức độ khuyết tật" }, { name: "Bản sao hồ sơ bệnh án, giấy tờ khám chữa bệnh", required: false }],
    stepTitle: "Thông tin người khuyết tật",
    fields: [f("personName", "Họ tên người được xác định", "text", "name"), sel("disabilityType", "Dạng khuyết tật", ["Vận động", "Nghe, nói", "Nhìn", "Thần kinh, tâm thần", "Trí tuệ"])],
    result: "Giấy xác nhận khuyết tật",
    inPersonNote: "Hội đồng xác định mức độ khuyết tật cấp xã quan sát, phỏng vấn trực tiếp người khuyết tật.",
  },

  // ───────────── Giáo dục ─────────────
  {
    code: "1.005095", name: "Chuyển trường đối với học sinh trung học cơ sở", sector: "GD", scope: "COMMUNE", level: "FULL_ONLINE", days: 3, fee: 0, popularity: 5, season: "school",
    docs: [{ name: "Đơn xin chuyển trường" }, { name: "Học bạ" }, { name: "Giấy giới thiệu chuyển trường" }],
    stepTitle: "Thông tin học sinh",
    fields: [f("studentName", "Họ tên học sinh", "text", "childName"), f("studentBirthDate", "Ngày sinh", "date", "birthDate:11:15"), sel("grade", "Lớp", ["Lớp 6", "Lớp 7", "Lớp 8", "Lớp 9"]), f("fromSchool", "Trường đang học", "text", schools), f("toSchool", "Trường chuyển đến", "text", schools), f("reason", "Lý do", "text", "pick:Gia đình chuyển nơi cư trú|Bố mẹ chuyển công tác|Gần nơi ở")],
    result: "Giấy giới thiệu và quyết định tiếp nhận học sinh",
  },
  {
    code: "1.005096", name: "Chuyển trường đối với học sinh trung học phổ thông", sector: "GD", scope: "PROVINCE", agency: "SGDDT", level: "FULL_ONLINE", days: 3, fee: 0, popularity: 3, season: "school",
    docs: [{ name: "Đơn xin chuyển trường" }, { name: "Học bạ" }, { name: "Giấy chứng nhận trúng tuyển vào lớp 10", required: false }],
    stepTitle: "Thông tin học sinh",
    fields: [f("studentName", "Họ tên học sinh", "text", "childName"), f("studentBirthDate", "Ngày sinh", "date", "birthDate:15:18"), sel("grade", "Lớp", ["Lớp 10", "Lớp 11", "Lớp 12"]), f("fromSchool", "Trường đang học", "text", highSchools), f("toSchool", "Trường chuyển đến", "text", highSchools)],
    result: "Văn bản đồng ý tiếp nhận học sinh",
  },
  {
    code: "1.005092", name: "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc", sector: "GD", scope: "PROVINCE", agency: "SGDDT", level: "FULL_ONLINE", days: 2, fee: 0, popularity: 6, season: "graduation",
    docs: [{ name: "Đơn đề nghị cấp bản sao văn bằng, chứng chỉ" }, { name: "Văn bản ủy quyền", required: false }],
    stepTitle: "Thông tin văn bằng",
    fields: [sel("diploma", "Loại văn bằng", ["Bằng tốt nghiệp THPT", "Bằng tốt nghiệp bổ túc THPT", "Chứng chỉ ngoại ngữ", "Chứng chỉ tin học"]), f("graduationYear", "Năm tốt nghiệp", "number", "int:1995:2025", { min: 1975, max: 2026 }), f("school", "Trường", "text", highSchools), f("copies", "Số bản sao", "number", "int:1:3", { min: 1 })],
    result: "Bản sao văn bằng, chứng chỉ từ sổ gốc",
  },
  {
    code: "1.005090", name: "Chỉnh sửa nội dung văn bằng, chứng chỉ", sector: "GD", scope: "PROVINCE", agency: "SGDDT", level: "FULL_ONLINE", days: 5, fee: 0, popularity: 1.5,
    docs: [{ name: "Đơn đề nghị chỉnh sửa văn bằng, chứng chỉ" }, { name: "Văn bằng, chứng chỉ đề nghị chỉnh sửa" }, { name: "Trích lục hoặc quyết định thay đổi, cải chính hộ tịch" }],
    stepTitle: "Nội dung chỉnh sửa", fields: [sel("diploma", "Loại văn bằng", ["Bằng tốt nghiệp THPT", "Bằng tốt nghiệp THCS"]), f("errorDetail", "Nội dung chỉnh sửa", "textarea", "pick:Sửa họ tên theo giấy khai sinh|Sửa ngày sinh|Sửa nơi sinh")],
    result: "Quyết định chỉnh sửa văn bằng, chứng chỉ",
  },
  {
    code: "1.005088", name: "Xét công nhận tốt nghiệp trung học cơ sở", sector: "GD", scope: "COMMUNE", level: "FULL_ONLINE", days: 5, fee: 0, popularity: 1.5, season: "graduation",
    applicants: "Cơ sở giáo dục trung học cơ sở",
    docs: [{ name: "Danh sách học sinh đề nghị công nhận tốt nghiệp" }, { name: "Biên bản xét công nhận tốt nghiệp của nhà trường" }],
    stepTitle: "Thông tin xét tốt nghiệp", fields: [f("school", "Trường", "text", schools), f("students", "Số học sinh đề nghị", "number", "int:60:420", { min: 1 }), f("schoolYear", "Năm học", "text", "pick:2024–2025|2025–2026")],
    result: "Quyết định công nhận tốt nghiệp trung học cơ sở",
  },
  {
    code: "1.005087", name: "Cho phép trung tâm ngoại ngữ, tin học hoạt động giáo dục", sector: "GD", scope: "PROVINCE", agency: "SGDDT", level: "PARTIAL", days: 20, fee: 0, popularity: 0.4, applicants: "Tổ chức",
    docs: [{ name: "Tờ trình đề nghị cho phép hoạt động giáo dục" }, { name: "Quyết định thành lập trung tâm" }, { name: "Danh sách giáo viên" }, { name: "Chương trình, tài liệu giảng dạy" }],
    stepTitle: "Thông tin trung tâm", fields: [f("centerName", "Tên trung tâm", "text", "pick:Trung tâm Ngoại ngữ Sao Việt|Trung tâm Tin học Bách Khoa|Trung tâm Anh ngữ Hà Thái"), f("centerAddress", "Địa chỉ", "address", "address")],
    result: "Quyết định cho phép hoạt động giáo dục",
    inPersonNote: "Đoàn thẩm định kiểm tra thực tế cơ sở vật chất của trung tâm.",
  },

  // ───────────── Văn hóa, du lịch ─────────────
  {
    code: "1.001029", name: "Cấp Giấy phép kinh doanh dịch vụ karaoke", sector: "VHDL", scope: "COMMUNE", level: "PARTIAL", days: 5, fee: 4000000,
    feeDescription: "Phí thẩm định 4.000.000 đồng/giấy phép (đến 3 phòng)", popularity: 0.8,
    docs: [{ name: "Đơn đề nghị cấp giấy phép" }, { name: "Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh" }, { name: "Sơ đồ phòng hát, diện tích phòng" }],
    stepTitle: "Thông tin cơ sở", fields: [f("venueName", "Tên cơ sở", "text", "pick:Karaoke Hoàng Gia|Karaoke Thiên Đường|Karaoke Sao Mai|Karaoke Nice"), f("venueAddress", "Địa chỉ", "address", "address"), f("rooms", "Số phòng hát", "number", "int:2:12", { min: 1 })],
    result: "Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke",
    inPersonNote: "Kiểm tra thực tế diện tích, cách âm, phòng cháy chữa cháy tại cơ sở.",
  },
  {
    code: "1.004628", name: "Cấp Giấy phép kinh doanh dịch vụ lữ hành nội địa", sector: "VHDL", scope: "PROVINCE", agency: "SVHTTDL", level: "FULL_ONLINE", days: 10, fee: 3000000,
    feeDescription: "Phí thẩm định 3.000.000 đồng/giấy phép", popularity: 0.6, applicants: "Doanh nghiệp",
    docs: [{ name: "Đơn đề nghị cấp giấy phép" }, { name: "Giấy chứng nhận ký quỹ kinh doanh dịch vụ lữ hành" }, { name: "Bằng cấp của người phụ trách kinh doanh dịch vụ lữ hành" }],
    stepTitle: "Thông tin doanh nghiệp", fields: [f("enterpriseName", "Tên doanh nghiệp", "text", "business"), f("taxCode", "Mã số doanh nghiệp", "text", "digits:10")],
    result: "Giấy phép kinh doanh dịch vụ lữ hành nội địa",
  },
  {
    code: "1.001432", name: "Cấp thẻ hướng dẫn viên du lịch nội địa", sector: "VHDL", scope: "PROVINCE", agency: "SVHTTDL", level: "FULL_ONLINE", days: 10, fee: 200000,
    feeDescription: "Phí thẩm định 200.000 đồng/thẻ", popularity: 1,
    docs: [{ name: "Đơn đề nghị cấp thẻ hướng dẫn viên du lịch" }, { name: "Giấy chứng nhận sức khỏe" }, { name: "Bằng tốt nghiệp hoặc chứng chỉ nghiệp vụ hướng dẫn du lịch nội địa" }, { name: "Ảnh chân dung 3x4" }],
    stepTitle: "Thông tin hướng dẫn viên", fields: [sel("qualification", "Văn bằng", ["Trung cấp chuyên ngành hướng dẫn du lịch", "Cao đẳng, đại học chuyên ngành du lịch", "Chứng chỉ nghiệp vụ hướng dẫn du lịch nội địa"])],
    result: "Thẻ hướng dẫn viên du lịch nội địa",
  },
  {
    code: "1.003533", name: "Công nhận hạng cơ sở lưu trú du lịch hạng 1 sao, 2 sao", sector: "VHDL", scope: "PROVINCE", agency: "SVHTTDL", level: "PARTIAL", days: 15, fee: 1500000,
    feeDescription: "Phí thẩm định 1.500.000 đồng/hồ sơ", popularity: 0.4, applicants: "Cơ sở lưu trú du lịch",
    docs: [{ name: "Đơn đề nghị công nhận hạng" }, { name: "Bản tự đánh giá chất lượng cơ sở lưu trú" }, { name: "Danh sách người quản lý và nhân viên" }],
    stepTitle: "Thông tin cơ sở lưu trú", fields: [f("hotelName", "Tên cơ sở lưu trú", "text", "pick:Khách sạn Hồ Núi Cốc|Khách sạn Ba Bể|Khách sạn Sông Cầu|Nhà nghỉ Tân Cương"), f("rooms", "Số buồng", "number", "int:10:80", { min: 1 }), sel("requestedRank", "Hạng đề nghị", ["1 sao", "2 sao"])],
    result: "Quyết định công nhận hạng cơ sở lưu trú du lịch",
    inPersonNote: "Hội đồng thẩm định kiểm tra thực tế tại cơ sở lưu trú.",
  },

  // ───────────── Tín ngưỡng, tôn giáo ─────────────
  {
    code: "1.001055", name: "Đăng ký hoạt động tín ngưỡng", sector: "TNTG", scope: "COMMUNE", level: "FULL_ONLINE", days: 15, fee: 0, popularity: 0.7, applicants: "Người đại diện cơ sở tín ngưỡng",
    docs: [{ name: "Văn bản đăng ký hoạt động tín ngưỡng" }, { name: "Danh mục hoạt động tín ngưỡng hằng năm" }],
    stepTitle: "Thông tin cơ sở tín ngưỡng", fields: [f("siteName", "Tên cơ sở tín ngưỡng", "text", "pick:Đình Phương Độ|Đền Đuổm|Đình Thanh Lương|Đền Xương Rồng|Đền Mẫu Pác Ngòi"), f("festivalDate", "Thời gian lễ hội chính", "date", "futureDate:20:120")],
    result: "Văn bản chấp thuận đăng ký hoạt động tín ngưỡng",
  },
  {
    code: "1.001090", name: "Đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo, địa điểm hợp pháp đã đăng ký", sector: "TNTG", scope: "PROVINCE", agency: "SDTTG", level: "FULL_ONLINE", days: 15, fee: 0,
    popularity: 0.4, applicants: "Tổ chức tôn giáo",
    docs: [{ name: "Văn bản đề nghị tổ chức cuộc lễ" }, { name: "Chương trình cuộc lễ" }],
    stepTitle: "Thông tin cuộc lễ", fields: [f("eventName", "Tên cuộc lễ", "text", "pick:Đại lễ Phật đản|Lễ Giáng sinh|Lễ Vu lan báo hiếu|Lễ cầu an đầu năm"), f("eventDate", "Thời gian", "date", "futureDate:20:60"), f("venue", "Địa điểm", "address", "address"), f("participants", "Số người dự kiến", "number", "int:200:3000", { min: 1 })],
    result: "Văn bản chấp thuận tổ chức cuộc lễ",
  },
  {
    code: "1.001098", name: "Thông báo người được phong phẩm hoặc suy cử làm chức sắc", sector: "TNTG", scope: "PROVINCE", agency: "SDTTG", level: "FULL_ONLINE", days: 10, fee: 0,
    popularity: 0.3, applicants: "Tổ chức tôn giáo",
    docs: [{ name: "Văn bản thông báo" }, { name: "Tóm tắt quá trình hoạt động tôn giáo của người được phong phẩm" }],
    stepTitle: "Thông tin chức sắc", fields: [f("clergyName", "Họ tên người được phong phẩm", "text", "maleName"), f("rank", "Phẩm vị", "text", "pick:Đại đức|Thượng tọa|Linh mục|Mục sư")],
    result: "Văn bản xác nhận đã nhận thông báo",
  },

  // ───────────── Nội vụ: lao động, người có công, thi đua ─────────────
  {
    code: "1.000059", name: "Giải quyết hưởng trợ cấp thất nghiệp", sector: "LDVL", scope: "PROVINCE", agency: "SNV", level: "FULL_ONLINE", days: 20, fee: 0, popularity: 9, season: "tet",
    docs: [{ name: "Đề nghị hưởng trợ cấp thất nghiệp" }, { name: "Quyết định thôi việc hoặc văn bản chấm dứt hợp đồng lao động" }, { name: "Sổ bảo hiểm xã hội" }],
    stepTitle: "Thông tin việc làm",
    fields: [f("lastEmployer", "Đơn vị làm việc trước khi nghỉ", "text", "pick:Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên|Công ty CP Gang thép Thái Nguyên|Công ty TNHH Trina Solar|Công ty TNHH May mặc Sông Công|Công ty CP Xi măng Quán Triều"), f("terminationDate", "Ngày chấm dứt hợp đồng", "date", "recentDate:5:80"), f("contributionMonths", "Số tháng đóng bảo hiểm thất nghiệp", "number", "int:12:140", { min: 12 })],
    result: "Quyết định hưởng trợ cấp thất nghiệp",
  },
  {
    code: "1.000105", name: "Đăng ký nội quy lao động", sector: "LDVL", scope: "PROVINCE", agency: "SNV", level: "FULL_ONLINE", days: 7, fee: 0, popularity: 1.2, applicants: "Người sử dụng lao động",
    docs: [{ name: "Văn bản đề nghị đăng ký nội quy lao động" }, { name: "Nội quy lao động" }, { name: "Văn bản góp ý của tổ chức đại diện người lao động" }],
    stepTitle: "Thông tin doanh nghiệp", fields: [f("enterpriseName", "Tên doanh nghiệp", "text", "business"), f("employees", "Số lao động", "number", "int:10:2500", { min: 10 })],
    result: "Thông báo về việc đăng ký nội quy lao động",
  },
  {
    code: "1.002410", name: "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ", sector: "NCC", scope: "PROVINCE", agency: "SNV", level: "FULL_ONLINE", days: 12, fee: 0, popularity: 1,
    docs: [{ name: "Đơn đề nghị trợ cấp thờ cúng liệt sĩ" }, { name: "Biên bản ủy quyền thờ cúng liệt sĩ", required: false }],
    stepTitle: "Thông tin liệt sĩ", fields: [f("martyrName", "Họ tên liệt sĩ", "text", "maleName"), f("certificateNumber", "Số Bằng Tổ quốc ghi công", "text", "digits:6"), sel("relationship", "Quan hệ với liệt sĩ", ["Con", "Cháu", "Anh, chị, em", "Người được ủy quyền"])],
    result: "Quyết định trợ cấp thờ cúng liệt sĩ",
  },
  {
    code: "1.000843", name: "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", sector: "NCC", scope: "PROVINCE", agency: "SNV", level: "FULL_ONLINE", days: 20, fee: 0, popularity: 1.5,
    applicants: "Cơ quan, đơn vị",
    docs: [{ name: "Tờ trình đề nghị khen thưởng" }, { name: "Báo cáo thành tích" }, { name: "Biên bản họp Hội đồng thi đua – khen thưởng" }],
    stepTitle: "Thông tin khen thưởng", fields: [f("nominee", "Tập thể, cá nhân đề nghị", "text", "name"), sel("achievement", "Loại thành tích", ["Hoàn thành xuất sắc nhiệm vụ năm", "Thành tích đột xuất", "Thành tích chuyên đề chuyển đổi số"])],
    result: "Quyết định tặng Bằng khen",
  },

  // ───────────── Khoa học và công nghệ ─────────────
  {
    code: "1.000537", name: "Cấp giấy phép tiến hành công việc bức xạ (sử dụng thiết bị X-quang chẩn đoán trong y tế)", sector: "KHCN", scope: "PROVINCE", agency: "SKHCN",
    level: "FULL_ONLINE", days: 20, fee: 2000000, feeDescription: "Phí thẩm định 2.000.000 đồng/thiết bị", popularity: 1, applicants: "Cơ sở y tế",
    docs: [{ name: "Đơn đề nghị cấp giấy phép" }, { name: "Báo cáo đánh giá an toàn bức xạ" }, { name: "Chứng chỉ nhân viên bức xạ của người phụ trách an toàn" }, { name: "Biên bản kiểm định thiết bị X-quang" }],
    stepTitle: "Thông tin thiết bị", fields: [f("facilityName", "Cơ sở sử dụng", "text", "pick:Phòng khám đa khoa An Phúc|Bệnh viện đa khoa tư nhân Phổ Yên|Phòng khám nha khoa Việt Đức"), f("deviceModel", "Model thiết bị", "text", "pick:Shimadzu RADspeed|GE Definium|Carestream DRX|Vatech PaX-i")],
    result: "Giấy phép tiến hành công việc bức xạ",
  },
  {
    code: "1.000540", name: "Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ không sử dụng ngân sách nhà nước", sector: "KHCN", scope: "PROVINCE", agency: "SKHCN", level: "FULL_ONLINE", days: 15, fee: 0,
    popularity: 0.3, applicants: "Tổ chức, cá nhân",
    docs: [{ name: "Phiếu đăng ký kết quả thực hiện nhiệm vụ" }, { name: "Báo cáo tổng hợp kết quả nhiệm vụ" }],
    stepTitle: "Thông tin nhiệm vụ", fields: [f("projectTitle", "Tên nhiệm vụ", "text", "pick:Ứng dụng IoT giám sát vùng chè|Nền tảng truy xuất nguồn gốc nông sản|Số hóa di sản văn hóa ATK Định Hóa")],
    result: "Giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ",
  },
  {
    code: "1.000546", name: "Cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ", sector: "KHCN", scope: "PROVINCE", agency: "SKHCN", level: "FULL_ONLINE", days: 7, fee: 0,
    popularity: 0.3, applicants: "Doanh nghiệp",
    docs: [{ name: "Đơn đề nghị chứng nhận doanh nghiệp khoa học và công nghệ" }, { name: "Văn bản xác nhận quyền sở hữu kết quả khoa học và công nghệ" }, { name: "Phương án sản xuất, kinh doanh" }],
    stepTitle: "Thông tin doanh nghiệp", fields: [f("enterpriseName", "Tên doanh nghiệp", "text", "business"), f("technology", "Kết quả khoa học và công nghệ", "text", "pick:Phần mềm quản lý vùng trồng|Quy trình chế biến chè xanh chất lượng cao|Thiết bị cảm biến môi trường")],
    result: "Giấy chứng nhận doanh nghiệp khoa học và công nghệ",
  },

  // ───────────── Ngoại vụ (Văn phòng UBND tỉnh) ─────────────
  {
    code: "2.001616", name: "Cho phép doanh nhân sử dụng thẻ đi lại của doanh nhân APEC", sector: "NGV", scope: "PROVINCE", agency: "VPUB", level: "FULL_ONLINE", days: 10, fee: 0, popularity: 0.6,
    docs: [{ name: "Văn bản đề nghị của doanh nghiệp" }, { name: "Bản sao hợp đồng thương mại với đối tác nước thành viên APEC" }, { name: "Bản sao hộ chiếu" }],
    stepTitle: "Thông tin doanh nhân", fields: [f("enterpriseName", "Doanh nghiệp", "text", "business"), f("position", "Chức vụ", "text", "pick:Giám đốc|Phó Giám đốc|Kế toán trưởng|Trưởng phòng kinh doanh"), f("passportNumber", "Số hộ chiếu", "text", "pick:C1234567|C7654321|P0012345")],
    result: "Văn bản cho phép sử dụng thẻ ABTC",
  },
];
