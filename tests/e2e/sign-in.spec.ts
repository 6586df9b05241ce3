import { expect, test } from "@playwright/test";
import { ACCOUNTS, type AccountKey, signIn } from "./helpers";

for (const who of Object.keys(ACCOUNTS) as AccountKey[]) {
  test(`${who} signs in and lands on their home page`, async ({ page }) => {
    await signIn(page, who);
    await expect(page).toHaveURL(new RegExp(`${ACCOUNTS[who].home}$`));
    await expect(page.getByRole("heading", { level: 1, name: ACCOUNTS[who].heading })).toBeVisible();
  });
}

test("a wrong password shows an error summary and keeps what was typed", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Thư điện tử hoặc số điện thoại").fill(ACCOUNTS.citizen.id);
  await page.getByLabel("Mật khẩu").fill("mat-khau-sai-hoan-toan");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  const summary = page.getByRole("alert", { name: "Chưa đăng nhập được" });
  await expect(summary).toContainText("Chưa đăng nhập được");
  await expect(summary).toContainText("mật khẩu không đúng");
  await expect(page.getByLabel("Thư điện tử hoặc số điện thoại")).toHaveValue(ACCOUNTS.citizen.id);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("empty fields are reported beside each field", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("alert", { name: "Chưa đăng nhập được" })).toContainText("Nhập thư điện tử hoặc số điện thoại.");
  await expect(page.getByLabel("Thư điện tử hoặc số điện thoại")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Mật khẩu")).toHaveAttribute("aria-invalid", "true");
});

test("an anonymous visitor of an officer page is sent to sign in, then brought back", async ({ page }) => {
  await page.goto("/officer");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fofficer/);
  await page.getByLabel("Thư điện tử hoặc số điện thoại").fill(ACCOUNTS.officer.id);
  await page.getByLabel("Mật khẩu").fill("ThaiNguyen@2026");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/officer$/);
  await expect(page.getByRole("heading", { level: 1, name: "Xử lý hồ sơ" })).toBeVisible();
});

test("a citizen is refused officer, leader and admin pages (403), also by direct URL", async ({ page }) => {
  await signIn(page, "citizen");
  for (const path of ["/officer", "/leader", "/admin"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "Bạn không có quyền truy cập trang này" })).toBeVisible();
  }
  // The navigation offers only what the role may use.
  const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
  await expect(nav.getByRole("link", { name: "Hồ sơ của tôi" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Xử lý hồ sơ" })).toHaveCount(0);
});

test("an officer cannot open the admin or leader pages", async ({ page }) => {
  await signIn(page, "officer");
  for (const path of ["/admin", "/leader", "/my"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
  }
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, "leader");
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page.getByRole("link", { name: "Đăng nhập" })).toBeVisible();
  await page.goto("/leader");
  await expect(page).toHaveURL(/\/sign-in/);
});
