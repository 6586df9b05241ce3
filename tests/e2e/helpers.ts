import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "ThaiNguyen@2026";

export const ACCOUNTS = {
  citizen: { id: "an.nguyen@demo.thainguyen.vn", home: "/my", heading: "Hồ sơ của tôi" },
  citizen2: { id: "binh.tran@demo.thainguyen.vn", home: "/my", heading: "Hồ sơ của tôi" },
  officer: { id: "canbo.tuphap@demo.thainguyen.vn", home: "/officer", heading: "Xử lý hồ sơ" },
  officer2: { id: "canbo.pdp@demo.thainguyen.vn", home: "/officer", heading: "Xử lý hồ sơ" },
  leader: { id: "lanhdao@demo.thainguyen.vn", home: "/leader", heading: "Điều hành chuyển đổi số" },
  admin: { id: "quantri@demo.thainguyen.vn", home: "/admin", heading: "Quản trị hệ thống" },
} as const;

export type AccountKey = keyof typeof ACCOUNTS;

/** Opens a page and waits until React has hydrated it, so typed input is not lost. */
export async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  await page.locator("html[data-hydrated=true]").waitFor({ state: "attached" });
  return response;
}

/** Signs in through the form, as a person would, and waits for the role's home page. */
export async function signIn(page: Page, who: AccountKey, from = "/sign-in") {
  const account = ACCOUNTS[who];
  await visit(page, from);
  await page.getByLabel("Thư điện tử hoặc số điện thoại").fill(account.id);
  await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  // argon2id verification plus the first render of a role's home can take seconds on a cold,
  // loaded CI machine: wait for the page, not for a default 5 s.
  await expect(page.getByRole("button", { name: "Đăng xuất" })).toBeVisible({ timeout: 30_000 });
  await page.locator("html[data-hydrated=true]").waitFor({ state: "attached" });
}

/** No serious or critical WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}
