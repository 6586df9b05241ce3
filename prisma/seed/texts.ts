// Vietnamese wording of dossier events, refusals and ratings, as one-stop desks write them.

export const NOTE = {
  submitOnline: "Nộp hồ sơ trực tuyến trên Cổng dịch vụ công tỉnh Thái Nguyên",
  submitNational: "Hồ sơ nộp trên Cổng Dịch vụ công quốc gia, đồng bộ về hệ thống của tỉnh",
  receiveCounter: "Tiếp nhận hồ sơ trực tiếp tại Bộ phận Một cửa",
  receivePostal: "Tiếp nhận hồ sơ qua dịch vụ bưu chính công ích",
  receiveOnline: "Tiếp nhận hồ sơ trực tuyến",
  process: "Chuyển hồ sơ đến bộ phận chuyên môn thẩm định, xử lý",
  supplementOnline: "Người nộp đã bổ sung, hoàn thiện hồ sơ trực tuyến theo yêu cầu",
  supplementCounter: "Người nộp đã bổ sung hồ sơ trực tiếp tại Bộ phận Một cửa",
  returnElectronic: "Trả kết quả điện tử vào tài khoản của người nộp trên Cổng dịch vụ công",
  returnCounter: "Trả kết quả trực tiếp tại Bộ phận Một cửa",
  returnPostal: "Gửi kết quả qua dịch vụ bưu chính công ích",
  withdraw: "Người nộp đề nghị rút hồ sơ",
} as const;

export const SUPPLEMENT_DEFECTS = [
  "bản chụp không rõ nét, đề nghị chụp lại bản gốc",
  "thiếu chữ ký của người yêu cầu",
  "thông tin không thống nhất với Cơ sở dữ liệu quốc gia về dân cư",
  "chưa ghi đầy đủ các mục theo mẫu",
  "giấy tờ đã hết hiệu lực, đề nghị bổ sung bản còn hiệu lực",
];

export const REJECT_REASONS = [
  "Từ chối tiếp nhận: thủ tục không thuộc thẩm quyền giải quyết của cơ quan, đề nghị nộp tại cơ quan có thẩm quyền",
  "Từ chối tiếp nhận: hồ sơ nộp trùng với hồ sơ đã tiếp nhận trước đó",
  "Từ chối tiếp nhận: thành phần hồ sơ không đúng quy định, tệp đính kèm không mở được",
  "Từ chối tiếp nhận: người nộp không cung cấp đủ thông tin theo yêu cầu",
];

export const DENY_REASONS = [
  "Không giải quyết: hồ sơ không đáp ứng điều kiện theo quy định của pháp luật",
  "Không giải quyết: người nộp không bổ sung hồ sơ trong thời hạn quy định",
  "Không giải quyết: kết quả xác minh không phù hợp với nội dung kê khai",
  "Không giải quyết: đối tượng không thuộc phạm vi điều chỉnh của thủ tục",
];

export const WITHDRAW_REASONS = [
  "Người nộp đề nghị rút hồ sơ để bổ sung giấy tờ và nộp lại",
  "Người nộp đề nghị rút hồ sơ do thay đổi nhu cầu",
  "Người nộp đề nghị rút hồ sơ do nộp nhầm thủ tục",
];

export const RATING_COMMENTS: Record<"SATISFIED" | "NEUTRAL" | "DISSATISFIED", string[]> = {
  SATISFIED: [
    "Cán bộ hướng dẫn nhiệt tình, trả kết quả sớm hơn hẹn.",
    "Nộp trực tuyến rất tiện, không phải đi lại.",
    "Thủ tục nhanh gọn, nhận kết quả điện tử ngay trên điện thoại.",
    "Hài lòng với thái độ phục vụ của Bộ phận Một cửa.",
    "Thanh toán lệ phí trực tuyến thuận tiện.",
  ],
  NEUTRAL: [
    "Kết quả đúng hẹn nhưng phải bổ sung giấy tờ nhiều lần.",
    "Giao diện nộp hồ sơ còn khó dùng với người lớn tuổi.",
    "Nên gửi tin nhắn thông báo khi hồ sơ thay đổi trạng thái.",
  ],
  DISSATISFIED: [
    "Hồ sơ bị trễ hẹn so với phiếu hẹn.",
    "Phải chờ lâu, không được thông báo lý do chậm.",
    "Yêu cầu bổ sung giấy tờ đã có trong cơ sở dữ liệu dân cư.",
  ],
};
