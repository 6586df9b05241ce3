import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD } from "./helpers";
import { oidcTestConfig } from "./oidc/config";
import { IDENTITIES, TEST_PASSWORD, type TestIdentity } from "./oidc/identities";

// Sign-in with the national digital identity against a real OpenID Connect provider (started by
// tests/e2e/oidc/global-setup.ts): the portal redirects there, the person signs in and consents
// on the provider's own pages, and the provider sends them back with an authorization code.

const VNEID_LINK = "Đăng nhập bằng tài khoản định danh điện tử (VNeID)";

async function signInWithVneid(page: Page, who: TestIdentity) {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: VNEID_LINK }).click();

  // At the identity provider.
  await expect(page.getByRole("heading", { name: "Đăng nhập tài khoản định danh điện tử" })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`^${oidcTestConfig().issuer}/interaction/`));
  await page.getByLabel("Số định danh cá nhân").fill(who.username);
  await page.getByLabel("Mật khẩu").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();

  await expect(page.getByRole("heading", { name: "Chia sẻ thông tin định danh" })).toBeVisible();
  await expect(page.getByText("Số định danh cá nhân; ngày sinh; giới tính; nơi cư trú")).toBeVisible();
  await page.getByRole("button", { name: "Đồng ý chia sẻ" }).click();
}

test("a citizen new to the portal signs in with VNeID and lands on their page with the verified name", async ({ page }) => {
  await signInWithVneid(page, IDENTITIES.newCitizen);

  await expect(page).toHaveURL(/\/my$/);
  await expect(page.getByRole("heading", { level: 1, name: ACCOUNTS.citizen.heading })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText("Đang đăng nhập: Lò Thị Minh Châu · Công dân");
  // A new account has no dossiers yet.
  await expect(page.getByRole("table")).toHaveCount(0);

  // The session is the portal's, like a password sign-in: it reaches citizen pages only.
  const response = await page.goto("/officer");
  expect(response?.status()).toBe(403);
});

test("an identity with the demo citizen's CCCD opens his existing account and its dossiers", async ({ page, browser }) => {
  // What Nguyễn Văn An sees after signing in with his portal password…
  const other = await browser.newContext();
  const passwordPage = await other.newPage();
  await passwordPage.goto("/sign-in");
  await passwordPage.getByLabel("Thư điện tử hoặc số điện thoại").fill(ACCOUNTS.citizen.id);
  await passwordPage.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
  await passwordPage.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(passwordPage).toHaveURL(/\/my$/);
  // The first cell of each body row is the dossier code.
  const codes = await passwordPage.getByRole("table").locator("tbody tr td:first-child").allInnerTexts();
  expect(codes.length).toBeGreaterThan(0);
  await other.close();

  // …is what he sees after signing in with VNeID.
  await signInWithVneid(page, IDENTITIES.demoCitizen);
  await expect(page).toHaveURL(/\/my$/);
  await expect(page.getByRole("banner")).toContainText("Đang đăng nhập: Nguyễn Văn An · Công dân");
  const table = page.getByRole("table", { name: ACCOUNTS.citizen.heading });
  for (const code of codes) await expect(table.getByText(code, { exact: true })).toBeVisible();
});

test("an identity whose CCCD claim is not 12 digits is refused with a Vietnamese message", async ({ page }) => {
  await signInWithVneid(page, IDENTITIES.badNationalId);

  await expect(page).toHaveURL(/\/sign-in\?error=VneidNationalId/);
  const alert = page.getByRole("alert", { name: "Chưa đăng nhập được bằng VNeID" });
  await expect(alert).toContainText("không cung cấp số định danh cá nhân hợp lệ (12 chữ số)");
  await expect(page.getByRole("button", { name: "Đăng xuất" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: VNEID_LINK })).toBeVisible();
});

test("a wrong password at the identity provider keeps the person there", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: VNEID_LINK }).click();
  await page.getByLabel("Số định danh cá nhân").fill(IDENTITIES.newCitizen.username);
  await page.getByLabel("Mật khẩu").fill("sai-mat-khau");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("alert")).toHaveText("Số định danh cá nhân hoặc mật khẩu không đúng.");
  // Cancelling brings them back to the portal, which says the sign-in did not complete.
  await page.getByRole("link", { name: "Hủy, quay lại dịch vụ" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("alert", { name: "Chưa đăng nhập được bằng VNeID" })).toContainText("chưa hoàn tất");
});
