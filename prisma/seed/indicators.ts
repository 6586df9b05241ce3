// Indicators of the plan with 2025 and 2030 targets. Values are illustrative but in the range
// reported by Vietnamese provinces. The observed trajectory goes from `baseline` (end of
// 2020) to `current` (autumn 2026) along a curve (`shape` < 1 = fast start, > 1 = slow
// start) with monthly noise, so that each (indicator, month) always gets the same value.

export type IndicatorSeed = {
  code: string;
  pillar: "CQS" | "KTS" | "XHS";
  name: string;
  nameEn: string;
  unit: string;
  direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
  owner: string; // agency code
  baseline: number;
  target2025: number;
  target2030: number;
  current: number;
  shape: number;
  noise: number;
  decimals: number;
  isKey?: boolean;
  /** Upper bound of the value (percentages). */
  max?: number;
  /** Multiplier of the value in the month of Tết (e.g. online filings dip, e-commerce peaks). */
  tet?: number;
  description: string;
};

export const INDICATORS: IndicatorSeed[] = [
  // ───────────── Chính quyền số ─────────────
  {
    code: "CQS-01", pillar: "CQS", name: "Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình", nameEn: "Share of procedures offered fully online",
    unit: "%", direction: "HIGHER_IS_BETTER", owner: "VPUB", baseline: 22, target2025: 100, target2030: 100, current: 88, shape: 0.8, noise: 0.6, decimals: 1, isKey: true, max: 100,
    description: "Số TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình trên tổng số TTHC đủ điều kiện của tỉnh.",
  },
  {
    code: "CQS-02", pillar: "CQS", name: "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến", nameEn: "Share of dossiers filed online",
    unit: "%", direction: "HIGHER_IS_BETTER", owner: "VPUB", baseline: 12, target2025: 80, target2030: 95, current: 81, shape: 1.1, noise: 1.8, decimals: 1, isKey: true, max: 100, tet: 0.96,
    description: "Số hồ sơ nộp trực tuyến (Cổng dịch vụ công tỉnh và Cổng Dịch vụ công quốc gia) trên tổng số hồ sơ tiếp nhận trong tháng.",
  },
  {
    code: "CQS-03", pillar: "CQS", name: "Tỷ lệ hồ sơ giải quyết đúng hạn", nameEn: "Share of dossiers settled on time",
    unit: "%", direction: "HIGHER_IS_BETTER", owner: "VPUB", baseline: 94.5, target2025: 98, target2030: 99, current: 96.2, shape: 0.9, noise: 0.7, decimals: 1, max: 100,
    description: "Số hồ sơ giải quyết trước hạn và đúng hạn trên tổng số hồ sơ đã giải quyết trong tháng.",
  },
  {
    code: "CQS-04", pillar: "CQS", name: "Tỷ lệ hồ sơ thủ tục hành chính được số hóa", nameEn: "Share of dossiers digitised",
    unit: "%", direction: "HIGHER_IS_BETTER", owner: "VPUB", baseline: 5, target2025: 80, target2030: 100, current: 86, shape: 1.3, noise: 2, decimals: 1, isKey: true, max: 100,
    description: "Số hồ sơ được số hóa thành phần hồ sơ và kết quả theo Nghị định 45/2020/NĐ-CP trên tổng số hồ sơ tiếp nhận.",
  },
  {
    code: "CQS-05", pillar: "CQS", name: "Tỷ lệ văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử có ký số", nameEn: "Share of signed electronic documents between agencies",
    unit: "%", direction: "HIGHER_IS_BETTER", owner: "VPUB", baseline: 70, target2025: 95, target2030: 100, current: 98.4, shape: 0.6, noise: 0.4, decimals: 1, max: 100,
    description: "Văn bản đi có ký số gửi qua hệ thống quản lý văn bản và điều hành trên tổng số văn bản đi (trừ văn bản mật).",
  },
  {
    code: "CQS-06", pillar: "CQS", name: "Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính", nameEn: "Citizen satisfaction with administrative services",
    unit: "%", direction: "HIGHER_IS_BETTER", owner: "SNV", baseline: 85, target2025: 90, target2030: 95, current: 92.6, shape: 0.9, noise: 0.8, decimals: 1, isKey: true, max: 100,
    description: "Tỷ lệ đánh giá hài lòng trên tổng số lượt đánh giá sau khi nhận kết quả giải quyết TTHC.",
  },
  {
    code: "CQS-07", pillar: "CQS", name: "Số hồ sơ trễ hạn trên 10.000 hồ sơ đã giải quyết", nameEn: "Late dossiers per 10,000 settled",
    unit: "hồ sơ/10.000", direction: "LOWER_IS_BETTER", owner: "VPUB", baseline: 520, target2025: 200, target2030: 100, current: 380, shape: 0.9, noise: 35, decimals: 0,
    description: "Số hồ sơ giải quyết quá hạn quy đổi trên 10.000 hồ sơ đã giải quyết trong tháng.",
  },
  {
    code: "CQS-08", pillar: "CQS", name: "Tỷ lệ cơ sở dữ liệu chuyên ngành được kết nối, chia sẻ qua nền tảng LGSP", nameEn: "Share of sector databases connected through LGSP",
    unit: "%", direction: "HIGHER_IS_BETTER", owner: "SKHCN", baseline: 20, target2025: 80, target2030: 100, current: 78, shape: 1, noise: 0.8, decimals: 1, max: 100,
    description: "Số cơ sở dữ liệu chuyên ngành đã kết nối, chia sẻ trên tổng số cơ sở dữ liệu chuyên ngành của tỉnh.",
  },
  {
    code: "CQS-09", pillar: "CQS", name: "Số sự cố an toàn thông tin mạng được phát hiện và xử lý", nameEn: "Cyber-security incidents detected",
    unit: "vụ/tháng", direction: "LOWER_IS_BETTER", owner: "SKHCN", baseline: 35, target2025: 10, target2030: 5, current: 9, shape: 0.7, noise: 2.5, decimals: 0,
    description: "Số sự cố, tấn công mạng vào hệ thống thông tin của tỉnh được SOC ghi nhận trong tháng.",
  },
  // ───────────── Kinh tế số ─────────────
  {
    code: "KTS-01", pillar: "KTS", name: "Tỷ trọng kinh tế số trong GRDP", nameEn: "Digital economy share of GRDP",
    unit: "%", direction: "HIGHER_IS_BETTER", owner: "STC", baseline: 10.5, target2025: 20, target2030: 30, current: 21.8, shape: 1, noise: 0.35, decimals: 2, isKey: true, max: 100,
    description: "Giá trị tăng thêm của kinh tế số (lõi công nghệ số và số hóa các ngành) trên tổng sản phẩm trên địa bàn, ước tính theo tháng.",
  },
  {
    code: "KTS-02", pillar: "KTS", name: "Số doanh nghiệp công nghệ số đang hoạt động", nameEn: "Active digital-technology enterprises",
    unit: "doanh nghiệp", direction: "HIGHER_IS_BETTER", owner: "SKHCN", baseline: 420, target2025: 1000, target2030: 2000, current: 968, shape: 1, noise: 8, decimals: 0,
    description: "Doanh nghiệp đang hoạt động có ngành nghề chính thuộc công nghiệp công nghệ số theo dữ liệu đăng ký doanh nghiệp.",
  },
  {
    code: "KTS-03", pillar: "KTS", name: "Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số", nameEn: "SMEs using digital platforms",
    unit: "%", direction: "HIGHER_IS_BETTER", owner: "STC", baseline: 20, target2025: 50, target2030: 80, current: 58, shape: 1, noise: 1, decimals: 1, max: 100,
    description: "Doanh nghiệp nhỏ và vừa sử dụng ít nhất một nền tảng số (quản trị, kế toán, bán hàng) trên tổng số doanh nghiệp nhỏ và vừa.",
  },
  {
    code: "KTS-04", pillar: "KTS", name: "Tỷ lệ giao dịch thanh toán không dùng tiền mặt", nameEn: "Share of cashless payments",
    unit: "%", direction: "HIGHER_IS_BETTER", owner: "STC", baseline: 28, target2025: 80, target2030: 90, current: 79, shape: 0.9, noise: 1.2, decimals: 1, isKey: true, max: 100, tet: 0.97,
    description: "Số giao dịch thanh toán không dùng tiền mặt trên tổng số giao dịch thanh toán của người dân, doanh nghiệp trên địa bàn.",
  },
  {
    code: "KTS-05", pillar: "KTS", name: "Số sản phẩm OCOP được bán trên sàn thương mại điện tử", nameEn: "OCOP products sold on e-commerce platforms",
    unit: "sản phẩm", direction: "HIGHER_IS_BETTER", owner: "SCT", baseline: 45, target2025: 300, target2030: 600, current: 386, shape: 1, noise: 4, decimals: 0,
    description: "Số sản phẩm OCOP (từ 3 sao) có gian hàng đang hoạt động trên các sàn thương mại điện tử.",
  },
  {
    code: "KTS-06", pillar: "KTS", name: "Doanh thu thương mại điện tử bán lẻ trên địa bàn", nameEn: "Retail e-commerce revenue",
    unit: "tỷ đồng/tháng", direction: "HIGHER_IS_BETTER", owner: "SCT", baseline: 120, target2025: 400, target2030: 1000, current: 455, shape: 1.2, noise: 14, decimals: 1, tet: 1.35,
    description: "Doanh thu bán lẻ hàng hóa, dịch vụ qua thương mại điện tử của người dân, doanh nghiệp trên địa bàn tỉnh trong tháng.",
  },
  {
    code: "KTS-07", pillar: "KTS", name: "Tỷ lệ hồ sơ có phí, lệ phí được thanh toán trực tuyến", nameEn: "Fee-bearing dossiers paid online",
    unit: "%", direction: "HIGHER_IS_BETTER", owner: "VPUB", baseline: 3, target2025: 60, target2030: 90, current: 66, shape: 1.1, noise: 1.6, decimals: 1, max: 100,
    description: "Số hồ sơ có phí, lệ phí được thanh toán trực tuyến trên tổng số hồ sơ có phí, lệ phí.",
  },
  {
    code: "KTS-08", pillar: "KTS", name: "Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử", nameEn: "Enterprises using e-invoices",
    unit: "%", direction: "HIGHER_IS_BETTER", owner: "STC", baseline: 55, target2025: 100, target2030: 100, current: 99.6, shape: 0.5, noise: 0.2, decimals: 1, max: 100,
    description: "Doanh nghiệp đang hoạt động sử dụng hóa đơn điện tử trên tổng số doanh nghiệp đang hoạt động.",
  },
  // ───────────── Xã hội số ─────────────
  {
    code: "XHS-01", pillar: "XHS", name: "Tỷ lệ dân số trưởng thành có điện thoại thông minh", nameEn: "Adults with a smartphone",
    unit: "%", direction: "HIGHER_IS_BETTER", owner: "SKHCN", baseline: 65, target2025: 90, target2030: 98, current: 91.5, shape: 0.8, noise: 0.4, decimals: 1, isKey: true, max: 100,
    description: "Số thuê bao điện thoại thông minh của người từ 15 tuổi trở lên trên dân số trưởng thành (số liệu doanh nghiệp viễn thông).",
  },
  {
    code: "XHS-02", pillar: "XHS", name: "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang", nameEn: "Households with fibre broadband",
    unit: "%", direction: "HIGHER_IS_BETTER", owner: "SKHCN", baseline: 55, target2025: 85, target2030: 98, current: 88.7, shape: 0.9, noise: 0.5, decimals: 1, isKey: true, max: 100,
    description: "Số hộ gia đình có thuê bao Internet cáp quang trên tổng số hộ gia đình.",
  },
  {
    code: "XHS-03", pillar: "XHS", name: "Tỷ lệ người dân có hồ sơ sức khỏe điện tử", nameEn: "Citizens with an electronic health record",
    unit: "%", direction: "HIGHER_IS_BETTER", owner: "SYT", baseline: 8, target2025: 90, target2030: 100, current: 84, shape: 0.9, noise: 1.1, decimals: 1, max: 100,
    description: "Số người dân có hồ sơ sức khỏe điện tử được cập nhật trên tổng dân số.",
  },
  {
    code: "XHS-04", pillar: "XHS", name: "Tỷ lệ dân số trưởng thành có tài khoản định danh điện tử mức độ 2", nameEn: "Adults with a level-2 digital ID",
    unit: "%", direction: "HIGHER_IS_BETTER", owner: "VPUB", baseline: 0, target2025: 80, target2030: 95, current: 87, shape: 0.7, noise: 0.8, decimals: 1, max: 100,
    description: "Số tài khoản VNeID mức độ 2 đã kích hoạt của người từ 14 tuổi trở lên trên dân số trưởng thành.",
  },
  {
    code: "XHS-05", pillar: "XHS", name: "Tỷ lệ người dân từ 15 tuổi có tài khoản giao dịch tại ngân hàng hoặc ví điện tử", nameEn: "Adults with a bank or e-wallet account",
    unit: "%", direction: "HIGHER_IS_BETTER", owner: "STC", baseline: 45, target2025: 80, target2030: 90, current: 85.5, shape: 0.9, noise: 0.6, decimals: 1, max: 100,
    description: "Số người từ 15 tuổi trở lên có tài khoản thanh toán tại ngân hàng hoặc ví điện tử trên dân số từ 15 tuổi.",
  },
  {
    code: "XHS-06", pillar: "XHS", name: "Tỷ lệ trường phổ thông sử dụng học bạ số", nameEn: "Schools using digital school records",
    unit: "%", direction: "HIGHER_IS_BETTER", owner: "SGDDT", baseline: 0, target2025: 100, target2030: 100, current: 98.5, shape: 1.6, noise: 0.8, decimals: 1, max: 100,
    description: "Số trường tiểu học, THCS, THPT triển khai học bạ số trên tổng số trường phổ thông.",
  },
  {
    code: "XHS-07", pillar: "XHS", name: "Tỷ lệ thôn, tổ dân phố có Tổ công nghệ số cộng đồng hoạt động", nameEn: "Villages with an active community digital team",
    unit: "%", direction: "HIGHER_IS_BETTER", owner: "SKHCN", baseline: 0, target2025: 100, target2030: 100, current: 99.2, shape: 0.45, noise: 0.6, decimals: 1, max: 100,
    description: "Số thôn, tổ dân phố có Tổ công nghệ số cộng đồng hoạt động thường xuyên trên tổng số thôn, tổ dân phố.",
  },
  {
    code: "XHS-08", pillar: "XHS", name: "Tỷ lệ đối tượng bảo trợ xã hội nhận trợ cấp không dùng tiền mặt", nameEn: "Social-assistance beneficiaries paid cashless",
    unit: "%", direction: "HIGHER_IS_BETTER", owner: "SYT", baseline: 6, target2025: 90, target2030: 100, current: 95.5, shape: 0.8, noise: 1, decimals: 1, max: 100,
    description: "Số đối tượng nhận trợ cấp qua tài khoản trên tổng số đối tượng hưởng trợ cấp xã hội hàng tháng.",
  },
  {
    code: "XHS-09", pillar: "XHS", name: "Tỷ lệ thôn, bản còn vùng lõm sóng di động", nameEn: "Villages without mobile coverage",
    unit: "%", direction: "LOWER_IS_BETTER", owner: "SKHCN", baseline: 7.5, target2025: 0, target2030: 0, current: 0.9, shape: 0.8, noise: 0.15, decimals: 1, max: 100,
    description: "Số thôn, bản chưa được phủ sóng di động băng rộng trên tổng số thôn, bản (tập trung ở các xã vùng cao của Bắc Kạn cũ).",
  },
];
