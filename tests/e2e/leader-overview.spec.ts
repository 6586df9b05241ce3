// A provincial leader reads the overview (three pillars, task counts by health, key indicators,
// this month's service), follows a count to the filtered task list, and reads the forecasts
// page with its method section and measured accuracy; on a desktop and on a 360 px phone.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn, visit } from "./helpers";

const PILLARS = ["Chính quyền số", "Kinh tế số", "Xã hội số"];

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(await page.evaluate(() => window.innerWidth));
}

test("the leader drills from a pillar's late tasks to the filtered task list", async ({ page }) => {
  await signIn(page, "leader");
  await expect(page).toHaveURL(/\/leader$/);
  await expect(page.getByRole("heading", { level: 1, name: "Điều hành chuyển đổi số" })).toBeVisible();
  for (const name of PILLARS) await expect(page.getByRole("heading", { level: 3, name })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Chỉ tiêu chủ yếu" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^Dịch vụ công tháng \d{2}\/\d{4}$/ })).toBeVisible();
  await expect(page.getByText(/^\d+\/\d+ nhiệm vụ đã có báo cáo tiến độ$/)).toBeVisible();
  await expectAccessible(page);

  // The first pillar's "late" count links to the list filtered by pillar and health.
  const late = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: "Chính quyền số" }) }).getByRole("link", { name: /^Chậm tiến độ: \d+$/ });
  const count = Number((await late.innerText()).replace(/\D/g, ""));
  expect(count).toBeGreaterThan(0);
  await late.click();
  await expect(page).toHaveURL(/\/leader\/tasks\?pillar=CQS&health=LATE$/);
  await expect(page.getByRole("heading", { level: 1, name: "Nhiệm vụ của kế hoạch chuyển đổi số" })).toBeVisible();
  await expect(page.getByLabel("Trụ cột")).toHaveValue("CQS");
  await expect(page.getByLabel("Tình trạng")).toHaveValue("LATE");
  const rows = page.getByRole("table", { name: "Danh sách nhiệm vụ, hạn sớm nhất trước" }).locator("tbody tr");
  await expect(rows).toHaveCount(count);
  for (const row of await rows.all()) {
    await expect(row.locator("td").nth(6)).toHaveText("Chậm tiến độ");
    await expect(row.locator("td").nth(8)).toHaveText(/^(\d+%|—)$/);
  }
  await expect(page.getByTestId("task-accuracy")).toHaveText(/sai số tuyệt đối trung bình \d+(,\d)? điểm phần trăm/);
  await expectAccessible(page);

  // Changing a filter by the form keeps the others in the URL; each task links to its page.
  await page.getByLabel("Tình trạng").selectOption("DONE");
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/pillar=CQS/);
  await expect(page).toHaveURL(/health=DONE/);
  const first = page.getByRole("table", { name: "Danh sách nhiệm vụ, hạn sớm nhất trước" }).locator("tbody tr").first();
  await expect(first.locator("td").nth(6)).toHaveText("Hoàn thành");
  await expect(first.getByRole("link")).toHaveAttribute("href", /^\/tasks\/NV\d{2}$/);
});

test("the forecasts page shows the method and accuracy measured by backtesting", async ({ page }) => {
  await signIn(page, "leader", "/leader/forecasts");
  await expect(page.getByRole("heading", { level: 1, name: "Dự báo" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Số hồ sơ tiếp nhận 3 tháng tới" })).toBeVisible();
  await expect(page.getByTestId("volume-accuracy")).toHaveText(/MAPE \d+,\d%; \d+% giá trị thực nằm trong khoảng 80%/);
  await expect(page.getByRole("table", { name: "Toàn tỉnh: số hồ sơ theo tháng (thực tế) và dự báo" }).locator("tbody tr")).toHaveCount(15);
  await expect(page.getByRole("heading", { level: 2, name: "Chỉ tiêu tại mốc 2025 và 2030" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Nhiệm vụ có khả năng trễ hạn" })).toBeVisible();
  const method = page.getByRole("region", { name: "Phương pháp" });
  await expect(method.getByRole("heading", { level: 3 })).toHaveText(["Số hồ sơ theo cơ quan", "Chỉ tiêu tại mốc 2025 và 2030", "Ngày hoàn thành nhiệm vụ"]);
  await expect(method.getByText(/Toàn tỉnh: MAPE \d+,\d%/)).toBeVisible();
  await expectAccessible(page);
});

test.describe("on a 360 px wide phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("the overview, the task list and the forecasts fit without sideways scrolling", async ({ page }) => {
    await signIn(page, "leader");
    await expect(page.getByRole("heading", { level: 1, name: "Điều hành chuyển đổi số" })).toBeVisible();
    await noSidewaysScroll(page);
    await expectAccessible(page);
    await visit(page, "/leader/tasks?agency=SKHCN");
    await expect(page.getByLabel("Cơ quan chủ trì")).toHaveValue("SKHCN");
    await noSidewaysScroll(page);
    await visit(page, "/leader/forecasts");
    await expect(page.getByRole("heading", { level: 2, name: "Phương pháp" })).toBeVisible();
    await noSidewaysScroll(page);
    await expectAccessible(page);
  });
});
