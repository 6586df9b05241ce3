// The three pillars and an ILLUSTRATIVE list of the plan's 37 tasks (the official list is not
// published in machine-readable form; an administrator replaces it by import). Titles follow
// the wording of provincial digital-transformation plans. `outcome` is the state the demo
// shows today: the monthly history in plan.ts is generated to end there.

export type PillarSeed = { code: string; name: string; nameEn: string; description: string; order: number };

export const PILLARS: PillarSeed[] = [
  {
    code: "CQS", name: "Chính quyền số", nameEn: "Digital government", order: 1,
    description: "Cung cấp dịch vụ công trực tuyến toàn trình, dữ liệu dùng chung, chỉ đạo điều hành dựa trên dữ liệu và bảo đảm an toàn thông tin.",
  },
  {
    code: "KTS", name: "Kinh tế số", nameEn: "Digital economy", order: 2,
    description: "Phát triển doanh nghiệp công nghệ số, thương mại điện tử, thanh toán không dùng tiền mặt và chuyển đổi số trong các ngành kinh tế.",
  },
  {
    code: "XHS", name: "Xã hội số", nameEn: "Digital society", order: 3,
    description: "Phổ cập hạ tầng và kỹ năng số, định danh điện tử, y tế số, giáo dục số và an sinh xã hội không dùng tiền mặt.",
  },
];

export type TaskOutcome =
  | { status: "DONE"; completedAt: string }
  | { status: "ON_TRACK" | "AT_RISK" | "LATE"; progress: number }
  | { status: "NOT_STARTED" };

export type TaskSeed = {
  code: string;
  pillar: "CQS" | "KTS" | "XHS";
  title: string;
  description: string;
  lead: string; // agency code
  start: string;
  due: string;
  weight: 1 | 2 | 3;
  milestones: 2 | 3 | 4;
  outcome: TaskOutcome;
  /** Why it is behind, used in the notes of AT_RISK and LATE updates. */
  issue?: string;
};

