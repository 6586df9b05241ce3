// A provincial leader reads the service-quality (766) dashboard, opens one agency's gap to
// points, downloads the CSV, then the dossier flows and the likely-to-be-late list; on a desktop
// and on a 360 px phone, with an accessibility check of each page.
import fs from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn, visit } from "./helpers";

// Dashboards run several aggregate queries and two axe checks each: allow a loaded machine time.
test.describe.configure({ timeout: 180_000 });

/** Signs the leader in from a light page, then opens the dashboard (the sign-in helper waits only 5 s). */
async function signInLeader(page: Page, path: string) {
  await signIn(page, "leader", "/sign-in?callbackUrl=%2Flookup");
  await visit(page, path);
}

const rankingTable = (page: Page) => page.getByRole("table", { name: /^Xếp hạng cơ quan theo điểm 766, tháng \d{2}\/\d{4}$/ });

test("the leader reads the 766 score, the ranking and one agency's gap to points, and downloads the CSV", async ({ page }) => {
  await signInLeader(page, "/leader/quality");
  await expect(page.getByRole("heading", { level: 1, name: "Chất lượng phục vụ (Bộ chỉ số 766)" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^Điểm của toàn tỉnh tháng \d{2}\/\d{4}$/ })).toBeVisible();
  await expect(page.getByTestId("province-total")).toHaveText(/^\d{1,3},\d{2}\/100 điểm$/);
  await expect(page.getByRole("table", { name: /^Điểm theo nhóm chỉ số — Toàn tỉnh/ }).getByRole("rowheader")).toHaveText([
    "Công khai, minh bạch", "Tiến độ giải quyết", "Dịch vụ trực tuyến", "Thanh toán trực tuyến", "Số hóa hồ sơ, kết quả điện tử", "Mức độ hài lòng",
  ]);
  await expect(page.getByText(/^\d+\/\d+ cơ quan có hồ sơ trong tháng \d{2}\/\d{4}$/).first()).toBeVisible();

  // The ranking: sorted by total, best first.
  const ranking = rankingTable(page);
  const firstRow = ranking.locator("tbody tr").first();
  await expect(firstRow.locator("td").first()).toHaveText("1");
  const totals = (await ranking.locator("tbody tr td:nth-child(4)").allInnerTexts()).filter((s) => /\d/.test(s)).map((s) => Number(s.replace(",", ".")));
  expect(totals.length).toBeGreaterThan(3);
  expect(totals).toEqual([...totals].sort((a, b) => b - a));
  // The trend chart has its table with the same 12 months.
  await expect(page.getByRole("figure", { name: /Tổng điểm 766 theo tháng — Toàn tỉnh/ }).locator("svg").first()).toBeVisible();
  await expect(page.getByRole("table", { name: "Điểm 766 theo tháng — Toàn tỉnh" }).locator("tbody tr")).toHaveCount(12);
  await expect(page.getByRole("heading", { name: "Chỉ số chưa đo được từ hệ thống này" })).toBeVisible();
  await expectAccessible(page);

  // The CSV: header row, then the province.
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải CSV" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^diem-766-\d{4}-\d{2}\.csv$/);
  const csv = (await fs.readFile((await download.path()) as string, "utf8")).replace(/^\uFEFF/, "").split("\r\n");
  expect(csv[0]).toBe("Hạng,Hạng tháng trước,Mã cơ quan,Cơ quan,Tháng,Tổng điểm,\"Công khai, minh bạch\",Tiến độ giải quyết,Dịch vụ trực tuyến,Thanh toán trực tuyến,\"Số hóa hồ sơ, kết quả điện tử\",Mức độ hài lòng,Hồ sơ tiếp nhận");
  expect(csv[1]).toMatch(/^,,,Toàn tỉnh,\d{4}-\d{2},\d{1,3}(\.\d{1,2})?,/);
  expect(csv[2]).toMatch(/^1,/);

  // One agency: its score, its rank and the actions worth points.
  const agencyName = await firstRow.getByRole("link").innerText();
  await firstRow.getByRole("link").click();
  await expect(page).toHaveURL(/\/leader\/quality\/[A-Z0-9_-]+\?month=\d{4}-\d{2}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(" — tháng ");
  await expect(page.getByText(/^Hạng 1\/\d+ cơ quan$/)).toBeVisible();
  await expect(page.getByTestId("agency-total")).toHaveText(/^\d{1,3},\d{2}\/100 điểm$/);
  await expect(page.getByRole("heading", { level: 2, name: "Việc cần làm để tăng điểm" })).toBeVisible();
  const actions = page.getByRole("list", { name: "Việc cần làm để tăng điểm" }).getByRole("listitem");
  if ((await actions.count()) > 0) await expect(actions.first()).toContainText(/→ \+\d+,\d{2} điểm /);
  else await expect(page.getByText(/đã đạt chỉ tiêu/)).toBeVisible();
  await expect(page.getByRole("table", { name: new RegExp(`^Điểm 766 theo tháng — ${agencyName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) }).locator("tbody tr")).toHaveCount(12);
  await expectAccessible(page);

  // The month is in the URL: choosing another month keeps the agency.
  const month = page.getByLabel("Tháng", { exact: true });
  const second = await month.locator("option").nth(1).getAttribute("value");
  await month.selectOption(second!);
  await page.getByRole("button", { name: "Xem", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`month=${second}$`));
});

test("the leader reads the dossier flows and the likely-to-be-late list, filtered by agency in the URL", async ({ page }) => {
  await signInLeader(page, "/leader/flows");
  await expect(page.getByRole("heading", { level: 1, name: "Luồng hồ sơ" })).toBeVisible();
  await expect(page.getByRole("table", { name: /^Hồ sơ theo tháng nộp — / }).locator("tbody tr")).toHaveCount(12);
  await expect(page.getByRole("figure", { name: /Hồ sơ tiếp nhận và giải quyết theo tháng/ }).locator("svg").first()).toBeVisible();
  await expect(page.getByRole("table", { name: "Hồ sơ đang tồn theo cơ quan, hiện tại" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Hồ sơ có nguy cơ trễ hạn" })).toBeVisible();
  await expect(page.getByText(/^Quy tắc: với hồ sơ đã tiếp nhận/)).toBeVisible();
  await expect(page.getByText(/(hồ sơ có nguy cơ trễ hạn trong|Không có hồ sơ nào có nguy cơ trễ hạn)/)).toBeVisible();
  const list = page.getByRole("table", { name: "Hồ sơ có nguy cơ trễ hạn, cấp bách nhất trước" });
  if (await list.isVisible()) {
    const row = await list.locator("tbody tr").first().locator("th, td").allInnerTexts();
    expect(row[4]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(Number(row[5])).toBeLessThan(Number(row[6]));
  }
  await expectAccessible(page);

  await page.getByLabel("Cơ quan", { exact: true }).selectOption({ label: "Sở Tư pháp" });
  await page.getByLabel("Khoảng thời gian").selectOption("24");
  await page.getByRole("button", { name: "Xem", exact: true }).click();
  await expect(page).toHaveURL(/months=24&agency=STP/);
  await expect(page.getByRole("table", { name: /^Hồ sơ theo tháng nộp — Sở Tư pháp/ }).locator("tbody tr")).toHaveCount(24);

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải CSV: nguy cơ trễ hạn" }).click();
  const csv = (await fs.readFile((await (await downloadPromise).path()) as string, "utf8")).replace(/^\uFEFF/, "").split("\r\n");
  expect(csv[0]).toMatch(/^Mã hồ sơ,Cơ quan,Thủ tục,Trạng thái,Hạn trả kết quả,/);
  for (const line of csv.slice(1).filter(Boolean)) expect(line).toContain(",Sở Tư pháp,");
});

test.describe("on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("both dashboards fit the screen and pass the accessibility check", async ({ page }) => {
    await signIn(page, "leader", "/sign-in?callbackUrl=%2Flookup");
    for (const path of ["/leader/quality", "/leader/flows"]) {
      await visit(page, path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      // Wide tables scroll inside their own box; the page itself does not scroll sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(1);
      await expectAccessible(page);
    }
  });

  test("citizens are refused the dashboards", async ({ page }) => {
    await signIn(page, "citizen");
    const response = await visit(page, "/leader/quality");
    expect(response?.status()).toBe(403);
    const csv = await page.request.get("/leader/quality/export");
    expect(csv.status()).toBe(403);
  });
});
