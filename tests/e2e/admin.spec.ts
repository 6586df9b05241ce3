// Administration of people: an admin invites an officer, the invitee opens the one-time link
// in a fresh browser, chooses a password, signs in and lands on the officer area; the admin
// finds the invitation in the audit log. Axe checks on the users, audit and set-password pages.
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD, expectAccessible, visit } from "./helpers";

const NEW_PASSWORD = "đồi chè Tân Cương xanh mướt";
// The machine running the suite can be busy: server round trips get more time than the default.
const expect = baseExpect.configure({ timeout: 30_000 });

async function signInAs(page: Page, identifier: string, password: string) {
  await visit(page, "/sign-in");
  await page.getByLabel("Thư điện tử hoặc số điện thoại").fill(identifier);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("button", { name: "Đăng xuất" })).toBeVisible();
  await page.locator("html[data-hydrated=true]").waitFor({ state: "attached" });
}

test("an admin invites an officer who sets a password through the link and signs in", async ({ page, browser }) => {
  test.setTimeout(300_000);
  const email = `canbo.moi.${Date.now().toString(36)}@thainguyen.gov.vn`;
  await signInAs(page, ACCOUNTS.admin.id, DEMO_PASSWORD);

  await visit(page, "/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "Người dùng" })).toBeVisible();
  await expectAccessible(page);

  await visit(page, "/admin/users/invite");
  await expect(page.getByRole("heading", { level: 1, name: "Mời người dùng" })).toBeVisible();
  // An officer without an agency is refused beside the field, and what was typed stays.
  await page.getByLabel("Họ và tên").fill("Đặng Thu Trang");
  await page.getByLabel("Thư điện tử", { exact: true }).fill(email);
  await page.getByLabel("Vai trò").selectOption("OFFICER");
  await page.getByRole("button", { name: "Tạo tài khoản và gửi lời mời" }).click();
  await expect(page.getByRole("alert", { name: "Có lỗi cần sửa" })).toContainText("cán bộ và lãnh đạo phải thuộc một cơ quan");
  await expect(page.getByLabel("Họ và tên")).toHaveValue("Đặng Thu Trang");
  await expectAccessible(page);

  const agency = await page.locator("#agencyId option", { hasText: "Sở Tư pháp tỉnh Thái Nguyên" }).first().getAttribute("value");
  await page.getByLabel("Cơ quan").selectOption(agency!);
  await page.getByLabel("Chức vụ (không bắt buộc)").fill("Chuyên viên Bộ phận Một cửa");
  await page.getByRole("button", { name: "Tạo tài khoản và gửi lời mời" }).click();
  await expect(page.getByRole("heading", { name: "Đã tạo tài khoản" })).toBeVisible();
  const link = await page.getByLabel("Đường dẫn đặt mật khẩu").inputValue();
  expect(link).toMatch(/\/set-password\/[A-Za-z0-9_-]{43}$/);

  // The invitee, in a browser that has never signed in.
  const context = await browser.newContext();
  const invitee = await context.newPage();
  await visit(invitee, new URL(link).pathname);
  await expect(invitee.getByRole("heading", { level: 1, name: "Đặt mật khẩu" })).toBeVisible();
  await expect(invitee.getByText("Đặng Thu Trang")).toBeVisible();
  await invitee.getByLabel("Mật khẩu mới", { exact: true }).fill("ngắn quá");
  await invitee.getByLabel("Nhập lại mật khẩu mới").fill("ngắn quá");
  await invitee.getByRole("button", { name: "Đặt mật khẩu" }).click();
  await expect(invitee.getByRole("alert", { name: "Có lỗi cần sửa" })).toContainText("Mật khẩu phải có ít nhất 12 ký tự.");
  await expect(invitee.getByLabel("Mật khẩu mới", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(invitee);
  await invitee.getByLabel("Mật khẩu mới", { exact: true }).fill(NEW_PASSWORD);
  await invitee.getByLabel("Nhập lại mật khẩu mới").fill(NEW_PASSWORD);
  await invitee.getByRole("button", { name: "Đặt mật khẩu" }).click();
  await expect(invitee.getByRole("heading", { name: "Đã đặt mật khẩu" })).toBeVisible();

  // The link worked once.
  await visit(invitee, new URL(link).pathname);
  await expect(invitee.getByRole("heading", { level: 1, name: "Đường dẫn không dùng được" })).toBeVisible();

  await signInAs(invitee, email, NEW_PASSWORD);
  await expect(invitee).toHaveURL(/\/officer$/);
  await expect(invitee.getByRole("heading", { level: 1, name: "Xử lý hồ sơ" })).toBeVisible();
  await context.close();

  // The admin finds the invitation in the audit log.
  await visit(page, "/admin/audit");
  await page.getByLabel("Người thực hiện").fill("quantri@demo");
  await page.getByLabel("Thao tác").fill("user.invite");
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/action=user\.invite/);
  const rows = page.locator("tbody tr");
  await expect(rows.first()).toContainText("user.invite");
  const row = rows.filter({ hasText: "user.invite" }).first();
  await row.getByText("Trước / sau").click();
  await expect(row).toContainText(email);
  expect(await rows.filter({ hasNotText: "user.invite" }).count()).toBe(0);
  await expectAccessible(page);

  // A bad date is answered beside the field.
  await page.getByLabel("Từ ngày").fill("31/02/2026");
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page.getByRole("alert", { name: "Có lỗi cần sửa" })).toContainText("Nhập “Từ ngày” theo dạng ngày/tháng/năm.");
});
