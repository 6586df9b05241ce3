// Vietnamese texts of the "verify" feature (wired into ../vi.ts as `t.verify`): the public page
// that confirms an e-result is authentic, reached from the QR code printed on it.
export const verifyVi = {
  title: "Kiểm tra tính xác thực của kết quả",
  validTitle: "Kết quả hợp lệ",
  validLead: "Kết quả giải quyết thủ tục hành chính này được cấp qua Cổng Dịch vụ công tỉnh Thái Nguyên. Đối chiếu các thông tin dưới đây với bản kết quả bạn đang có.",
  resultNumber: "Số kết quả",
  procedure: "Thủ tục",
  agency: "Cơ quan cấp",
  issuedAt: "Ngày cấp",
  holder: "Người được cấp",
  status: "Tình trạng",
  statusValid: "Hợp lệ — được cấp bởi cơ quan có thẩm quyền",
  mismatch: "Nếu thông tin trên bản kết quả khác với thông tin trên trang này, bản kết quả đó không phải do cơ quan nhà nước cấp.",
  privacy: "Để bảo vệ thông tin cá nhân, trang này chỉ hiển thị những thông tin cần để đối chiếu.",
  invalidTitle: "Không xác thực được kết quả",
  invalidLead: "Mã kiểm tra không đúng hoặc kết quả không do Cổng Dịch vụ công tỉnh Thái Nguyên cấp.",
  invalidHelp: "Hãy quét lại mã QR trên bản kết quả hoặc kiểm tra lại đường dẫn. Nếu vẫn không xác thực được, không sử dụng bản kết quả này và liên hệ cơ quan đã cấp.",
  backHome: "Về trang chủ",
};
