// Vietnamese texts of the "stats" feature (wired into ../vi.ts as `t.stats`).
import { formatNumber } from "@/lib/domain/format";

const mm = (month: number) => String(month).padStart(2, "0");

export const statsVi = {
  title: "Thống kê giải quyết thủ tục hành chính",
  lead: "Số hồ sơ tiếp nhận, kết quả giải quyết, tỷ lệ trực tuyến và mức độ hài lòng của người dân, theo từng cơ quan và toàn tỉnh.",
  formLabel: "Chọn kỳ thống kê và cơ quan",
  period: "Kỳ thống kê",
  periods: {
    month: (month: number, year: number) => `Tháng này (${mm(month)}/${year})`,
    year: (year: number) => `Năm nay (${year})`,
  },
  agency: "Cơ quan",
  province: "Toàn tỉnh",
  agencyGroups: { DEPARTMENT: "Sở, ban, ngành", COMMUNE: "UBND xã, phường" },
  show: "Xem thống kê",
  scopeTitle: (scope: string, period: string) => `${scope} — ${period}`,
  periodLabel: {
    month: (month: number, year: number) => `tháng ${mm(month)}/${year}`,
    year: (year: number) => `năm ${year}`,
  },
  received: "Hồ sơ tiếp nhận",
  finishedEarly: "Giải quyết trước hạn",
  finishedOnTime: "Giải quyết đúng hạn",
  finishedLate: "Giải quyết quá hạn",
  onTimeShare: "Tỷ lệ đúng hạn",
  onlineShare: "Tỷ lệ hồ sơ trực tuyến",
  onlinePaymentShare: "Tỷ lệ thanh toán trực tuyến",
  satisfaction: "Mức độ hài lòng",
  ofFinished: (n: number) => `trên ${formatNumber(n)} hồ sơ đã giải quyết`,
  ofReceived: (n: number) => `${formatNumber(n)} hồ sơ qua cổng tỉnh và Cổng DVC quốc gia`,
  ofFeeBearing: (paid: number, fee: number) => `${formatNumber(paid)}/${formatNumber(fee)} hồ sơ có phí, lệ phí`,
  ofRated: (n: number) => `trên ${formatNumber(n)} lượt đánh giá`,
  noData: "—",
  noDataLong: "chưa có dữ liệu",
  trendTitle: "Diễn biến 12 tháng gần nhất",
  chartTitle: (scope: string) => `Hồ sơ tiếp nhận và tỷ lệ giải quyết đúng hạn theo tháng — ${scope}`,
  chartNote: "Cột: số hồ sơ tiếp nhận; đường: tỷ lệ giải quyết đúng hạn (gồm trước hạn). Bảng dưới đây có cùng số liệu.",
  month: "Tháng",
  finished: "Đã giải quyết",
  onTime: "Đúng hạn (gồm trước hạn)",
  tableCaption: (scope: string) => `Số liệu theo tháng — ${scope}`,
  rankingTitle: "Xếp hạng cơ quan",
  rankingCaption: (period: string) => `Xếp hạng cơ quan theo tỷ lệ giải quyết đúng hạn, ${period}`,
  rankingNote: "Xếp theo tỷ lệ đúng hạn, rồi mức độ hài lòng, rồi số hồ sơ. Cơ quan chưa giải quyết hồ sơ nào trong kỳ đứng cuối.",
  rank: "Hạng",
  current: "(đang xem)",
  rankingEmpty: "Chưa có hồ sơ nào trong kỳ này.",
  source:
    "Nguồn: hệ thống một cửa điện tử của tỉnh, bảng tổng hợp hồ sơ theo tháng (tất cả kênh: trực tuyến, trực tiếp, Cổng DVC quốc gia, bưu chính). Hồ sơ được tính vào tháng nộp; tỷ lệ đúng hạn tính trên các hồ sơ của kỳ đã có kết quả.",
  updated: (at: string) => `Cập nhật lúc ${at}`,
};
