import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { feedbackDueAt } from "../../lib/domain/feedback";
import { formatDate } from "../../lib/domain/format";
import { buildCalendar } from "../../lib/domain/working-days";
import { embeddedUrl } from "../../scripts/db/embedded";
import { signIn } from "./helpers";

// The e2e run's own embedded database (see playwright.config.ts).
const DATABASE_URL = embeddedUrl(Number(process.env.E2E_PORT ?? 3100) + 51243, "portal");

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const anDossierCode = async () =>
  (await query<{ code: string }>(
    `SELECT d.code FROM "Dossier" d JOIN "User" u ON u.id = d."applicantId"
     WHERE u.email = 'an.nguyen@demo.thainguyen.vn' AND d.code IS NOT NULL AND d.status = 'PROCESSING' ORDER BY d.code LIMIT 1`,
  ))[0].code;

async function axeSerious(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("a citizen sends feedback about one of their dossiers and sees it listed with its deadline", async ({ page }) => {
  const code = await anDossierCode();
  const subject = `Hồ sơ chậm cập nhật trạng thái ${Date.now().toString(36)}`;
  await signIn(page, "citizen");
  await page.goto("/my/feedback");
  await expect(page.getByRole("heading", { level: 1, name: "Phản ánh, kiến nghị" })).toBeVisible();
  await page.getByRole("link", { name: "Gửi phản ánh, kiến nghị mới" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gửi phản ánh, kiến nghị" })).toBeVisible();

  // Nothing filled in: the error summary lists each field and links to it.
  await page.getByRole("button", { name: "Gửi phản ánh, kiến nghị" }).click();
  const summary = page.getByRole("alert", { name: "Chưa gửi được phản ánh, kiến nghị" });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Chọn hồ sơ hoặc thủ tục mà bạn phản ánh.");
  await expect(summary).toContainText("Nhập tiêu đề.");
  await expect(page.getByLabel("Tiêu đề", { exact: true })).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Phản ánh về", { exact: true }).selectOption({ value: `dossier:${code}` });
  await page.getByLabel("Tiêu đề", { exact: true }).fill(subject);
  await page.getByLabel("Nội dung phản ánh, kiến nghị").fill("Hồ sơ của tôi đã quá nhiều ngày nhưng trạng thái trên cổng không thay đổi. Đề nghị cơ quan kiểm tra và thông báo tiến độ.");
  await page.getByRole("button", { name: "Gửi phản ánh, kiến nghị" }).click();

  await expect(page).toHaveURL(/\/my\/feedback\/PAKN-\d{6}-\d{4}\?sent=1$/);
  const confirmation = page.getByRole("status").filter({ hasText: "Đã gửi phản ánh, kiến nghị" });
  await expect(confirmation).toBeVisible();
  const feedbackCode = /\/my\/feedback\/(PAKN-\d{6}-\d{4})/.exec(page.url())![1];

  const [row] = await query<{ createdAt: string; dueAt: string; dossierCode: string }>(
    `SELECT to_char(f."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt", to_char(f."dueAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "dueAt", d.code AS "dossierCode"
     FROM "Feedback" f JOIN "Dossier" d ON d.id = f."dossierId" WHERE f.code = $1`,
    [feedbackCode],
  );
  expect(row.dossierCode).toBe(code);
  const holidays = await query<{ date: string; kind: "HOLIDAY" | "WORKING_DAY" }>(`SELECT to_char("date", 'YYYY-MM-DD') AS "date", "kind"::text AS "kind" FROM "Holiday"`);
  const expectedDue = feedbackDueAt(new Date(row.createdAt), buildCalendar(holidays));
  expect(new Date(row.dueAt).toISOString()).toBe(expectedDue.toISOString());
  await expect(confirmation).toContainText(`Mã phản ánh của bạn là ${feedbackCode}`);
  await expect(confirmation).toContainText(formatDate(expectedDue));

  await page.getByRole("link", { name: "Tất cả phản ánh, kiến nghị" }).click();
  const item = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: subject }) });
  await expect(item).toContainText(feedbackCode);
  await expect(item).toContainText(`Hạn trả lời: ${formatDate(expectedDue)}`);
  await expect(item).toContainText("Đang chờ trả lời");
});

