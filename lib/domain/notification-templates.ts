// What the portal tells a citizen when their dossier or feedback changes, and when a failed
// delivery is tried again. Texts follow the one-stop desk's standard notices (receipt with
// appointment date, request to supplement, refusal with reasons, apology with a new date).
// Pure: the caller loads the facts and passes the portal's public URL.
import { formatDate, formatDateTime } from "./format";

export const DOSSIER_NOTIFICATION_TEMPLATES = [
  "dossier.submitted",
  "dossier.received",
  "dossier.supplement_requested",
  "dossier.result_ready",
  "dossier.returned",
  "dossier.denied",
  "dossier.rejected",
  "dossier.apology",
] as const;
export type DossierNotificationTemplate = (typeof DOSSIER_NOTIFICATION_TEMPLATES)[number];

export const FEEDBACK_NOTIFICATION_TEMPLATES = ["feedback.answered"] as const;
export type FeedbackNotificationTemplate = (typeof FEEDBACK_NOTIFICATION_TEMPLATES)[number];

export type RenderedNotification = { subject: string; body: string };

export type DossierNotificationContext = {
  /** The code the citizen keeps; null for a dossier that has none yet. */
  code: string | null;
  procedureName: string;
  agencyName: string;
  applicantName: string;
  submittedAt: Date | null;
  receivedAt: Date | null;
  /** Appointment date (hẹn trả kết quả), already the new one after an apology. */
  dueAt: Date | null;
  /** Why: refusal, denial, supplement request, apology. */
  reason?: string | null;
  /** Documents to supplement. */
  missingDocuments?: readonly string[] | null;
  /** Anything else the officer wrote. */
  note?: string | null;
  /** Base URL of the portal, without a trailing slash. */
  portalUrl: string;
  /** When the change happened (fallback for missing dates). */
  now: Date;
};

export type FeedbackNotificationContext = {
  code: string;
  subject: string;
  agencyName: string;
  applicantName: string;
  answeredAt: Date;
  portalUrl: string;
};

export function isDossierNotificationTemplate(value: string): value is DossierNotificationTemplate {
  return (DOSSIER_NOTIFICATION_TEMPLATES as readonly string[]).includes(value);
}

export function isFeedbackNotificationTemplate(value: string): value is FeedbackNotificationTemplate {
  return (FEEDBACK_NOTIFICATION_TEMPLATES as readonly string[]).includes(value);
}

