// Vietnamese people for demo dossiers: names with diacritics (Kinh surnames plus the Tày, Nùng
// and Dao surnames common in Thái Nguyên – Bắc Kạn), valid-looking CCCD numbers, mobile
// numbers and addresses in the province's communes and wards.
import { Rng, weightedPicker } from "@/lib/domain/random";

// Shares roughly follow national surname statistics, with Ma, Nông, Triệu, Lường weighted up
// for the mountain communes of the province.
const SURNAMES: [string, number][] = [
  ["Nguyễn", 36], ["Trần", 10], ["Lê", 8], ["Phạm", 6], ["Hoàng", 6], ["Vũ", 3.5], ["Đặng", 2.5], ["Bùi", 2.2],
  ["Đỗ", 2], ["Hồ", 1.2], ["Ngô", 1.5], ["Dương", 2], ["Lý", 0.6], ["Đinh", 1.2], ["Lương", 1], ["Ma", 1.4],
  ["Nông", 1.2], ["Hà", 1.2], ["Triệu", 0.8], ["Đàm", 0.5], ["Lưu", 0.6], ["Trịnh", 0.7], ["Mai", 0.6], ["Tạ", 0.5],
  ["Chu", 0.5], ["Lường", 0.3], ["Phan", 1.2], ["Đào", 0.8], ["Cao", 0.5], ["Vi", 0.3],
];
const MALE_MIDDLE: [string, number][] = [
  ["Văn", 40], ["Đức", 10], ["Minh", 10], ["Quang", 7], ["Hữu", 6], ["Công", 5], ["Xuân", 4], ["Tiến", 3], ["Thành", 4],
  ["Mạnh", 3], ["Trung", 3], ["Hoàng", 3], ["Đình", 4], ["Ngọc", 2], ["Thế", 3], ["Việt", 2], ["Gia", 2], ["Bảo", 1.5],
];
const FEMALE_MIDDLE: [string, number][] = [
  ["Thị", 45], ["Thu", 7], ["Ngọc", 7], ["Thanh", 6], ["Phương", 4], ["Hồng", 4], ["Thúy", 3], ["Minh", 4], ["Kim", 3],
  ["Lan", 2], ["Bích", 2], ["Diệu", 2], ["Hải", 2], ["Bảo", 2], ["Khánh", 2], ["Mai", 2], ["Quỳnh", 1.5],
];
const MALE_GIVEN = [
  "An", "Anh", "Bình", "Cường", "Dũng", "Duy", "Đạt", "Đông", "Giang", "Hải", "Hào", "Hiếu", "Hoàng", "Hùng", "Huy",
  "Khánh", "Khoa", "Kiên", "Lâm", "Linh", "Long", "Lộc", "Mạnh", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Quang",
  "Sơn", "Tài", "Thắng", "Thành", "Thịnh", "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Vũ", "Hưng", "Trường",
  "Khải", "Đức", "Thái", "Lực", "Hậu", "Tiến",
];
const FEMALE_GIVEN = [
  "An", "Anh", "Bình", "Châu", "Chi", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Huệ", "Hương",
  "Hường", "Lan", "Liên", "Linh", "Loan", "Ly", "Mai", "My", "Nga", "Ngân", "Ngọc", "Nhung", "Oanh", "Phương", "Quyên",
  "Quỳnh", "Tâm", "Thảo", "Thu", "Thủy", "Trang", "Trâm", "Tuyết", "Uyên", "Vân", "Yến", "Hồng", "Nhàn", "Xuân", "Thơm",
];

const pickSurname = weightedPicker(SURNAMES.map((s) => s[0]), SURNAMES.map((s) => s[1]));
const pickMaleMiddle = weightedPicker(MALE_MIDDLE.map((s) => s[0]), MALE_MIDDLE.map((s) => s[1]));
const pickFemaleMiddle = weightedPicker(FEMALE_MIDDLE.map((s) => s[0]), FEMALE_MIDDLE.map((s) => s[1]));

export type Gender = "Nam" | "Nữ";

export function personName(rng: Rng, gender: Gender, surname?: string): string {
  const family = surname ?? pickSurname(rng);
  const middle = gender === "Nam" ? pickMaleMiddle(rng) : pickFemaleMiddle(rng);
  const given = rng.pick(gender === "Nam" ? MALE_GIVEN : FEMALE_GIVEN);
  // A few people have a double middle name (Nguyễn Thị Thu Hà).
  if (rng.chance(0.12)) {
    const second = gender === "Nam" ? pickMaleMiddle(rng) : pickFemaleMiddle(rng);
    if (second !== middle && second !== "Văn" && second !== "Thị") return `${family} ${middle} ${second} ${given}`;
  }
  return `${family} ${middle} ${given}`;
}

