// Vietnamese texts of the "catalogue" feature (wired into ../vi.ts as `t.catalogue`).
import { formatNumber } from "@/lib/domain/format";

export const catalogueVi = {
  formLabel: "Tìm và lọc thủ tục",
  searchLabel: "Tên hoặc mã thủ tục",
  searchPlaceholder: "Ví dụ: dang ky khai sinh, 1.001193",
  searchHint: "Gõ có dấu hay không dấu đều được; sai một chữ vẫn tìm thấy.",
  sector: "Lĩnh vực",
  allSectors: "Tất cả lĩnh vực",
  agency: "Cơ quan thực hiện",
  allAgencies: "Tất cả cơ quan",
  agencyGroups: { DEPARTMENT: "Cơ quan cấp tỉnh", COMMUNE: "UBND xã, phường" },
  level: "Mức độ cung cấp",
  allLevels: "Tất cả mức độ",
  levels: { FULL_ONLINE: "Trực tuyến toàn trình", PARTIAL: "Trực tuyến một phần" },
  submit: "Tìm kiếm",
  clear: "Xóa bộ lọc",
  resultsTitle: "Kết quả",
  matching: (q: string) => `Phù hợp với “${q}”, xếp theo mức độ phù hợp.`,
  byName: "Xếp theo tên thủ tục.",
  activeFilters: (n: number) => `Đang áp dụng ${formatNumber(n)} bộ lọc.`,
  communeNote: (commune: string) =>
    `${commune} giải quyết các thủ tục cấp xã dưới đây; người dân nộp hồ sơ tại UBND xã, phường nơi mình chọn.`,
  approximate: "Tên gần giống",
  emptyHint: "Thử từ khóa ngắn hơn, kiểm tra chính tả hoặc bỏ bớt bộ lọc.",
};