function clean(text: string | null | undefined, max = 1000): string | null {
  const t = text?.replace(/\s+/g, " ").trim();
  if (!t) return null;
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function paragraphs(...parts: (string | null | false | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === "string" && p.length > 0).join("\n\n");
}

const SIGNATURE = "Cổng Chuyển đổi số tỉnh Thái Nguyên";

export function renderDossierNotification(template: DossierNotificationTemplate, ctx: DossierNotificationContext): RenderedNotification {
  const ref = ctx.code ? `hồ sơ ${ctx.code}` : "hồ sơ";
  const Ref = ctx.code ? `Hồ sơ ${ctx.code}` : "Hồ sơ";
  const what = `${ref} (${ctx.procedureName})`;
  const greeting = `Kính gửi ông/bà ${ctx.applicantName},`;
  const reason = clean(ctx.reason);
  const note = clean(ctx.note);
  const due = ctx.dueAt ? formatDate(ctx.dueAt) : null;
  const track = `Theo dõi tiến độ: ${ctx.portalUrl}/lookup (nhập mã hồ sơ và 4 số cuối điện thoại) hoặc đăng nhập tại ${ctx.portalUrl}/my.`;
  const noteLine = note ? `Ghi chú của cơ quan: ${note}` : null;

  switch (template) {
    case "dossier.submitted":
      return {
        subject: `${Ref} đã được gửi đến ${ctx.agencyName}`,
        body: paragraphs(
          greeting,
          `Cổng dịch vụ công đã nhận ${what} gửi đến ${ctx.agencyName} ngày ${formatDate(ctx.submittedAt ?? ctx.now)}.`,
          "Bộ phận Một cửa sẽ kiểm tra và tiếp nhận hồ sơ; khi tiếp nhận, ông/bà sẽ nhận được thông báo kèm ngày hẹn trả kết quả.",
          track,
          SIGNATURE,
        ),
      };
    case "dossier.received":
      return {
        subject: `${Ref} đã được tiếp nhận`,
        body: paragraphs(
          greeting,
          `${ctx.agencyName} đã tiếp nhận ${what} ngày ${formatDate(ctx.receivedAt ?? ctx.now)}.`,
          due ? `Ngày hẹn trả kết quả: ${due}.` : null,
          noteLine,
          track,
          SIGNATURE,
        ),
      };
    case "dossier.supplement_requested": {
      const docs = (ctx.missingDocuments ?? []).map((d) => clean(d, 300)).filter((d): d is string => d !== null);
      return {
        subject: `Yêu cầu bổ sung, hoàn thiện ${ref}`,
        body: paragraphs(
          greeting,
          `${ctx.agencyName} đề nghị ông/bà bổ sung, hoàn thiện ${what}.`,
          reason ? `Lý do: ${reason}` : null,
          docs.length > 0 ? `Giấy tờ cần bổ sung:\n${docs.map((d) => `- ${d}`).join("\n")}` : null,
          "Thời hạn giải quyết tạm dừng cho đến khi ông/bà nộp đủ giấy tờ bổ sung. Vui lòng đăng nhập Cổng dịch vụ công để nộp bổ sung.",
          noteLine,
          `Đăng nhập: ${ctx.portalUrl}/my`,
          SIGNATURE,
        ),
      };
    }
    case "dossier.result_ready":
      return {
        subject: `${Ref} đã có kết quả`,
        body: paragraphs(
          greeting,
          `${Ref} (${ctx.procedureName}) đã có kết quả giải quyết của ${ctx.agencyName}.`,
          "Kết quả sẽ được trả theo hình thức ông/bà đã chọn khi nộp hồ sơ (bản điện tử trên Cổng, qua bưu chính hoặc tại Bộ phận Một cửa).",
          noteLine,
          track,
          SIGNATURE,
        ),
      };
    case "dossier.returned":
      return {
        subject: `Đã trả kết quả ${ref}`,
        body: paragraphs(
          greeting,
          `${ctx.agencyName} đã trả kết quả giải quyết ${what} ngày ${formatDate(ctx.now)}.`,
          "Mời ông/bà đăng nhập Cổng dịch vụ công để xem kết quả và đánh giá mức độ hài lòng.",
          `Đăng nhập: ${ctx.portalUrl}/my`,
          SIGNATURE,
        ),
      };
    case "dossier.denied":
      return {
        subject: `${Ref} không được giải quyết`,
        body: paragraphs(
          greeting,
          `${ctx.agencyName} thông báo không giải quyết ${what}.`,
          reason ? `Lý do: ${reason}` : null,
          noteLine,
          "Nếu chưa đồng ý, ông/bà có thể gửi phản ánh, kiến nghị trên Cổng dịch vụ công.",
          `Phản ánh, kiến nghị: ${ctx.portalUrl}/my/feedback`,
          SIGNATURE,
        ),
      };
    case "dossier.rejected":
      return {
        subject: `${Ref} chưa được tiếp nhận`,
        body: paragraphs(
          greeting,
          `Bộ phận Một cửa của ${ctx.agencyName} từ chối tiếp nhận ${what}.`,
          reason ? `Lý do: ${reason}` : null,
          noteLine,
          "Ông/bà có thể hoàn thiện và nộp lại hồ sơ mới trên Cổng dịch vụ công.",
          `Đăng nhập: ${ctx.portalUrl}/my`,
          SIGNATURE,
        ),
      };
    case "dossier.apology":
      return {
        subject: `Thư xin lỗi về việc trễ hẹn ${ref}`,
        body: paragraphs(
          greeting,
          `${ctx.agencyName} xin lỗi ông/bà vì ${what} chưa có kết quả đúng ngày hẹn.`,
          reason ? `Lý do: ${reason}` : null,
          due ? `Ngày hẹn trả kết quả mới: ${due}.` : null,
          noteLine,
          track,
          SIGNATURE,
        ),
      };
  }
}

export function renderFeedbackNotification(template: FeedbackNotificationTemplate, ctx: FeedbackNotificationContext): RenderedNotification {
  switch (template) {
    case "feedback.answered":
      return {
        subject: `Phản ánh, kiến nghị ${ctx.code} đã được trả lời`,
        body: paragraphs(
          `Kính gửi ông/bà ${ctx.applicantName},`,
          `${ctx.agencyName} đã trả lời phản ánh, kiến nghị ${ctx.code} “${clean(ctx.subject, 200)}” ngày ${formatDate(ctx.answeredAt)}.`,
          "Mời ông/bà xem câu trả lời và cho biết ông/bà có hài lòng với câu trả lời không.",
          `Xem câu trả lời: ${ctx.portalUrl}/my/feedback/${encodeURIComponent(ctx.code)}`,
          SIGNATURE,
        ),
      };
  }
}

/** Added under every e-mail (not to in-portal notifications). */
export const EMAIL_FOOTER = "Đây là thư tự động, vui lòng không trả lời thư này.";

// ───────────── Delivery: retries with exponential backoff ─────────────

/** Tries of one message before it is marked FAILED. */
export const MAX_NOTIFICATION_ATTEMPTS = 6;
const RETRY_BASE_MINUTES = 1;
const RETRY_FACTOR = 5;
const RETRY_CAP_MINUTES = 6 * 60;

/** Wait after the `attempts`-th failed try: 1, 5, 25, 125 minutes, then at most 6 hours. */
export function retryDelayMs(attempts: number): number {
  if (!Number.isInteger(attempts) || attempts < 1) throw new RangeError(`attempts must be a whole number ≥ 1, got ${attempts}`);
  const minutes = Math.min(RETRY_CAP_MINUTES, RETRY_BASE_MINUTES * RETRY_FACTOR ** (attempts - 1));
  return minutes * 60_000;
}

export type DeliveryOutcome =
  | { status: "SENT" }
  | { status: "PENDING"; nextAttemptAt: Date }
  | { status: "FAILED" };

/** What becomes of a message after its `attempts`-th try succeeded or failed. */
export function afterDeliveryAttempt(input: { attempts: number; succeeded: boolean; now: Date }): DeliveryOutcome {
  if (input.succeeded) return { status: "SENT" };
  if (input.attempts >= MAX_NOTIFICATION_ATTEMPTS) return { status: "FAILED" };
  return { status: "PENDING", nextAttemptAt: new Date(input.now.getTime() + retryDelayMs(input.attempts)) };
}

// ───────────── Accounts: invitation and password reset (e-mail only) ─────────────

export const ACCOUNT_NOTIFICATION_TEMPLATES = ["account.invited", "account.password_reset"] as const;
export type AccountNotificationTemplate = (typeof ACCOUNT_NOTIFICATION_TEMPLATES)[number];

export type AccountNotificationContext = {
  fullName: string;
  /** The one-time link to set a password. */
  link: string;
  expiresAt: Date;
  portalUrl: string;
};

export function renderAccountNotification(template: AccountNotificationTemplate, ctx: AccountNotificationContext): RenderedNotification {
  const greeting = `Kính gửi ông/bà ${ctx.fullName},`;
  const expiry = `Đường dẫn chỉ dùng được một lần và hết hạn lúc ${formatDateTime(ctx.expiresAt)}. Nếu đã hết hạn, vui lòng liên hệ quản trị hệ thống để được cấp lại.`;
  switch (template) {
    case "account.invited":
      return {
        subject: "Tài khoản của ông/bà trên Cổng Chuyển đổi số tỉnh Thái Nguyên",
        body: paragraphs(
          greeting,
          "Quản trị hệ thống đã tạo tài khoản cho ông/bà trên Cổng Chuyển đổi số tỉnh Thái Nguyên.",
          `Để bắt đầu sử dụng, vui lòng đặt mật khẩu tại: ${ctx.link}`,
          expiry,
          `Sau đó đăng nhập tại ${ctx.portalUrl}/sign-in bằng địa chỉ thư điện tử này.`,
          SIGNATURE,
        ),
      };
    case "account.password_reset":
      return {
        subject: "Đặt lại mật khẩu trên Cổng Chuyển đổi số tỉnh Thái Nguyên",
        body: paragraphs(
          greeting,
          "Quản trị hệ thống đã đặt lại mật khẩu tài khoản của ông/bà. Mật khẩu cũ không còn dùng được.",
          `Vui lòng đặt mật khẩu mới tại: ${ctx.link}`,
          expiry,
          "Nếu ông/bà không yêu cầu việc này, vui lòng báo ngay cho quản trị hệ thống.",
          SIGNATURE,
        ),
      };
  }
}