export function surnameOf(fullName: string): string {
  return fullName.split(" ")[0];
}

/**
 * A 12-digit CCCD: 3 digits of the province of birth registration (019 Thái Nguyên, 006 the
 * former Bắc Kạn), 1 digit for gender and century (0/1 male/female born 1900s, 2/3 in 2000s),
 * 2 digits of the birth year, 6 random digits.
 */
export function cccd(rng: Rng, gender: Gender, birthYear: number, provinceCode = rng.chance(0.82) ? "019" : "006"): string {
  const century = birthYear >= 2000 ? 2 : 0;
  const genderDigit = century + (gender === "Nữ" ? 1 : 0);
  return `${provinceCode}${genderDigit}${String(birthYear % 100).padStart(2, "0")}${rng.digits(6)}`;
}

// Viettel (096-098, 086, 032-039), VinaPhone (091, 094, 088, 081-085), MobiFone (090, 093, 089).
const MOBILE_PREFIXES: [string, number][] = [
  ["096", 8], ["097", 9], ["098", 9], ["086", 5], ["032", 3], ["033", 3], ["034", 3], ["035", 3], ["036", 3], ["037", 3],
  ["038", 3], ["039", 3], ["091", 6], ["094", 5], ["088", 3], ["081", 1], ["082", 1], ["083", 1], ["084", 1], ["085", 1],
  ["090", 4], ["093", 3], ["089", 2],
];
const pickPrefix = weightedPicker(MOBILE_PREFIXES.map((p) => p[0]), MOBILE_PREFIXES.map((p) => p[1]));

export function mobilePhone(rng: Rng): string {
  return pickPrefix(rng) + rng.digits(7);
}

/** Where people live: wards have streets and residential groups, communes have hamlets. */
export const RESIDENCES: { unit: string; weight: number; streets?: string[]; hamlets?: string[] }[] = [
  { unit: "phường Phan Đình Phùng", weight: 16, streets: ["Hoàng Văn Thụ", "Phan Đình Phùng", "Nha Trang", "Lương Ngọc Quyến", "Đội Cấn", "Cách mạng Tháng Tám", "Minh Cầu", "Bến Oánh"] },
  { unit: "phường Gia Sàng", weight: 10, streets: ["Phan Đình Phùng", "Bến Tượng", "Gia Sàng", "Lưu Nhân Chú", "Đồng Tiến"] },
  { unit: "phường Quyết Thắng", weight: 9, streets: ["Z115", "Quang Trung", "Lê Hữu Trác", "Tân Thịnh"] },
  { unit: "phường Tích Lương", weight: 5, streets: ["3 tháng 2", "Tích Lương", "Thống Nhất"] },
  { unit: "phường Quan Triều", weight: 5, streets: ["Dương Tự Minh", "Quan Triều", "Việt Bắc"] },
  { unit: "phường Phổ Yên", weight: 11, streets: ["Lý Nam Đế", "Thanh Niên", "Phúc Thuận", "Đồng Tiến"] },
  { unit: "phường Sông Công", weight: 8, streets: ["Thắng Lợi", "Cách mạng Tháng Mười", "Nguyễn Huệ"] },
  { unit: "phường Đức Xuân", weight: 6, streets: ["Trường Chinh", "Nguyễn Văn Tố", "Kon Tum"] },
  { unit: "phường Bắc Kạn", weight: 5, streets: ["Hùng Vương", "Trường Chinh", "Phùng Chí Kiên"] },
  { unit: "xã Đại Từ", weight: 8, hamlets: ["xóm Đình", "xóm Chợ", "xóm Đồng Tâm", "xóm Phố Dầu", "xóm Hòa Tiến"] },
  { unit: "xã Phú Bình", weight: 7, hamlets: ["xóm Hanh", "xóm Úc Sơn", "xóm Kha Sơn", "xóm Cầu Mai"] },
  { unit: "xã Định Hóa", weight: 5, hamlets: ["thôn Trung Kiên", "thôn Bãi Á", "thôn Quán Vuông", "thôn Đồng Chùa"] },
  { unit: "xã Đồng Hỷ", weight: 4, hamlets: ["xóm Đồng Thịnh", "xóm Trại Cau", "xóm Văn Hán"] },
  { unit: "xã Võ Nhai", weight: 3, hamlets: ["xóm Cúc Đường", "xóm Đình Cả", "xóm Mỏ Gà"] },
  { unit: "xã Chợ Đồn", weight: 2, hamlets: ["thôn Bản Tàn", "thôn Nà Pài", "thôn Phố Ngõ"] },
  { unit: "xã Ba Bể", weight: 2, hamlets: ["thôn Pác Ngòi", "thôn Bó Lù", "thôn Cốc Tộc"] },
];
const pickResidence = weightedPicker(RESIDENCES, RESIDENCES.map((r) => r.weight));