test("citizen B cannot open citizen A's feedback (404), while A can", async ({ browser }) => {
  const [anFeedback] = await query<{ code: string }>(
    `SELECT f.code FROM "Feedback" f JOIN "User" u ON u.id = f."authorId" WHERE u.email = 'an.nguyen@demo.thainguyen.vn' ORDER BY f.code LIMIT 1`,
  );
  const a = await browser.newPage();
  await signIn(a, "citizen");
  const own = await a.goto(`/my/feedback/${anFeedback.code}`);
  expect(own?.status()).toBe(200);
  await expect(a.getByText(anFeedback.code).first()).toBeVisible();
  await a.close();

  const b = await browser.newPage();
  await signIn(b, "citizen2");
  const response = await b.goto(`/my/feedback/${anFeedback.code}`);
  expect(response?.status()).toBe(404);
  await expect(b.getByRole("heading", { level: 1, name: "Không tìm thấy trang" })).toBeVisible();
  await b.goto("/my/feedback");
  await expect(b.getByText(anFeedback.code)).toHaveCount(0);
  await b.close();
});

test("an answered feedback can be rated once", async ({ page }) => {
  // The seeded PAKN-DEMO-0001 is answered and rated; reset the rating to rate it here.
  await query(`UPDATE "Feedback" SET "citizenSatisfied" = NULL WHERE code = 'PAKN-DEMO-0001'`);
  await signIn(page, "citizen");
  await page.goto("/my/feedback/PAKN-DEMO-0001");
  await expect(page.getByRole("heading", { name: "Trả lời của cơ quan" })).toBeVisible();
  await page.getByRole("button", { name: "Gửi đánh giá" }).click();
  await expect(page.getByRole("alert", { name: "Chưa gửi được đánh giá" })).toContainText("Chọn hài lòng hoặc không hài lòng.");
  await page.getByRole("radio", { name: "Không hài lòng" }).check();
  await page.getByRole("button", { name: "Gửi đánh giá" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Cảm ơn bạn đã đánh giá câu trả lời." })).toBeVisible();
  await expect(page.getByText("Bạn đã đánh giá: không hài lòng với câu trả lời.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Gửi đánh giá" })).toHaveCount(0);
  await query(`UPDATE "Feedback" SET "citizenSatisfied" = true WHERE code = 'PAKN-DEMO-0001'`);
});

test("the feedback and notification pages have no serious or critical WCAG 2.1 A/AA violation and fit 360 px", async ({ page }) => {
  await signIn(page, "citizen");
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ["/my/feedback", "/my/feedback/new", "/my/feedback/PAKN-DEMO-0001", "/my/notifications"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await axeSerious(page), path).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
  }
  await page.goto("/my/feedback/new");
  await page.getByRole("button", { name: "Gửi phản ánh, kiến nghị" }).click();
  await expect(page.getByRole("alert", { name: "Chưa gửi được phản ánh, kiến nghị" })).toBeVisible();
  expect(await axeSerious(page)).toEqual([]);
});

test("the citizen's notifications list in-portal messages and can be marked as read", async ({ page }) => {
  await signIn(page, "citizen");
  await page.goto("/my/notifications");
  await expect(page.getByRole("heading", { level: 1, name: "Thông báo" })).toBeVisible();
  const unreadButtons = page.getByRole("button", { name: /^Đánh dấu đã đọc: / });
  const before = await unreadButtons.count();
  // The seed leaves An an unread in-portal request to supplement a dossier.
  expect(before).toBeGreaterThan(0);
  await unreadButtons.first().click();
  await expect(unreadButtons).toHaveCount(before - 1);
  if (before > 1) {
    await page.getByRole("button", { name: "Đánh dấu tất cả là đã đọc" }).click();
    await expect(unreadButtons).toHaveCount(0);
    await expect(page.getByText("Không có thông báo chưa đọc.")).toBeVisible();
  }
});
