import { describe, it, expect } from "vitest";
import { normalizeForSearch } from "./text";

describe("normalizeForSearch", () => {
  it.each(["ĐĂNG KÝ KHAI SINH", "Đăng ký khai sinh", "đăng ký khai sinh", "dang ky khai sinh", "DANG KY KHAI SINH", "Dang Ky Khai Sinh"])(
    "%s → dang ky khai sinh",
    (input) => {
      expect(normalizeForSearch(input)).toBe("dang ky khai sinh");
    },
  );

  it.each([
    ["đ", "d"],
    ["Đ", "d"],
    ["đường", "duong"],
    ["ĐỒNG HỶ", "dong hy"],
    ["Định Hóa", "dinh hoa"],
    ["Đại Từ", "dai tu"],
  ])("maps đ/Đ by hand: %s → %s", (input, expected) => {
    expect(normalizeForSearch(input)).toBe(expected);
  });

  // Every Vietnamese vowel with its diacritics (breve, circumflex, horn) and the five tone marks.
  const VOWELS: [base: string, letters: string][] = [
    ["a", "aàáảãạăằắẳẵặâầấẩẫậ"],
    ["e", "eèéẻẽẹêềếểễệ"],
    ["i", "iìíỉĩị"],
    ["o", "oòóỏõọôồốổỗộơờớởỡợ"],
    ["u", "uùúủũụưừứửữự"],
    ["y", "yỳýỷỹỵ"],
  ];

  it.each(VOWELS)("strips every mark from the %s vowels, lower and upper case", (base, letters) => {
    const chars = [...letters.normalize("NFC")];
    expect(chars.length).toBe(letters.length); // one code point each: precomposed
    for (const ch of chars) {
      expect(normalizeForSearch(ch), ch).toBe(base);
      expect(normalizeForSearch(ch.toUpperCase()), ch.toUpperCase()).toBe(base);
    }
  });

  it("has no non-ASCII character left for a full Vietnamese sentence", () => {
    const input = "Tiếng Việt có dấu: Ở ĐÂY CHÚNG TÔI ĐÃ THỬ NGHIỆM ƯỚC LƯỢNG GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT";
    expect(normalizeForSearch(input)).toBe("tieng viet co dau o day chung toi da thu nghiem uoc luong giay chung nhan quyen su dung dat");
  });

  it("treats precomposed (NFC) and decomposed (NFD) input alike", () => {
    const words = ["Đăng ký khai sinh", "Thái Nguyên", "Phổ Yên", "Võ Nhai", "giấy chứng nhận quyền sử dụng đất", "ĐỒNG HỶ"];
    for (const w of words) {
      const nfc = w.normalize("NFC");
      const nfd = w.normalize("NFD");
      expect(nfd).not.toBe(nfc); // the test would be vacuous otherwise
      expect(normalizeForSearch(nfd)).toBe(normalizeForSearch(nfc));
    }
    // Written out with combining marks: "Thái Nguyên" = a + U+0301, e + U+0302.
    expect(normalizeForSearch("Tha\u0301i Nguye\u0302n")).toBe("thai nguyen");
    expect(normalizeForSearch("Tha\u0301i Nguye\u0302n")).toBe(normalizeForSearch("Thái Nguyên"));
  });

  it.each([
    ["Đăng ký, khai sinh!", "dang ky khai sinh"],
    ["  đăng   ký\tkhai\nsinh  ", "dang ky khai sinh"],
    ["(Đăng ký) khai sinh?", "dang ky khai sinh"],
    ["Đăng ký khai sinh.", "dang ky khai sinh"],
    ["“Đăng ký” – khai sinh…", "dang ky khai sinh"],
    ["Cấp giấy phép - sửa đổi", "cap giay phep sua doi"],
    ["TP. Thái Nguyên", "tp thai nguyen"],
    ["TP.Thái Nguyên", "tp thai nguyen"],
    ["khai sinh; kết hôn/ly hôn", "khai sinh ket hon ly hon"],
    ["!!!", ""],
    ["", ""],
  ])("punctuation and spaces: %j → %j", (input, expected) => {
    expect(normalizeForSearch(input)).toBe(expected);
  });

  it.each([
    ["1.001193", "1.001193"],
    ["Thủ tục 1.001193 (cấp tỉnh)", "thu tuc 1.001193 cap tinh"],
    ["Mã thủ tục: 2.000986.", "ma thu tuc 2.000986"],
    ["STP-261127-0042", "stp-261127-0042"],
    ["Hồ sơ stp-261127-0042, đã nhận", "ho so stp-261127-0042 da nhan"],
    ["Quyết định 45/2020/NĐ-CP", "quyet dinh 45 2020 nd-cp"],
  ])("keeps codes: %j → %j", (input, expected) => {
    expect(normalizeForSearch(input)).toBe(expected);
  });

  it("is idempotent", () => {
    for (const s of ["ĐĂNG KÝ KHAI SINH", "Thủ tục 1.001193 (cấp tỉnh).", "STP-261127-0042", "TP. Thái Nguyên - Phổ Yên"]) {
      const once = normalizeForSearch(s);
      expect(normalizeForSearch(once)).toBe(once);
    }
  });
});
