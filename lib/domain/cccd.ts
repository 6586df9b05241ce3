// The 12-digit citizen identity number (căn cước công dân, CCCD): 3 digits of the province
// of birth registration, 1 digit for gender and century, 2 digits for the year of birth,
// 6 random digits (Circular 07/2016/TT-BCA, Decree 137/2015/NĐ-CP). Pure functions.

/** Province codes (the 63 provinces before the 2025 mergers: numbers issued earlier stay valid). */
export const CCCD_PROVINCE_CODES: Readonly<Record<string, string>> = {
  "001": "Hà Nội", "002": "Hà Giang", "004": "Cao Bằng", "006": "Bắc Kạn", "008": "Tuyên Quang", "010": "Lào Cai",
  "011": "Điện Biên", "012": "Lai Châu", "014": "Sơn La", "015": "Yên Bái", "017": "Hòa Bình", "019": "Thái Nguyên",
  "020": "Lạng Sơn", "022": "Quảng Ninh", "024": "Bắc Giang", "025": "Phú Thọ", "026": "Vĩnh Phúc", "027": "Bắc Ninh",
  "030": "Hải Dương", "031": "Hải Phòng", "033": "Hưng Yên", "034": "Thái Bình", "035": "Hà Nam", "036": "Nam Định",
  "037": "Ninh Bình", "038": "Thanh Hóa", "040": "Nghệ An", "042": "Hà Tĩnh", "044": "Quảng Bình", "045": "Quảng Trị",
  "046": "Thừa Thiên Huế", "048": "Đà Nẵng", "049": "Quảng Nam", "051": "Quảng Ngãi", "052": "Bình Định", "054": "Phú Yên",
  "056": "Khánh Hòa", "058": "Ninh Thuận", "060": "Bình Thuận", "062": "Kon Tum", "064": "Gia Lai", "066": "Đắk Lắk",
  "067": "Đắk Nông", "068": "Lâm Đồng", "070": "Bình Phước", "072": "Tây Ninh", "074": "Bình Dương", "075": "Đồng Nai",
  "077": "Bà Rịa - Vũng Tàu", "079": "Hồ Chí Minh", "080": "Long An", "082": "Tiền Giang", "083": "Bến Tre", "084": "Trà Vinh",
  "086": "Vĩnh Long", "087": "Đồng Tháp", "089": "An Giang", "091": "Kiên Giang", "092": "Cần Thơ", "093": "Hậu Giang",
  "094": "Sóc Trăng", "095": "Bạc Liêu", "096": "Cà Mau",
};

export type CccdInfo = { province: string; provinceCode: string; gender: "MALE" | "FEMALE"; birthYear: number };

/** Decodes a CCCD, or null when it is not a well-formed one. */
export function decodeCccd(value: string): CccdInfo | null {
  if (!/^\d{12}$/.test(value)) return null;
  const provinceCode = value.slice(0, 3);
  const province = CCCD_PROVINCE_CODES[provinceCode];
  if (!province) return null;
  const g = Number(value[3]);
  // 0/1: 20th century, 2/3: 21st, 4/5: 22nd … (even = male, odd = female).
  const century = 1900 + Math.floor(g / 2) * 100;
  return { province, provinceCode, gender: g % 2 === 0 ? "MALE" : "FEMALE", birthYear: century + Number(value.slice(4, 6)) };
}

/**
 * A Vietnamese error message, or null when the number is valid (and consistent with the birth
 * date and gender when they are known).
 */
export function checkCccd(value: string, context: { birthDate?: Date | null; gender?: "MALE" | "FEMALE" | null; now?: Date } = {}): string | null {
  if (!/^\d+$/.test(value)) return "Số CCCD chỉ gồm chữ số.";
  if (value.length !== 12) return "Số CCCD phải gồm đúng 12 chữ số.";
  const info = decodeCccd(value);
  if (!info) return "3 chữ số đầu của số CCCD không phải mã tỉnh, thành phố hợp lệ.";
  const now = context.now ?? new Date();
  if (info.birthYear > now.getUTCFullYear()) return "Số CCCD không hợp lệ: năm sinh mã hóa trong số nằm ở tương lai.";
  if (context.birthDate && context.birthDate.getUTCFullYear() !== info.birthYear) {
    return `Số CCCD không khớp năm sinh (số CCCD mã hóa năm ${info.birthYear}).`;
  }
  if (context.gender && context.gender !== info.gender) return "Số CCCD không khớp giới tính đã khai.";
  return null;
}
