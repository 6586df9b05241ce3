import { describe, expect, it } from "vitest";
import { CCCD_PROVINCE_CODES, checkCccd, decodeCccd } from "./cccd";

// Layout of a CCCD: 3 digits province of birth registration, 1 digit gender + century
// (0/1 = 1900s male/female, 2/3 = 2000s, 4/5 = 2100s), 2 digits year, 6 random digits.
const NOW = new Date("2026-03-04T03:00:00Z"); // 10:00 in Vietnam

describe("CCCD_PROVINCE_CODES", () => {
  it("lists the 63 provinces before the 2025 mergers", () => {
    expect(Object.keys(CCCD_PROVINCE_CODES)).toHaveLength(63);
  });

  it.each([
    ["001", "Hà Nội"],
    ["019", "Thái Nguyên"],
    ["006", "Bắc Kạn"],
    ["048", "Đà Nẵng"],
    ["079", "Hồ Chí Minh"],
    ["096", "Cà Mau"],
  ])("%s is %s", (code, name) => {
    expect(CCCD_PROVINCE_CODES[code]).toBe(name);
  });

  it.each(["000", "003", "005", "099", "100"])("%s is not a province code", (code) => {
    expect(CCCD_PROVINCE_CODES[code]).toBeUndefined();
  });
});

describe("decodeCccd", () => {
  it.each([
    // number          province        code   gender     year
    ["019090012345", "Thái Nguyên", "019", "MALE", 1990],
    ["019195012346", "Thái Nguyên", "019", "FEMALE", 1995],
    ["001203000001", "Hà Nội", "001", "MALE", 2003],
    ["079300123456", "Hồ Chí Minh", "079", "FEMALE", 2000],
    ["048005999999", "Đà Nẵng", "048", "MALE", 1905],
    ["096100000000", "Cà Mau", "096", "FEMALE", 1900],
    ["006499000001", "Bắc Kạn", "006", "MALE", 2199],
    ["006500000001", "Bắc Kạn", "006", "FEMALE", 2100],
  ] as const)("%s → %s, %s, %s %i", (value, province, provinceCode, gender, birthYear) => {
    expect(decodeCccd(value)).toEqual({ province, provinceCode, gender, birthYear });
  });

  it.each([
    ["003090012345", "003 is not a province code"],
    ["099090012345", "099 is not a province code"],
    ["000090012345", "000 is not a province code"],
    ["01909001234", "11 digits"],
    ["0190900123456", "13 digits"],
    ["01909001234a", "a letter"],
    ["019 090 012 345", "spaces"],
    [" 019090012345", "a leading space"],
    ["０１９０９００１２３４５", "full-width digits"],
    ["", "empty"],
  ])("%s → null (%s)", (value) => {
    expect(decodeCccd(value)).toBeNull();
  });
});

describe("checkCccd", () => {
  const NON_DIGITS = "Số CCCD chỉ gồm chữ số.";
  const LENGTH = "Số CCCD phải gồm đúng 12 chữ số.";
  const PROVINCE = "3 chữ số đầu của số CCCD không phải mã tỉnh, thành phố hợp lệ.";
  const FUTURE = "Số CCCD không hợp lệ: năm sinh mã hóa trong số nằm ở tương lai.";
  const GENDER = "Số CCCD không khớp giới tính đã khai.";

  it.each([
    ["01909001234a", NON_DIGITS],
    ["019-090-012345", NON_DIGITS],
    ["019 090 012 345", NON_DIGITS],
    ["", NON_DIGITS], // an empty value is the "required" check's business; alone it is not digits
    ["01909001234", LENGTH],
    ["0190900123456", LENGTH],
    ["019090", LENGTH],
    ["003090012345", PROVINCE],
    ["099090012345", PROVINCE],
    ["001227000001", FUTURE], // gender digit 2 → 2000s, year 27 → 2027 > 2026
    ["019499000001", FUTURE], // 2199
  ])("%s → %s", (value, message) => {
    expect(checkCccd(value, { now: NOW })).toBe(message);
  });

  it("accepts a number encoding the current year", () => {
    expect(checkCccd("001226000001", { now: NOW })).toBeNull(); // 2026
  });

  it.each([
    // number          birth date      gender
    ["019090012345", "1990-05-12", "MALE"], // Thái Nguyên, male, 1990
    ["019195012346", "1995-11-30", "FEMALE"], // Thái Nguyên, female, 1995
    ["001203000001", "2003-01-01", "MALE"], // Hà Nội, male, 2003
    ["079300123456", "2000-12-31", "FEMALE"], // Hồ Chí Minh, female, 2000
  ] as const)("%s is consistent with %s %s", (value, birth, gender) => {
    expect(checkCccd(value, { birthDate: new Date(`${birth}T00:00:00Z`), gender, now: NOW })).toBeNull();
  });

  it("accepts a well-formed number when neither birth date nor gender is known", () => {
    expect(checkCccd("019090012345", { now: NOW })).toBeNull();
    expect(checkCccd("019090012345", { birthDate: null, gender: null, now: NOW })).toBeNull();
  });

  it.each([
    ["019090012345", "1991-05-12", "Số CCCD không khớp năm sinh (số CCCD mã hóa năm 1990)."],
    ["019195012346", "1994-12-31", "Số CCCD không khớp năm sinh (số CCCD mã hóa năm 1995)."],
    ["001203000001", "1903-01-01", "Số CCCD không khớp năm sinh (số CCCD mã hóa năm 2003)."], // same two digits, other century
  ])("%s with birth date %s → %s", (value, birth, message) => {
    expect(checkCccd(value, { birthDate: new Date(`${birth}T00:00:00Z`), now: NOW })).toBe(message);
  });

  it.each([
    ["019090012345", "FEMALE"],
    ["019195012346", "MALE"],
    ["001203000001", "FEMALE"],
  ] as const)("%s declared %s → gender mismatch", (value, gender) => {
    expect(checkCccd(value, { gender, now: NOW })).toBe(GENDER);
  });

  it("reports the birth-year mismatch before the gender mismatch", () => {
    expect(checkCccd("019090012345", { birthDate: new Date("1991-01-01T00:00:00Z"), gender: "FEMALE", now: NOW })).toBe(
      "Số CCCD không khớp năm sinh (số CCCD mã hóa năm 1990).",
    );
  });

  it("reports a future birth year before any mismatch", () => {
    expect(checkCccd("001227000001", { birthDate: new Date("1990-01-01T00:00:00Z"), gender: "FEMALE", now: NOW })).toBe(FUTURE);
  });

  it("judges the future against `now`", () => {
    expect(checkCccd("001227000001", { now: new Date("2027-06-01T00:00:00Z") })).toBeNull();
  });
});
