import { describe, expect, it } from "vitest";
import {
  afterDeliveryAttempt,
  DOSSIER_NOTIFICATION_TEMPLATES,
  isDossierNotificationTemplate,
  isFeedbackNotificationTemplate,
  MAX_NOTIFICATION_ATTEMPTS,
  renderDossierNotification,
  renderFeedbackNotification,
  retryDelayMs,
  type DossierNotificationContext,
} from "./notification-templates";

const ctx: DossierNotificationContext = {
  code: "STP-261127-0042",
  procedureName: "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam",
  agencyName: "Sở Tư pháp tỉnh Thái Nguyên",
  applicantName: "Nguyễn Văn An",
  submittedAt: new Date("2026-11-26T02:00:00Z"),
  receivedAt: new Date("2026-11-27T01:30:00Z"),
  dueAt: new Date("2026-12-08T10:00:00Z"),
  portalUrl: "https://dichvucong.thainguyen.gov.vn",
  now: new Date("2026-11-27T03:00:00Z"),
};

describe("renderDossierNotification", () => {
  it.each(DOSSIER_NOTIFICATION_TEMPLATES)("%s names the dossier, the procedure and the agency, in Vietnamese", (template) => {
    const { subject, body } = renderDossierNotification(template, ctx);
    expect(subject).toContain("STP-261127-0042");
    expect(body).toContain("STP-261127-0042");
    expect(body).toContain(ctx.procedureName);
    expect(body).toContain(ctx.agencyName);
    expect(body).toMatch(/^Kính gửi ông\/bà Nguyễn Văn An,/);
    expect(body).toContain("https://dichvucong.thainguyen.gov.vn/");
    expect(body).not.toMatch(/undefined|null|NaN|\[object/);
  });

  it("every template has its own subject", () => {
    const subjects = DOSSIER_NOTIFICATION_TEMPLATES.map((t) => renderDossierNotification(t, ctx).subject);
    expect(new Set(subjects).size).toBe(subjects.length);
  });

  it("the receipt gives the receipt date and the appointment date dd/mm/yyyy (Vietnam time)", () => {
    const { subject, body } = renderDossierNotification("dossier.received", ctx);
    expect(subject).toBe("Hồ sơ STP-261127-0042 đã được tiếp nhận");
    expect(body).toContain("ngày 27/11/2026");
    expect(body).toContain("Ngày hẹn trả kết quả: 08/12/2026.");
  });

  it("the supplement request lists the reason and each missing document, and says the clock stops", () => {
    const { body } = renderDossierNotification("dossier.supplement_requested", {
      ...ctx,
      reason: "Bản sao căn cước   bị mờ",
      missingDocuments: ["Bản sao Căn cước công dân", "  ", "Tờ khai có chữ ký"],
    });
    expect(body).toContain("Lý do: Bản sao căn cước bị mờ");
    expect(body).toContain("- Bản sao Căn cước công dân\n- Tờ khai có chữ ký");
    expect(body).toContain("tạm dừng");
  });

  it("refusals carry their reason; without one there is no empty line", () => {
    expect(renderDossierNotification("dossier.rejected", { ...ctx, reason: "Không thuộc thẩm quyền" }).body).toContain("Lý do: Không thuộc thẩm quyền");
    expect(renderDossierNotification("dossier.denied", { ...ctx, reason: null }).body).not.toContain("Lý do");
    expect(renderDossierNotification("dossier.denied", ctx).body).not.toMatch(/\n\n\n/);
  });

  it("the apology gives the new appointment date", () => {
    const { subject, body } = renderDossierNotification("dossier.apology", { ...ctx, dueAt: new Date("2026-12-15T10:00:00Z"), reason: "Chờ xác minh" });
    expect(subject).toBe("Thư xin lỗi về việc trễ hẹn hồ sơ STP-261127-0042");
    expect(body).toContain("Ngày hẹn trả kết quả mới: 15/12/2026.");
  });

  it("works for a dossier without a code or dates", () => {
    const { subject, body } = renderDossierNotification("dossier.submitted", { ...ctx, code: null, submittedAt: null, receivedAt: null, dueAt: null });
    expect(subject).toBe("Hồ sơ đã được gửi đến Sở Tư pháp tỉnh Thái Nguyên");
    expect(body).toContain("ngày 27/11/2026");
    expect(body).not.toMatch(/undefined|null/);
  });

  it("shortens very long officer texts", () => {
    const { body } = renderDossierNotification("dossier.denied", { ...ctx, reason: "x".repeat(5000) });
    expect(body.length).toBeLessThan(2500);
    expect(body).toContain("…");
  });
});

describe("renderFeedbackNotification", () => {
  it("links to the answer", () => {
    const { subject, body } = renderFeedbackNotification("feedback.answered", {
      code: "PAKN-261127-0007",
      subject: "Hồ sơ bị trễ hẹn",
      agencyName: "Sở Tư pháp tỉnh Thái Nguyên",
      applicantName: "Trần Thị Bình",
      answeredAt: new Date("2026-12-01T08:00:00Z"),
      portalUrl: "http://localhost:3000",
    });
    expect(subject).toBe("Phản ánh, kiến nghị PAKN-261127-0007 đã được trả lời");
    expect(body).toContain("“Hồ sơ bị trễ hẹn” ngày 01/12/2026");
    expect(body).toContain("http://localhost:3000/my/feedback/PAKN-261127-0007");
  });
});

describe("template names", () => {
  it("are recognised", () => {
    expect(isDossierNotificationTemplate("dossier.received")).toBe(true);
    expect(isDossierNotificationTemplate("dossier.approved")).toBe(false);
    expect(isFeedbackNotificationTemplate("feedback.answered")).toBe(true);
    expect(isFeedbackNotificationTemplate("dossier.received")).toBe(false);
  });
});

describe("retries", () => {
  it.each([
    [1, 1],
    [2, 5],
    [3, 25],
    [4, 125],
    [5, 360],
    [9, 360],
  ])("after try %i wait %i minutes", (attempts, minutes) => {
    expect(retryDelayMs(attempts)).toBe(minutes * 60_000);
  });

  it.each([0, -1, 1.5])("refuses attempts=%s", (attempts) => expect(() => retryDelayMs(attempts)).toThrow(RangeError));

  const now = new Date("2026-11-27T03:00:00Z");
  it("a success is SENT whatever the attempt", () => {
    expect(afterDeliveryAttempt({ attempts: 1, succeeded: true, now })).toEqual({ status: "SENT" });
    expect(afterDeliveryAttempt({ attempts: MAX_NOTIFICATION_ATTEMPTS, succeeded: true, now })).toEqual({ status: "SENT" });
  });

  it(`a failure is retried until the ${MAX_NOTIFICATION_ATTEMPTS}th try, then FAILED`, () => {
    expect(afterDeliveryAttempt({ attempts: 1, succeeded: false, now })).toEqual({ status: "PENDING", nextAttemptAt: new Date("2026-11-27T03:01:00Z") });
    expect(afterDeliveryAttempt({ attempts: 3, succeeded: false, now })).toEqual({ status: "PENDING", nextAttemptAt: new Date("2026-11-27T03:25:00Z") });
    expect(afterDeliveryAttempt({ attempts: MAX_NOTIFICATION_ATTEMPTS - 1, succeeded: false, now }).status).toBe("PENDING");
    expect(afterDeliveryAttempt({ attempts: MAX_NOTIFICATION_ATTEMPTS, succeeded: false, now })).toEqual({ status: "FAILED" });
  });
});