export function address(rng: Rng): string {
  const r = pickResidence(rng);
  if (r.streets) {
    return rng.chance(0.55)
      ? `Số ${rng.int(1, 480)} đường ${rng.pick(r.streets)}, ${r.unit}, tỉnh Thái Nguyên`
      : `Tổ ${rng.int(1, 36)}, ${r.unit}, tỉnh Thái Nguyên`;
  }
  return `${rng.pick(r.hamlets ?? ["thôn Trung Tâm"])}, ${r.unit}, tỉnh Thái Nguyên`;
}

/** ASCII e-mail local part from a Vietnamese name: "Nguyễn Văn An" → "annv". */
export function emailFor(rng: Rng, fullName: string): string {
  const ascii = fullName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .split(" ");
  const given = ascii[ascii.length - 1];
  const initials = ascii.slice(0, -1).map((p) => p[0]).join("");
  const domain = rng.weighted(["gmail.com", "yahoo.com", "outlook.com"], [85, 8, 7]);
  return rng.chance(0.5) ? `${given}${initials}${rng.int(70, 2005)}@${domain}` : `${ascii.join("")}${rng.int(1, 99)}@${domain}`;
}

export type Person = {
  fullName: string;
  gender: Gender;
  birthDate: string; // yyyy-mm-dd
  nationalId: string;
  phone: string;
  address: string;
};

export function person(rng: Rng, opts: { minAge?: number; maxAge?: number; gender?: Gender; currentYear: number }): Person {
  const gender = opts.gender ?? (rng.chance(0.5) ? "Nam" : "Nữ");
  const year = opts.currentYear - rng.int(opts.minAge ?? 18, opts.maxAge ?? 75);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  return {
    fullName: personName(rng, gender),
    gender,
    birthDate: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
    nationalId: cccd(rng, gender, year),
    phone: mobilePhone(rng),
    address: address(rng),
  };
}

/** Names of businesses for enterprise and household-business procedures. */
const BUSINESS_KINDS = ["Công ty TNHH", "Công ty TNHH", "Công ty cổ phần", "Công ty TNHH MTV"];
const BUSINESS_WORDS = [
  "Thương mại và Dịch vụ", "Xây dựng", "Công nghệ", "Chè", "Vận tải", "Nông sản", "Cơ khí", "Dược phẩm", "Du lịch",
  "Thực phẩm", "Giải pháp số", "Điện tử", "May mặc", "Vật liệu xây dựng", "Môi trường",
];
const BUSINESS_NAMES = [
  "Tân Cương", "Hoàng Minh", "Phúc An", "Trường Thịnh", "Gia Bảo", "Thái Hưng", "Việt Bắc", "Sông Cầu", "Đại Phát",
  "Minh Khang", "Hồng Phát", "An Khang", "La Hiên", "Núi Cốc", "Thành Công", "Kim Sơn", "Phổ Yên", "Ba Bể",
];

export function businessName(rng: Rng): string {
  return `${rng.pick(BUSINESS_KINDS)} ${rng.pick(BUSINESS_WORDS)} ${rng.pick(BUSINESS_NAMES)}`;
}

export function householdBusinessName(rng: Rng, ownerName: string): string {
  const kinds = ["Hộ kinh doanh tạp hóa", "Hộ kinh doanh chè", "Hộ kinh doanh ăn uống", "Hộ kinh doanh sửa chữa xe máy", "Hộ kinh doanh quần áo", "Hộ kinh doanh vật liệu xây dựng"];
  return `${rng.pick(kinds)} ${ownerName.split(" ").slice(-2).join(" ")}`;
}
