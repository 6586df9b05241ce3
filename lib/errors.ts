// Typed errors with an HTTP status and a message the user may read (Vietnamese).
// Anything that is not an AppError is unexpected: the user sees a generic message with an
// event id, and the error is logged.
export type ErrorCode = "BAD_REQUEST" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "PAYLOAD_TOO_LARGE";

const STATUS: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
};

const DEFAULT_MESSAGE: Record<ErrorCode, string> = {
  BAD_REQUEST: "Dữ liệu gửi lên không hợp lệ.",
  UNAUTHORIZED: "Bạn cần đăng nhập để tiếp tục.",
  FORBIDDEN: "Bạn không có quyền thực hiện thao tác này.",
  NOT_FOUND: "Không tìm thấy dữ liệu yêu cầu.",
  CONFLICT: "Dữ liệu đã được người khác thay đổi. Vui lòng tải lại và thử lại.",
  PAYLOAD_TOO_LARGE: "Dữ liệu gửi lên quá lớn.",
  RATE_LIMITED: "Bạn thao tác quá nhanh. Vui lòng thử lại sau ít phút.",
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** Per-field messages (field name → message), for forms. */
  readonly fieldErrors?: Record<string, string>;

  constructor(code: ErrorCode, message?: string, fieldErrors?: Record<string, string>) {
    super(message ?? DEFAULT_MESSAGE[code]);
    this.name = "AppError";
    this.code = code;
    this.status = STATUS[code];
    this.fieldErrors = fieldErrors;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
