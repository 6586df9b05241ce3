import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const results = (page: Page) => page.getByRole("main").getByRole("listitem");
const total = async (page: Page) => Number((await page.getByText(/^[\d.]+ thủ tục$/).innerText()).replace(/\D/g, ""));

test("searching without diacritics finds “Đăng ký khai sinh” first, and keeps the text in the box", async ({ page }) => {
  await page.goto("/procedures");
  await page.getByLabel("Tên hoặc mã thủ tục").fill("dang ky khai sinh");
  await page.getByRole("button", { name: "Tìm kiếm" }).click();
  await expect(page).toHaveURL(/\/procedures\?q=dang\+ky\+khai\+sinh/);
  await expect(results(page).first().getByRole("link")).toHaveText("Đăng ký khai sinh");
  await expect(page.getByLabel("Tên hoặc mã thủ tục")).toHaveValue("dang ky khai sinh");
  await expect(page.getByText("Phù hợp với “dang ky khai sinh”, xếp theo mức độ phù hợp.")).toBeVisible();
});

test("upper case, word order and a typo still find it", async ({ page }) => {
  for (const q of ["ĐĂNG KÝ KHAI SINH", "khai sinh dang ky", "dang ki khai sinh"]) {
    await page.goto(`/procedures?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole("link", { name: "Đăng ký khai sinh", exact: true }), q).toBeVisible();
  }
});

test("filtering by sector and level narrows the list, and every result has that sector and level", async ({ page }) => {
  await page.goto("/procedures");
  const all = await total(page);
  await page.getByLabel("Lĩnh vực").selectOption({ label: "Hộ tịch" });
  await page.getByLabel("Mức độ cung cấp").selectOption({ label: "Trực tuyến toàn trình" });
  await page.getByRole("button", { name: "Tìm kiếm" }).click();
  await expect(page).toHaveURL(/sector=HT/);
  await expect(page).toHaveURL(/level=FULL_ONLINE/);
  const n = await total(page);
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(all);
  const items = await results(page).allInnerTexts();
  expect(items).toHaveLength(Math.min(n, 20));
  for (const item of items) {
    expect(item).toContain("Lĩnh vực: Hộ tịch");
    expect(item).toContain("Toàn trình");
  }
  await expect(page.getByText("Đang áp dụng 2 bộ lọc.", { exact: false })).toBeVisible();
});

test("a filtered search is a URL: opened in a new page it shows the same results and the same choices", async ({ page, context }) => {
  await page.goto("/procedures");
  await page.getByLabel("Tên hoặc mã thủ tục").fill("giay phep");
  await page.getByLabel("Mức độ cung cấp").selectOption("FULL_ONLINE");
  await page.getByRole("button", { name: "Tìm kiếm" }).click();
  await expect(page).toHaveURL(/q=giay\+phep/);
  const shared = page.url();
  const first = await results(page).allInnerTexts();
  expect(first.length).toBeGreaterThan(0);

  const other = await context.newPage();
  await other.goto(shared);
  expect(await results(other).allInnerTexts()).toEqual(first);
  await expect(other.getByLabel("Tên hoặc mã thủ tục")).toHaveValue("giay phep");
  await expect(other.getByLabel("Mức độ cung cấp")).toHaveValue("FULL_ONLINE");
  await other.close();
});

test("pagination keeps the filters, and “Xóa bộ lọc” brings the whole catalogue back", async ({ page }) => {
  await page.goto("/procedures?level=FULL_ONLINE");
  const n = await total(page);
  expect(n).toBeGreaterThan(20);
  await page.getByRole("link", { name: "Trang sau" }).click();
  await expect(page).toHaveURL(/level=FULL_ONLINE&page=2|page=2.*level=FULL_ONLINE/);
  await expect(page.getByLabel("Mức độ cung cấp")).toHaveValue("FULL_ONLINE");
  expect(await total(page)).toBe(n);
  for (const item of await results(page).allInnerTexts()) expect(item).toContain("Toàn trình");

  await page.getByRole("link", { name: "Xóa bộ lọc" }).click();
  await expect(page).toHaveURL(/\/procedures$/);
  expect(await total(page)).toBeGreaterThan(n);
  await expect(page.getByLabel("Mức độ cung cấp")).toHaveValue("");
});

test("a commune as agency lists the commune-level procedures", async ({ page }) => {
  await page.goto("/procedures");
  await page.getByLabel("Cơ quan thực hiện").selectOption({ label: "Phường Phan Đình Phùng" });
  await page.getByRole("button", { name: "Tìm kiếm" }).click();
  await expect(page).toHaveURL(/agency=PDP/);
  await expect(page.getByText(/Phường Phan Đình Phùng giải quyết các thủ tục cấp xã/)).toBeVisible();
  for (const item of await results(page).allInnerTexts()) expect(item).toContain("Cơ quan thực hiện: UBND cấp xã");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the search and filter form still works (a plain GET form)", async ({ page }) => {
    await page.goto("/procedures");
    await page.getByLabel("Tên hoặc mã thủ tục").fill("ly lich tu phap");
    await page.getByLabel("Lĩnh vực").selectOption({ label: "Lý lịch tư pháp" });
    await page.getByRole("button", { name: "Tìm kiếm" }).click();
    await expect(page).toHaveURL(/q=ly\+lich\+tu\+phap&sector=LLTP/);
    await expect(results(page).first()).toContainText("Lý lịch tư pháp");
    await expect(results(page).first().getByRole("link")).toContainText("lý lịch tư pháp");
  });
});

test("nonsense in the query string still shows the catalogue, never an error", async ({ page }) => {
  const response = await page.goto("/procedures?page=abc&level=LEVEL4&sector=%27%3B--&agency=%3Cscript%3E&q=%25_%5C");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Danh mục thủ tục hành chính" })).toBeVisible();
  expect(await total(page)).toBeGreaterThanOrEqual(60);
});

test("keyboard alone: type in the search box and press Enter", async ({ page }) => {
  await page.goto("/procedures");
  await page.getByLabel("Tên hoặc mã thủ tục").focus();
  await page.keyboard.type("khai sinh");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=khai\+sinh/);
  await expect(page.getByRole("link", { name: "Đăng ký khai sinh", exact: true })).toBeVisible();
});

test.describe("on a 360 px wide phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test("a filtered search fits the screen without horizontal scrolling", async ({ page }) => {
    await page.goto("/procedures?q=dang+ky&agency=SNNMT&level=FULL_ONLINE");
    await expect(page.getByLabel("Cơ quan thực hiện")).toHaveValue("SNNMT");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test("a filtered search has no serious or critical WCAG 2.1 A/AA violation", async ({ page }) => {
  await page.goto("/procedures?q=dang+ky&sector=HT&level=FULL_ONLINE");
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});
