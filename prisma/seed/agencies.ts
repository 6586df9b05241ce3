// Agencies of Thái Nguyên after the July-2025 merger with Bắc Kạn: two-level local government
// (province + communes/wards, no district). Departments follow the 2025 restructuring
// (e.g. Sở Nông nghiệp và Môi trường, Sở Dân tộc và Tôn giáo; Sở Tài chính took over planning
// and investment, Sở Xây dựng took over transport). Addresses and phones are plausible, not
// verified.

export type AgencySeed = {
  code: string;
  name: string;
  shortName: string;
  kind: "PROVINCE" | "DEPARTMENT" | "COMMUNE";
  address: string;
  phone: string;
  email: string;
  /** Relative population / activity, used to spread commune dossiers. */
  weight?: number;
  /** Officer who receives dossiers and reports tasks (one per agency). */
  officer?: { fullName: string; title: string; gender: "Nam" | "Nữ" };
};

export const PROVINCE_CODE = "UBND";

export const AGENCIES: AgencySeed[] = [
  {
    code: PROVINCE_CODE, name: "Ủy ban nhân dân tỉnh Thái Nguyên", shortName: "UBND tỉnh", kind: "PROVINCE",
    address: "Số 18 đường Nha Trang, phường Phan Đình Phùng, tỉnh Thái Nguyên", phone: "0208 3855 688", email: "ubnd@thainguyen.gov.vn",
  },
  // ── Departments (sở, ban, ngành) ──
  {
    code: "VPUB", name: "Văn phòng Ủy ban nhân dân tỉnh", shortName: "Văn phòng UBND tỉnh", kind: "DEPARTMENT",
    address: "Số 18 đường Nha Trang, phường Phan Đình Phùng, tỉnh Thái Nguyên", phone: "0208 3851 220", email: "vpubnd@thainguyen.gov.vn",
    officer: { fullName: "Đỗ Thị Hải Yến", title: "Chuyên viên Phòng Kiểm soát thủ tục hành chính", gender: "Nữ" },
  },
  {
    code: "SNV", name: "Sở Nội vụ tỉnh Thái Nguyên", shortName: "Sở Nội vụ", kind: "DEPARTMENT",
    address: "Số 9 đường Đội Cấn, phường Phan Đình Phùng, tỉnh Thái Nguyên", phone: "0208 3851 426", email: "snv@thainguyen.gov.vn",
    officer: { fullName: "Hoàng Văn Tuấn", title: "Chuyên viên Văn phòng Sở", gender: "Nam" },
  },
  {
    code: "STP", name: "Sở Tư pháp tỉnh Thái Nguyên", shortName: "Sở Tư pháp", kind: "DEPARTMENT",
    address: "Số 6 đường Nha Trang, phường Phan Đình Phùng, tỉnh Thái Nguyên", phone: "0208 3856 532", email: "stp@thainguyen.gov.vn",
  },
  {
    code: "STC", name: "Sở Tài chính tỉnh Thái Nguyên", shortName: "Sở Tài chính", kind: "DEPARTMENT",
    address: "Số 4 đường Hoàng Văn Thụ, phường Phan Đình Phùng, tỉnh Thái Nguyên", phone: "0208 3855 273", email: "stc@thainguyen.gov.vn",
    officer: { fullName: "Phạm Minh Đức", title: "Chuyên viên Phòng Đăng ký kinh doanh", gender: "Nam" },
  },
  {
    code: "SCT", name: "Sở Công Thương tỉnh Thái Nguyên", shortName: "Sở Công Thương", kind: "DEPARTMENT",
    address: "Số 13 đường Cách mạng Tháng Tám, phường Phan Đình Phùng, tỉnh Thái Nguyên", phone: "0208 3855 486", email: "sct@thainguyen.gov.vn",
    officer: { fullName: "Nguyễn Thu Hương", title: "Chuyên viên Phòng Quản lý thương mại", gender: "Nữ" },
  },
  {
    code: "SNNMT", name: "Sở Nông nghiệp và Môi trường tỉnh Thái Nguyên", shortName: "Sở Nông nghiệp và Môi trường", kind: "DEPARTMENT",
    address: "Số 425 đường Phan Đình Phùng, phường Gia Sàng, tỉnh Thái Nguyên", phone: "0208 3855 321", email: "snnmt@thainguyen.gov.vn",
    officer: { fullName: "Lê Quang Huy", title: "Chuyên viên Văn phòng Đăng ký đất đai", gender: "Nam" },
  },
  {
    code: "SXD", name: "Sở Xây dựng tỉnh Thái Nguyên", shortName: "Sở Xây dựng", kind: "DEPARTMENT",
    address: "Số 2 đường Nha Trang, phường Phan Đình Phùng, tỉnh Thái Nguyên", phone: "0208 3855 637", email: "sxd@thainguyen.gov.vn",
    officer: { fullName: "Vũ Thành Long", title: "Chuyên viên Phòng Quản lý hoạt động xây dựng", gender: "Nam" },
  },
  {
    code: "SKHCN", name: "Sở Khoa học và Công nghệ tỉnh Thái Nguyên", shortName: "Sở Khoa học và Công nghệ", kind: "DEPARTMENT",
    address: "Số 513 đường Phan Đình Phùng, phường Gia Sàng, tỉnh Thái Nguyên", phone: "0208 3856 268", email: "skhcn@thainguyen.gov.vn",
    officer: { fullName: "Dương Ngọc Anh", title: "Chuyên viên Phòng Chuyển đổi số", gender: "Nữ" },
  },
  {
    code: "SGDDT", name: "Sở Giáo dục và Đào tạo tỉnh Thái Nguyên", shortName: "Sở Giáo dục và Đào tạo", kind: "DEPARTMENT",
    address: "Số 30 đường Ga, phường Phan Đình Phùng, tỉnh Thái Nguyên", phone: "0208 3852 651", email: "sgddt@thainguyen.gov.vn",
    officer: { fullName: "Bùi Thị Thanh Tâm", title: "Chuyên viên Phòng Khảo thí và Kiểm định chất lượng", gender: "Nữ" },
  },
  {
    code: "SYT", name: "Sở Y tế tỉnh Thái Nguyên", shortName: "Sở Y tế", kind: "DEPARTMENT",
    address: "Số 992 đường Dương Tự Minh, phường Quan Triều, tỉnh Thái Nguyên", phone: "0208 3855 540", email: "syt@thainguyen.gov.vn",
    officer: { fullName: "Ngô Văn Khánh", title: "Chuyên viên Phòng Nghiệp vụ Y", gender: "Nam" },
  },
  {
    code: "SVHTTDL", name: "Sở Văn hóa, Thể thao và Du lịch tỉnh Thái Nguyên", shortName: "Sở Văn hóa, Thể thao và Du lịch", kind: "DEPARTMENT",
    address: "Số 6 đường Nha Trang, phường Phan Đình Phùng, tỉnh Thái Nguyên", phone: "0208 3855 747", email: "svhttdl@thainguyen.gov.vn",
    officer: { fullName: "Ma Thị Lan", title: "Chuyên viên Phòng Quản lý văn hóa", gender: "Nữ" },
  },
  {
    code: "SDTTG", name: "Sở Dân tộc và Tôn giáo tỉnh Thái Nguyên", shortName: "Sở Dân tộc và Tôn giáo", kind: "DEPARTMENT",
    address: "Số 12 đường Đội Cấn, phường Phan Đình Phùng, tỉnh Thái Nguyên", phone: "0208 3654 318", email: "sdttg@thainguyen.gov.vn",
    officer: { fullName: "Nông Văn Thắng", title: "Chuyên viên Phòng Tôn giáo", gender: "Nam" },
  },
  {
    code: "BQLKCN", name: "Ban Quản lý các khu công nghiệp tỉnh Thái Nguyên", shortName: "Ban Quản lý các KCN", kind: "DEPARTMENT",
    address: "Số 8 đường Hoàng Văn Thụ, phường Phan Đình Phùng, tỉnh Thái Nguyên", phone: "0208 3658 898", email: "bqlkcn@thainguyen.gov.vn",
    officer: { fullName: "Đặng Hoài Nam", title: "Chuyên viên Phòng Quản lý doanh nghiệp", gender: "Nam" },
  },
  // ── Communes and wards (UBND xã, phường) ──
  {
    code: "PDP", name: "Ủy ban nhân dân phường Phan Đình Phùng", shortName: "Phường Phan Đình Phùng", kind: "COMMUNE", weight: 16,
    address: "Số 1 đường Hoàng Văn Thụ, phường Phan Đình Phùng, tỉnh Thái Nguyên", phone: "0208 3856 114", email: "pdp@thainguyen.gov.vn",
  },
  {
    code: "PGS", name: "Ủy ban nhân dân phường Gia Sàng", shortName: "Phường Gia Sàng", kind: "COMMUNE", weight: 10,
    address: "Tổ 7, phường Gia Sàng, tỉnh Thái Nguyên", phone: "0208 3855 902", email: "pgs@thainguyen.gov.vn",
    officer: { fullName: "Trần Văn Hùng", title: "Công chức Tư pháp – Hộ tịch", gender: "Nam" },
  },
  {
    code: "PQT", name: "Ủy ban nhân dân phường Quyết Thắng", shortName: "Phường Quyết Thắng", kind: "COMMUNE", weight: 9,
    address: "Tổ 12, phường Quyết Thắng, tỉnh Thái Nguyên", phone: "0208 3847 215", email: "pqt@thainguyen.gov.vn",
    officer: { fullName: "Lương Thị Hà", title: "Công chức Tư pháp – Hộ tịch", gender: "Nữ" },
  },
  {
    code: "PPY", name: "Ủy ban nhân dân phường Phổ Yên", shortName: "Phường Phổ Yên", kind: "COMMUNE", weight: 11,
    address: "Tổ dân phố 4, phường Phổ Yên, tỉnh Thái Nguyên", phone: "0208 3863 164", email: "ppy@thainguyen.gov.vn",
    officer: { fullName: "Nguyễn Thị Thu Trang", title: "Công chức Tư pháp – Hộ tịch", gender: "Nữ" },
  },
  {
    code: "PSC", name: "Ủy ban nhân dân phường Sông Công", shortName: "Phường Sông Công", kind: "COMMUNE", weight: 8,
    address: "Tổ dân phố 3, phường Sông Công, tỉnh Thái Nguyên", phone: "0208 3862 315", email: "psc@thainguyen.gov.vn",
    officer: { fullName: "Phạm Văn Quân", title: "Công chức Văn phòng – Thống kê", gender: "Nam" },
  },
  {
    code: "XDT", name: "Ủy ban nhân dân xã Đại Từ", shortName: "Xã Đại Từ", kind: "COMMUNE", weight: 8,
    address: "Xóm Đình, xã Đại Từ, tỉnh Thái Nguyên", phone: "0208 3824 236", email: "xdt@thainguyen.gov.vn",
    officer: { fullName: "Hà Văn Sơn", title: "Công chức Tư pháp – Hộ tịch", gender: "Nam" },
  },
  {
    code: "XPB", name: "Ủy ban nhân dân xã Phú Bình", shortName: "Xã Phú Bình", kind: "COMMUNE", weight: 7,
    address: "Xóm Hanh, xã Phú Bình, tỉnh Thái Nguyên", phone: "0208 3867 147", email: "xpb@thainguyen.gov.vn",
    officer: { fullName: "Dương Thị Mai", title: "Công chức Tư pháp – Hộ tịch", gender: "Nữ" },
  },
  {
    code: "XDH", name: "Ủy ban nhân dân xã Định Hóa", shortName: "Xã Định Hóa", kind: "COMMUNE", weight: 5,
    address: "Thôn Trung Kiên, xã Định Hóa, tỉnh Thái Nguyên", phone: "0208 3878 122", email: "xdh@thainguyen.gov.vn",
    officer: { fullName: "Ma Văn Dũng", title: "Công chức Tư pháp – Hộ tịch", gender: "Nam" },
  },
  {
    code: "PDX", name: "Ủy ban nhân dân phường Đức Xuân", shortName: "Phường Đức Xuân", kind: "COMMUNE", weight: 6,
    address: "Tổ 10, phường Đức Xuân, tỉnh Thái Nguyên", phone: "0209 3870 265", email: "pdx@thainguyen.gov.vn",
    officer: { fullName: "Hoàng Thị Nhung", title: "Công chức Tư pháp – Hộ tịch", gender: "Nữ" },
  },
  {
    code: "PBK", name: "Ủy ban nhân dân phường Bắc Kạn", shortName: "Phường Bắc Kạn", kind: "COMMUNE", weight: 5,
    address: "Tổ 5, phường Bắc Kạn, tỉnh Thái Nguyên", phone: "0209 3871 094", email: "pbk@thainguyen.gov.vn",
    officer: { fullName: "Triệu Văn Bình", title: "Công chức Văn phòng – Thống kê", gender: "Nam" },
  },
];

export const COMMUNES = AGENCIES.filter((a) => a.kind === "COMMUNE");
export const DEPARTMENTS = AGENCIES.filter((a) => a.kind === "DEPARTMENT");
