// Vietnamese text helpers shared by search, codes and display. Pure functions.

/**
 * Lower-cases and strips Vietnamese diacritics so that "ĐĂNG KÝ KHAI SINH",
 * "dang ky khai sinh" and "Đăng ký khai sinh" compare equal. "đ" has no decomposition
 * in Unicode, so it is mapped by hand.
 */
export function normalizeForSearch(input: string): string {
  return input
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9.\s-]/g, " ")
    // "." is kept only inside numbers (procedure codes "1.001193"), "-" only between letters or
    // digits ("STP-261127-0042"); elsewhere they are punctuation ("khai sinh.", "TP. Thái Nguyên",
    // "giấy phép - sửa đổi") and must not stop "khai sinh" or "giay phep sua doi" from matching.
    .replace(/(?<![0-9])\.|\.(?![0-9])/g, " ")
    .replace(/(?<![a-z0-9])-|-(?![a-z0-9])/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