export const TASKS: TaskSeed[] = [
  // ───────────── Chính quyền số (15) ─────────────
  {
    code: "NV01", pillar: "CQS", lead: "VPUB", start: "2021-03-01", due: "2022-06-30", weight: 3, milestones: 4, outcome: { status: "DONE", completedAt: "2022-06-20" },
    title: "Xây dựng Hệ thống thông tin giải quyết thủ tục hành chính tỉnh thống nhất từ tỉnh đến cơ sở",
    description: "Hợp nhất Cổng dịch vụ công và Hệ thống một cửa điện tử; kết nối Cổng Dịch vụ công quốc gia, các cơ sở dữ liệu quốc gia về dân cư, đất đai, đăng ký doanh nghiệp.",
  },
  {
    code: "NV02", pillar: "CQS", lead: "VPUB", start: "2021-04-01", due: "2025-12-31", weight: 3, milestones: 4, outcome: { status: "DONE", completedAt: "2025-10-28" },
    title: "Cung cấp 100% dịch vụ công trực tuyến toàn trình đối với thủ tục hành chính đủ điều kiện",
    description: "Rà soát, tái cấu trúc quy trình, cung cấp dịch vụ công trực tuyến toàn trình; tích hợp thanh toán trực tuyến và trả kết quả điện tử.",
  },
  {
    code: "NV03", pillar: "CQS", lead: "SKHCN", start: "2021-06-01", due: "2023-06-30", weight: 3, milestones: 4, outcome: { status: "DONE", completedAt: "2023-09-15" },
    title: "Xây dựng Trung tâm Giám sát, điều hành thông minh (IOC) tỉnh Thái Nguyên",
    description: "Xây dựng IOC với các phân hệ giám sát dịch vụ công, kinh tế – xã hội, an ninh trật tự, giao thông, môi trường; kết nối camera giám sát.",
  },
  {
    code: "NV04", pillar: "CQS", lead: "SKHCN", start: "2021-03-15", due: "2022-12-31", weight: 2, milestones: 3, outcome: { status: "DONE", completedAt: "2022-11-30" },
    title: "Xây dựng Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) và Kho dữ liệu dùng chung của tỉnh",
    description: "Triển khai LGSP kết nối các hệ thống thông tin của tỉnh với Nền tảng NDXP; xây dựng kho dữ liệu dùng chung và danh mục dữ liệu mở.",
  },
  {
    code: "NV05", pillar: "CQS", lead: "STP", start: "2022-01-01", due: "2025-12-31", weight: 2, milestones: 3, outcome: { status: "LATE", progress: 82 },
    title: "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực",
    description: "Số hóa sổ hộ tịch và 100% kết quả giải quyết TTHC còn hiệu lực thuộc thẩm quyền cấp tỉnh, cấp xã; tái sử dụng dữ liệu đã số hóa khi giải quyết TTHC.",
    issue: "khối lượng hồ sơ giấy tồn đọng của cấp huyện cũ lớn sau sắp xếp đơn vị hành chính",
  },
  {
    code: "NV06", pillar: "CQS", lead: "SKHCN", start: "2021-02-01", due: "2022-06-30", weight: 2, milestones: 3, outcome: { status: "DONE", completedAt: "2022-05-25" },
    title: "Triển khai hệ thống quản lý văn bản và điều hành liên thông, chữ ký số chuyên dùng đến cấp xã",
    description: "Gửi, nhận văn bản điện tử có ký số giữa các cơ quan nhà nước; cấp chứng thư số cho cán bộ, công chức.",
  },
  {
    code: "NV07", pillar: "CQS", lead: "SNV", start: "2021-06-01", due: "2023-12-31", weight: 1, milestones: 3, outcome: { status: "DONE", completedAt: "2023-11-20" },
    title: "Xây dựng cơ sở dữ liệu cán bộ, công chức, viên chức và người lao động của tỉnh",
    description: "Chuẩn hóa dữ liệu nhân sự, kết nối với Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức.",
  },
  {
    code: "NV08", pillar: "CQS", lead: "SNNMT", start: "2021-06-01", due: "2025-06-30", weight: 3, milestones: 4, outcome: { status: "LATE", progress: 71 },
    title: "Xây dựng cơ sở dữ liệu đất đai tỉnh, kết nối với Cơ sở dữ liệu quốc gia về đất đai",
    description: "Đo đạc, chỉnh lý bản đồ địa chính, xây dựng cơ sở dữ liệu địa chính cho toàn bộ xã, phường; làm sạch dữ liệu phục vụ Đề án 06.",
    issue: "chậm đo đạc bổ sung tại các xã vùng cao của Bắc Kạn cũ và thiếu kinh phí đối ứng",
  },
  {
    code: "NV09", pillar: "CQS", lead: "SKHCN", start: "2022-01-01", due: "2024-12-31", weight: 2, milestones: 3, outcome: { status: "DONE", completedAt: "2024-12-10" },
    title: "Triển khai Trung tâm giám sát an toàn thông tin mạng (SOC) và bảo đảm an toàn hệ thống thông tin theo cấp độ",
    description: "Phê duyệt cấp độ và triển khai phương án bảo vệ cho 100% hệ thống thông tin; kết nối SOC với Trung tâm Giám sát an toàn không gian mạng quốc gia.",
  },
  {
    code: "NV10", pillar: "CQS", lead: "VPUB", start: "2022-03-01", due: "2026-12-31", weight: 2, milestones: 4, outcome: { status: "AT_RISK", progress: 74 },
    title: "Xây dựng Hệ thống thông tin báo cáo và chỉ đạo điều hành dựa trên dữ liệu của tỉnh",
    description: "Số hóa chế độ báo cáo định kỳ, kết nối Hệ thống thông tin báo cáo Chính phủ; bảng điều hành cho lãnh đạo tỉnh theo thời gian thực.",
    issue: "các sở, ngành chưa cập nhật đầy đủ dữ liệu chỉ tiêu sau hợp nhất",
  },
  {
    code: "NV11", pillar: "CQS", lead: "SKHCN", start: "2022-06-01", due: "2025-12-31", weight: 1, milestones: 2, outcome: { status: "LATE", progress: 88 },
    title: "Chuyển đổi IPv6 cho mạng truyền số liệu chuyên dùng và các hệ thống thông tin của tỉnh",
    description: "Chuyển đổi IPv6 cho Cổng thông tin điện tử, Cổng dịch vụ công và các hệ thống dùng chung.",
    issue: "một số thiết bị mạng cũ tại cấp xã chưa hỗ trợ IPv6",
  },
  {
    code: "NV12", pillar: "CQS", lead: "SKHCN", start: "2021-05-01", due: "2022-12-31", weight: 1, milestones: 2, outcome: { status: "DONE", completedAt: "2022-09-30" },
    title: "Triển khai hệ thống hội nghị truyền hình trực tuyến từ tỉnh đến cấp xã",
    description: "Kết nối điểm cầu hội nghị trực tuyến tới 100% xã, phường; tích hợp với hệ thống của Chính phủ.",
  },
  {
    code: "NV13", pillar: "CQS", lead: "SNV", start: "2021-09-01", due: "2025-12-31", weight: 1, milestones: 3, outcome: { status: "LATE", progress: 93 },
    title: "Đào tạo, bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức",
    description: "Bồi dưỡng kỹ năng số cơ bản cho 100% cán bộ, công chức, viên chức; đào tạo chuyên sâu cho cán bộ chuyên trách công nghệ thông tin.",
    issue: "đội ngũ công chức cấp xã thay đổi lớn sau sắp xếp, phải bồi dưỡng lại",
  },
  {
    code: "NV14", pillar: "CQS", lead: "SKHCN", start: "2023-03-01", due: "2027-06-30", weight: 2, milestones: 4, outcome: { status: "ON_TRACK", progress: 80 },
    title: "Cập nhật Kiến trúc chính quyền số tỉnh Thái Nguyên phiên bản 3.0 sau hợp nhất đơn vị hành chính",
    description: "Cập nhật kiến trúc, danh mục hệ thống dùng chung và lộ trình đầu tư cho chính quyền hai cấp.",
  },
  {
    code: "NV15", pillar: "CQS", lead: "VPUB", start: "2023-06-01", due: "2028-12-31", weight: 2, milestones: 3, outcome: { status: "ON_TRACK", progress: 55 },
    title: "Ứng dụng trí tuệ nhân tạo hỗ trợ giải quyết thủ tục hành chính và trả lời người dân",
    description: "Trợ lý ảo hướng dẫn thủ tục, tự động bóc tách dữ liệu giấy tờ, cảnh báo hồ sơ sắp quá hạn cho cán bộ.",
  },
  // ───────────── Kinh tế số (11) ─────────────
  {
    code: "NV16", pillar: "KTS", lead: "STC", start: "2021-06-01", due: "2025-12-31", weight: 2, milestones: 3, outcome: { status: "DONE", completedAt: "2025-09-30" },
    title: "Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số (chương trình SMEdx)",
    description: "Hỗ trợ doanh nghiệp nhỏ và vừa sử dụng nền tảng số về quản trị, kế toán, bán hàng, hóa đơn điện tử.",
  },
  {
    code: "NV17", pillar: "KTS", lead: "SCT", start: "2021-03-01", due: "2025-06-30", weight: 2, milestones: 3, outcome: { status: "DONE", completedAt: "2025-05-20" },
    title: "Phát triển thương mại điện tử, đưa sản phẩm OCOP và chè Thái Nguyên lên sàn giao dịch điện tử",
    description: "Xây dựng gian hàng cho sản phẩm OCOP trên các sàn thương mại điện tử; đào tạo kỹ năng bán hàng trực tuyến cho hợp tác xã.",
  },
  {
    code: "NV18", pillar: "KTS", lead: "STC", start: "2021-06-01", due: "2026-12-31", weight: 2, milestones: 3, outcome: { status: "ON_TRACK", progress: 94 },
    title: "Đẩy mạnh thanh toán không dùng tiền mặt trong dịch vụ công, trường học, bệnh viện",
    description: "100% trường học, bệnh viện công lập chấp nhận thanh toán không dùng tiền mặt; thanh toán trực tuyến phí, lệ phí TTHC.",
  },
  {
    code: "NV19", pillar: "KTS", lead: "SKHCN", start: "2022-01-01", due: "2027-12-31", weight: 3, milestones: 4, outcome: { status: "AT_RISK", progress: 38 },
    title: "Xây dựng Khu công nghệ thông tin tập trung tỉnh Thái Nguyên",
    description: "Lập quy hoạch, thu hút nhà đầu tư hạ tầng, ưu đãi doanh nghiệp phần mềm và dịch vụ công nghệ số.",
    issue: "giải phóng mặt bằng chậm và chưa lựa chọn được nhà đầu tư hạ tầng",
  },
  {
    code: "NV20", pillar: "KTS", lead: "SNNMT", start: "2021-09-01", due: "2025-12-31", weight: 2, milestones: 3, outcome: { status: "LATE", progress: 79 },
    title: "Phát triển nông nghiệp thông minh: cấp mã số vùng trồng, truy xuất nguồn gốc chè và nông sản chủ lực",
    description: "Cấp mã số vùng trồng, áp dụng tem truy xuất nguồn gốc điện tử cho chè, gạo Bao thai, miến dong Bắc Kạn.",
    issue: "nhiều hợp tác xã chưa đủ điều kiện kỹ thuật để cập nhật nhật ký sản xuất điện tử",
  },
  {
    code: "NV21", pillar: "KTS", lead: "SKHCN", start: "2021-03-01", due: "2025-12-31", weight: 2, milestones: 3, outcome: { status: "LATE", progress: 84 },
    title: "Phát triển doanh nghiệp công nghệ số, mục tiêu trên 1.000 doanh nghiệp đến năm 2025",
    description: "Chương trình ươm tạo, hỗ trợ khởi nghiệp đổi mới sáng tạo, kết nối doanh nghiệp công nghệ số với nhu cầu của tỉnh.",
    issue: "số doanh nghiệp giải thể, tạm ngừng hoạt động tăng trong năm 2025",
  },
  {
    code: "NV22", pillar: "KTS", lead: "BQLKCN", start: "2022-03-01", due: "2024-12-31", weight: 1, milestones: 2, outcome: { status: "DONE", completedAt: "2024-11-15" },
    title: "Chuyển đổi số trong quản lý các khu công nghiệp: lao động, môi trường, đầu tư trực tuyến",
    description: "Hệ thống quản lý doanh nghiệp, lao động và quan trắc môi trường tự động tại các khu công nghiệp.",
  },
  {
    code: "NV23", pillar: "KTS", lead: "SVHTTDL", start: "2021-06-01", due: "2024-06-30", weight: 1, milestones: 3, outcome: { status: "DONE", completedAt: "2024-06-25" },
    title: "Phát triển du lịch thông minh: cổng thông tin, bản đồ số và thuyết minh tự động tại điểm du lịch",
    description: "Cổng du lịch thông minh, ứng dụng trên thiết bị di động, thuyết minh tự động tại hồ Núi Cốc, hồ Ba Bể, ATK Định Hóa.",
  },
  {
    code: "NV24", pillar: "KTS", lead: "STC", start: "2022-01-01", due: "2026-12-31", weight: 1, milestones: 2, outcome: { status: "AT_RISK", progress: 80 },
    title: "Triển khai hóa đơn điện tử khởi tạo từ máy tính tiền cho hộ kinh doanh",
    description: "Phối hợp cơ quan thuế triển khai hóa đơn điện tử cho hộ kinh doanh, hộ kê khai trong lĩnh vực bán lẻ, ăn uống.",
    issue: "hộ kinh doanh nhỏ ở khu vực nông thôn còn ngần ngại, thiếu thiết bị",
  },
  {
    code: "NV25", pillar: "KTS", lead: "SKHCN", start: "2023-06-01", due: "2030-12-31", weight: 3, milestones: 4, outcome: { status: "ON_TRACK", progress: 40 },
    title: "Đề án phát triển kinh tế số đạt 30% GRDP vào năm 2030",
    description: "Phát triển công nghiệp công nghệ số, số hóa các ngành kinh tế chủ lực, đo lường kinh tế số theo hướng dẫn của Tổng cục Thống kê.",
  },
  {
    code: "NV26", pillar: "KTS", lead: "SCT", start: "2023-01-01", due: "2027-12-31", weight: 1, milestones: 3, outcome: { status: "AT_RISK", progress: 31 },
    title: "Phát triển logistics số và sàn giao dịch nông sản của tỉnh",
    description: "Sàn giao dịch nông sản kết nối hợp tác xã với doanh nghiệp thu mua, tích hợp vận chuyển và thanh toán.",
    issue: "chưa lựa chọn được đơn vị vận hành sàn theo hình thức hợp tác công tư",
  },
  // ───────────── Xã hội số (11) ─────────────
  {
    code: "NV27", pillar: "XHS", lead: "SKHCN", start: "2021-03-01", due: "2025-12-31", weight: 3, milestones: 4, outcome: { status: "DONE", completedAt: "2025-11-30" },
    title: "Phổ cập điện thoại thông minh và cáp quang đến hộ gia đình, xóa vùng lõm sóng",
    description: "Phối hợp doanh nghiệp viễn thông phủ sóng 4G/5G, kéo cáp quang đến thôn, hỗ trợ hộ nghèo có điện thoại thông minh.",
  },
  {
    code: "NV28", pillar: "XHS", lead: "SKHCN", start: "2022-03-01", due: "2023-06-30", weight: 1, milestones: 2, outcome: { status: "DONE", completedAt: "2023-04-28" },
    title: "Thành lập và duy trì Tổ công nghệ số cộng đồng tại 100% thôn, tổ dân phố",
    description: "Tổ công nghệ số cộng đồng hướng dẫn người dân cài đặt VNeID, sử dụng dịch vụ công trực tuyến và thanh toán điện tử.",
  },
  {
    code: "NV29", pillar: "XHS", lead: "VPUB", start: "2022-03-01", due: "2026-12-31", weight: 2, milestones: 3, outcome: { status: "ON_TRACK", progress: 96 },
    title: "Triển khai Đề án 06: định danh điện tử, tích hợp VNeID với dịch vụ công của tỉnh",
    description: "Đăng nhập một lần bằng VNeID, khai thác Cơ sở dữ liệu quốc gia về dân cư để giảm giấy tờ khi giải quyết TTHC.",
  },
  {
    code: "NV30", pillar: "XHS", lead: "SYT", start: "2022-01-01", due: "2025-12-31", weight: 2, milestones: 4, outcome: { status: "LATE", progress: 76 },
    title: "Triển khai hồ sơ sức khỏe điện tử và bệnh án điện tử tại các bệnh viện",
    description: "100% người dân có hồ sơ sức khỏe điện tử; 100% bệnh viện tuyến tỉnh triển khai bệnh án điện tử.",
    issue: "một số bệnh viện chưa hoàn thành hạ tầng lưu trữ và thẩm định bệnh án điện tử",
  },
  {
    code: "NV31", pillar: "XHS", lead: "SGDDT", start: "2021-09-01", due: "2025-06-30", weight: 2, milestones: 3, outcome: { status: "DONE", completedAt: "2025-06-10" },
    title: "Chuyển đổi số trong giáo dục: học bạ số, sổ điểm điện tử, dạy học trực tuyến",
    description: "Học bạ số cho 100% trường phổ thông; cơ sở dữ liệu ngành giáo dục kết nối với cơ sở dữ liệu của Bộ.",
  },
  {
    code: "NV32", pillar: "XHS", lead: "SKHCN", start: "2022-06-01", due: "2026-12-31", weight: 1, milestones: 2, outcome: { status: "ON_TRACK", progress: 92 },
    title: "Phổ cập kỹ năng số cho người dân qua nền tảng học trực tuyến mở đại trà",
    description: "Khóa học kỹ năng số cơ bản, an toàn trên không gian mạng cho người dân, học sinh, người cao tuổi.",
  },
  {
    code: "NV33", pillar: "XHS", lead: "SYT", start: "2022-01-01", due: "2024-12-31", weight: 1, milestones: 2, outcome: { status: "DONE", completedAt: "2024-12-20" },
    title: "Chi trả trợ cấp an sinh xã hội không dùng tiền mặt",
    description: "Chi trả trợ cấp bảo trợ xã hội, người có công qua tài khoản ngân hàng, ví điện tử.",
  },
  {
    code: "NV34", pillar: "XHS", lead: "SVHTTDL", start: "2023-01-01", due: "2027-12-31", weight: 1, milestones: 3, outcome: { status: "ON_TRACK", progress: 70 },
    title: "Số hóa di sản văn hóa, di tích ATK Định Hóa và Vườn quốc gia Ba Bể",
    description: "Số hóa 3D di tích, hiện vật; xây dựng bảo tàng số và kho dữ liệu di sản văn hóa của tỉnh.",
  },
  {
    code: "NV35", pillar: "XHS", lead: "SDTTG", start: "2023-03-01", due: "2028-12-31", weight: 2, milestones: 3, outcome: { status: "AT_RISK", progress: 27 },
    title: "Chuyển đổi số vùng đồng bào dân tộc thiểu số và miền núi",
    description: "Hạ tầng, kỹ năng số và dịch vụ số cho các xã vùng cao; nội dung số bằng tiếng Tày, Nùng, Dao.",
    issue: "địa bàn rộng, chia cắt sau hợp nhất; nguồn vốn chương trình mục tiêu quốc gia giải ngân chậm",
  },
  {
    code: "NV36", pillar: "XHS", lead: "SXD", start: "2027-01-01", due: "2030-12-31", weight: 2, milestones: 3, outcome: { status: "NOT_STARTED" },
    title: "Xây dựng đô thị thông minh: giao thông thông minh, chiếu sáng và camera giám sát",
    description: "Triển khai giai đoạn 2027–2030 theo định hướng đến năm 2030: điều khiển giao thông thông minh, chiếu sáng thông minh tại các phường trung tâm.",
  },
  {
    code: "NV37", pillar: "XHS", lead: "SYT", start: "2027-01-01", due: "2030-12-31", weight: 1, milestones: 2, outcome: { status: "NOT_STARTED" },
    title: "Y tế thông minh: khám, chữa bệnh từ xa đến trạm y tế xã",
    description: "Kết nối trạm y tế xã với bệnh viện tuyến tỉnh để hội chẩn, khám chữa bệnh từ xa (giai đoạn 2027–2030).",
  },
];

/** Milestone titles by count, in order. */
export const MILESTONE_TITLES: Record<2 | 3 | 4, string[]> = {
  2: ["Ban hành kế hoạch triển khai, phân công nhiệm vụ", "Nghiệm thu, đưa vào vận hành chính thức"],
  3: ["Ban hành kế hoạch triển khai, phân công nhiệm vụ", "Triển khai thí điểm tại một số đơn vị", "Triển khai diện rộng, nghiệm thu hoàn thành"],
  4: [
    "Ban hành kế hoạch triển khai, phân công nhiệm vụ",
    "Hoàn thành khảo sát, phê duyệt giải pháp kỹ thuật",
    "Triển khai thí điểm, đánh giá kết quả",
    "Triển khai diện rộng, nghiệm thu hoàn thành",
  ],
};
