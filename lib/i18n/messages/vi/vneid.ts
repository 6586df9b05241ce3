// Vietnamese texts of the "vneid" feature (wired into ../vi.ts as `t.vneid`).
export const vneidVi = {
  /** Separates the portal's own sign-in form from the national digital identity. */
  or: "hoặc",
  button: "Đăng nhập bằng tài khoản định danh điện tử (VNeID)",
  redirecting: "Đang chuyển đến VNeID…",
  note: "Dành cho công dân. Họ tên, số định danh cá nhân, ngày sinh, giới tính và nơi cư trú được lấy từ tài khoản định danh điện tử, bạn không phải khai lại khi nộp hồ sơ.",
  errorTitle: "Chưa đăng nhập được bằng VNeID",
  errors: {
    bad_national_id:
      "Tài khoản định danh điện tử không cung cấp số định danh cá nhân hợp lệ (12 chữ số), nên cổng không thể xác thực danh tính của bạn. Vui lòng kiểm tra thông tin trên ứng dụng VNeID hoặc đăng nhập bằng tài khoản của cổng.",
    incomplete_claims:
      "Tài khoản định danh điện tử chưa cung cấp đủ thông tin (họ tên, mã định danh). Vui lòng đồng ý chia sẻ thông tin khi VNeID hỏi, rồi thử lại.",
    inactive: "Tài khoản của bạn trên cổng đang bị khóa. Vui lòng liên hệ tổng đài hỗ trợ 0208 3 000 000.",
    not_citizen:
      "Số định danh cá nhân này gắn với một tài khoản cán bộ. Tài khoản cán bộ, lãnh đạo và quản trị chỉ đăng nhập bằng thư điện tử hoặc số điện thoại và mật khẩu.",
    conflict:
      "Thông tin định danh trùng với một tài khoản khác trên cổng. Vui lòng liên hệ tổng đài hỗ trợ 0208 3 000 000 để được kiểm tra.",
    failed: "Việc đăng nhập qua VNeID chưa hoàn tất (đã hủy, hoặc hệ thống định danh không phản hồi). Vui lòng thử lại.",
  },
};
