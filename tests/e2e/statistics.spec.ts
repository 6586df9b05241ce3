import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";

const num = (s: string) => Number(s.replace(/\./g, "").trim());

/** The value of a figure card (dt → dd) inside the scope section. */
const card = (page: Page, label: string) =>
  page.getByRole("region", { name: / — (tháng|năm) / }).locator("dt", { hasText: label }).locator("xpath=following-sibling::dd[1]");

const monthlyTable = (page: Page) => page.getByRole("table", { name: /^Số liệu theo tháng/ });
const rankingTable = (page: Page) => page.getByRole("table", { name: /^Xếp hạng cơ quan/ });

/** Body rows of a table as arrays of cell texts (row header first). */
async function rows(table: Locator): Promise<string[][]> {
  const out: string[][] = [];
  for (const row of await table.locator("tbody tr").all()) out.push(await row.locator("th, td").allInnerTexts());
  return out;
}

test("the statistics page shows the province's figures, a chart and the same numbers as a table", async ({ page }) => {
  await page.goto("/statistics");
  await expect(page.getByRole("heading", { level: 1, name: "Thống kê giải quyết thủ tục hành chính" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^Toàn tỉnh — tháng \d{2}\/\d{4}$/ })).toBeVisible();
  const figure = page.getByRole("figure", { name: /Hồ sơ tiếp nhận và tỷ lệ giải quyết đúng hạn theo tháng — Toàn tỉnh/ });
  await expect(figure).toBeVisible();
  await expect(figure.locator("svg").first()).toBeVisible();

  const table = rows(monthlyTable(page));
  const months = await table;
  expect(months).toHaveLength(12);
  // The card of this month equals the last row of the table.
  expect(num(await card(page, "Hồ sơ tiếp nhận").innerText())).toBe(num(months[11][1]));
  await expect(page.getByText(/^Cập nhật lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/)).toBeVisible();
  await expect(page.getByText(/^Nguồn: hệ thống một cửa điện tử/)).toBeVisible();
});

test("the chart's bars carry the table's numbers (read from the tooltip, month by month)", async ({ page }) => {
  await page.goto("/statistics");
  const months = await rows(monthlyTable(page));
  const chart = page.getByRole("figure", { name: /theo tháng/ });
  const bars = chart.locator(".recharts-bar-rectangle");
  await expect(bars.first()).toBeVisible();
  // Months with dossiers have a bar; hover each and compare the tooltip with the table row.
  const withBars = months.filter((m) => num(m[1]) > 0);
  expect(withBars.length).toBeGreaterThan(6);
  await expect(bars).toHaveCount(withBars.length);
  for (let i = 0; i < withBars.length; i++) {
    await bars.nth(i).hover();
    const tooltip = chart.locator(".recharts-tooltip-wrapper");
    await expect(tooltip).toContainText(withBars[i][0]);
    await expect(tooltip).toContainText(`Hồ sơ tiếp nhận : ${withBars[i][1]}`);
  }
});

test("this year's card equals the sum of this year's months in the table", async ({ page }) => {
  await page.goto("/statistics");
  const months = await rows(monthlyTable(page));
  await page.getByLabel("Kỳ thống kê", { exact: true }).selectOption("year");
  await page.getByRole("button", { name: "Xem thống kê" }).click();
  await expect(page).toHaveURL(/period=year/);
  const year = /\((\d{4})\)/.exec(await page.getByLabel("Kỳ thống kê", { exact: true }).locator("option:checked").innerText())![1];
  await expect(page.getByRole("heading", { level: 2, name: `Toàn tỉnh — năm ${year}` })).toBeVisible();
  const sum = months.filter((m) => m[0].endsWith(`/${year}`)).reduce((s, m) => s + num(m[1]), 0);
  expect(num(await card(page, "Hồ sơ tiếp nhận").innerText())).toBe(sum);
  // The ranking covers every agency of the period: its dossiers add up to the province.
  const ranking = await rows(rankingTable(page));
  expect(ranking.reduce((s, r) => s + num(r[2]), 0)).toBe(sum);
});

test("choosing an agency in the ranking shows that agency's statistics, shareable by URL", async ({ page, context }) => {
  await page.goto("/statistics?period=year");
  const ranking = rankingTable(page);
  const first = (await rows(ranking))[0];
  await ranking.getByRole("link").first().click();
  await expect(page).toHaveURL(/period=year&agency=[A-Z]+/);
  const escaped = first[1].replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${escaped} — năm`) })).toBeVisible();
  expect(num(await card(page, "Hồ sơ tiếp nhận").innerText())).toBe(num(first[2]));
  await expect(rankingTable(page).getByRole("link", { name: first[1] })).toHaveAttribute("aria-current", "page");

  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByLabel("Cơ quan", { exact: true })).toHaveValue(new URL(page.url()).searchParams.get("agency")!);
  expect(num(await card(other, "Hồ sơ tiếp nhận").innerText())).toBe(num(first[2]));
  await other.close();
});

test("unknown parameters fall back to the province this month", async ({ page }) => {
  const response = await page.goto("/statistics?period=decade&agency=%3Cx%3E");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 2, name: /^Toàn tỉnh — tháng/ })).toBeVisible();
});

test.describe("on a 360 px wide phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test("the statistics page fits the screen; wide tables scroll inside their own box", async ({ page }) => {
    await page.goto("/statistics?period=year");
    await expect(monthlyTable(page)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test("the statistics page has no serious or critical WCAG 2.1 A/AA violation", async ({ page }) => {
  await page.goto("/statistics?period=year");
  await expect(page.getByRole("figure").locator("svg").first()).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});
