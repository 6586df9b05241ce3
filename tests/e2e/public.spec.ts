import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("the home page shows the portal, a search box, most-used procedures and figures from the database", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Dịch vụ công trực tuyến tỉnh Thái Nguyên" })).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Tìm thủ tục hành chính" })).toBeVisible();
  const popular = page.getByRole("region", { name: "Thủ tục được sử dụng nhiều" });
  await expect(popular.getByRole("listitem")).toHaveCount(6);
  const figures = page.getByRole("region", { name: "Số liệu nổi bật" });
  // "Thủ tục đang cung cấp" is a count from the database, at least the 60 seeded procedures.
  const offered = await figures.locator("dt", { hasText: "Thủ tục đang cung cấp" }).locator("xpath=following-sibling::dd[1]").innerText();
  expect(Number(offered.replace(/\./g, ""))).toBeGreaterThanOrEqual(60);
  await expect(page.getByRole("region", { name: /3 trụ cột, 37 nhiệm vụ/ }).getByRole("listitem")).toHaveCount(3);
});

test("searching from the home page without diacritics finds the procedure", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Tìm thủ tục hành chính" }).fill("dang ky khai sinh");
  await page.getByRole("button", { name: "Tìm kiếm" }).click();
  await expect(page).toHaveURL(/\/procedures\?q=dang\+ky\+khai\+sinh/);
  await expect(page.getByRole("link", { name: /Đăng ký khai sinh/ }).first()).toBeVisible();
});

test("the catalogue lists seeded procedures with pagination", async ({ page }) => {
  await page.goto("/procedures");
  await expect(page.getByRole("heading", { level: 1, name: "Danh mục thủ tục hành chính" })).toBeVisible();
  await expect(page.getByText(/^\d+ thủ tục$/)).toBeVisible();
  const firstPage = await page.getByRole("main").getByRole("listitem").allInnerTexts();
  expect(firstPage.length).toBe(20);
  await page.getByRole("link", { name: "Trang sau" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText(/^Trang 2\/\d+$/)).toBeVisible();
  const secondPage = await page.getByRole("main").getByRole("listitem").allInnerTexts();
  expect(secondPage[0]).not.toBe(firstPage[0]);
});

test("the language switch turns the interface into English and back", async ({ page }) => {
  await page.goto("/procedures");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page).toHaveURL(/\/procedures$/);
  await expect(page.getByRole("heading", { level: 1, name: "Administrative procedure catalogue" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Thái Nguyên online public services" })).toBeVisible();
  await page.getByRole("button", { name: "Chuyển sang tiếng Việt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dịch vụ công trực tuyến tỉnh Thái Nguyên" })).toBeVisible();
});

test("GET /api/health reports the database up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: { status: "up" } });
});

test("security headers are sent on pages", async ({ request }) => {
  const response = await request.get("/");
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-powered-by"]).toBeUndefined();
});

test.describe("on a 360 px wide phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const path of ["/", "/procedures", "/sign-in"]) {
    test(`${path} fits the screen without horizontal scrolling`, async ({ page }) => {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(360);
    });
  }
});

for (const path of ["/", "/procedures", "/sign-in"]) {
  test(`${path} has no serious or critical WCAG 2.1 A/AA violation`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test("keyboard alone reaches the skip link and the search box", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Bỏ qua đến nội dung chính" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});
