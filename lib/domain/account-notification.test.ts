import { describe, expect, it } from "vitest";
import { ACCOUNT_NOTIFICATION_TEMPLATES, renderAccountNotification } from "./notification-templates";

describe("renderAccountNotification", () => {
  const ctx = { fullName: "Đặng Thu Trang", link: "https://dvc.thainguyen.gov.vn/set-password/abc", expiresAt: new Date("2026-11-30T03:00:00Z"), portalUrl: "https://dvc.thainguyen.gov.vn" };

  it("puts the one-time link, its expiry (Vietnam time) and the greeting in every template", () => {
    for (const template of ACCOUNT_NOTIFICATION_TEMPLATES) {
      const m = renderAccountNotification(template, ctx);
      expect(m.subject.length).toBeGreaterThan(10);
      expect(m.body).toContain("Kính gửi ông/bà Đặng Thu Trang,");
      expect(m.body).toContain(ctx.link);
      expect(m.body).toContain("30/11/2026 10:00");
    }
  });

  it("says what happened: an invitation or a reset", () => {
    expect(renderAccountNotification("account.invited", ctx).body).toContain("đã tạo tài khoản");
    expect(renderAccountNotification("account.password_reset", ctx).body).toContain("Mật khẩu cũ không còn dùng được");
  });
});
