import { expect, test } from "@playwright/test";
import { advanceToDocuments, startApplicationFor, walkTheForm } from "./support/application-form";
import { expectAccessible, signIn, visit } from "./helpers";

test("a citizen finds a free procedure without diacritics, applies with a real PDF and gets a receipt", async ({ page }) => {
  await signIn(page, "citizen2");
  await visit(page, "/procedures?q=dang+ky+khai+sinh");
  await page.getByRole("link", { name: "Đăng ký khai sinh", exact: true }).click();
  await page.getByRole("link", { name: "Nộp hồ sơ trực tuyến" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nộp hồ sơ: Đăng ký khai sinh" })).toBeVisible();
  // Birth registration is a commune procedure: the citizen chooses where to apply.
  await page.getByLabel("Nộp tại xã, phường").selectOption({ label: "Ủy ban nhân dân phường Phan Đình Phùng" });
  await page.getByRole("button", { name: "Bắt đầu" }).click();
  // The applicant's details are prefilled from the account.
  await expect(page.getByLabel("Họ, chữ đệm và tên")).toHaveValue("Trần Thị Bình");
  await expectAccessible(page);
  await walkTheForm(page);
  await expect(page.getByText("Thủ tục không thu phí.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Nộp hồ sơ" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Đã nộp hồ sơ thành công" })).toBeVisible();
  const code = await page.locator("strong.font-mono").first().innerText();
  expect(code).toMatch(/^[A-Z][A-Z0-9]+-\d{6}-\d{4,}$/);
  await expectAccessible(page);
  await expect(page.getByText(/^\d{2}\/\d{2}\/\d{4}$/).first()).toBeVisible();
  // Going back and pressing "submit" again (or a retry) does not create a second dossier.
  await page.goBack();
  await page.getByRole("button", { name: "Nộp hồ sơ" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Đã nộp hồ sơ thành công" })).toBeVisible();
  await expect(page.locator("strong.font-mono").first()).toHaveText(code);
});

test("a fee is paid in the sandbox gateway before submitting", async ({ page }) => {
  await signIn(page, "citizen");
  await startApplicationFor(page, "ly lich tu phap", /Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam/);
  await walkTheForm(page);
  await expect(page.getByText(/Cần thanh toán [\d.]+ ₫ trước khi nộp hồ sơ/)).toBeVisible();
  await page.getByRole("button", { name: "Thanh toán lệ phí" }).click();
  // The gateway's own page.
  await expect(page.getByRole("heading", { level: 1, name: "Cổng thanh toán thử nghiệm (sandbox)" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Hủy giao dịch" }).click();
  await expect(page.getByText("Bạn đã hủy giao dịch.")).toBeVisible();
  await page.getByRole("link", { name: "Thanh toán lại" }).click();
  await page.getByRole("button", { name: "Thanh toán lệ phí" }).click();
  await page.getByRole("button", { name: "Xác nhận thanh toán" }).click();
  await expect(page.getByText("Thanh toán thành công. Bạn có thể nộp hồ sơ.")).toBeVisible();
  await page.getByRole("link", { name: "Quay lại bước nộp hồ sơ" }).click();
  await expect(page.getByText(/Đã thanh toán trực tuyến/)).toBeVisible();
  await page.getByRole("button", { name: "Nộp hồ sơ" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Đã nộp hồ sơ thành công" })).toBeVisible();
});

test("bad answers get a linked error summary, a message beside the field, and the input is kept", async ({ page }) => {
  await signIn(page, "citizen2");
  await startApplicationFor(page, "ly lich tu phap", /Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam/);
  // What the national identity provided is shown but cannot be changed.
  await expect(page.getByLabel("Số định danh cá nhân (CCCD)")).toHaveAttribute("readonly", "");
  await expect(page.getByText("Lấy từ tài khoản định danh điện tử, không sửa được").first()).toBeVisible();
  await page.getByLabel("Số điện thoại").fill("12345");
  await page.getByLabel("Thư điện tử (không bắt buộc)").fill("khong-phai-thu@");
  await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();
  const summary = page.getByRole("alert", { name: "Có lỗi cần sửa" });
  await expect(summary).toContainText("Số điện thoại không hợp lệ (ví dụ 0912345678).");
  await expect(summary).toContainText("Thư điện tử không hợp lệ");
  await summary.getByRole("link", { name: "Số điện thoại không hợp lệ (ví dụ 0912345678)." }).click();
  await expect(page.getByLabel("Số điện thoại")).toBeFocused();
  await expect(page.getByLabel("Số điện thoại")).toHaveValue("12345");
  await expect(page.getByLabel("Số điện thoại")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  // A draft save keeps the valid answers and says so.
  await page.getByLabel("Số điện thoại").fill("0987654321");
  await page.getByLabel("Thư điện tử (không bắt buộc)").fill("");
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu nháp.");
  await page.reload();
  await expect(page.getByLabel("Số điện thoại")).toHaveValue("0987654321");
});

test("a renamed executable is refused by content", async ({ page }) => {
  await signIn(page, "citizen");
  await startApplicationFor(page, "ly lich tu phap", /Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam/);
  await advanceToDocuments(page);
  const group = page.getByRole("group").first();
  await group.locator("input[type=file]").setInputFiles({ name: "to-khai.pdf", mimeType: "application/pdf", buffer: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]) });
  await group.getByRole("button", { name: "Tải lên" }).click();
  await expect(page.getByRole("alert", { name: "Có lỗi cần sửa" })).toContainText("Chỉ chấp nhận tệp PDF, JPEG hoặc PNG");
});
