import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { periodInputOf, periodStartOf } from "../../lib/domain/observation-input";
import { embeddedUrl } from "../../scripts/db/embedded";
import { DEMO_PASSWORD, expectAccessible, signIn, visit } from "./helpers";

// The e2e run's own embedded database (see playwright.config.ts).
const DATABASE_URL = embeddedUrl(Number(process.env.E2E_PORT ?? 3100) + 51243, "portal");

// Neither demo officer's agency (Sở Tư pháp, UBND phường Phan Đình Phùng) owns an indicator;
// the seeded officer of the provincial People's Committee office (VPUB, owner of CQS-01 … 05 and CQS-07)
// has the same demo password.
const VPUB_OFFICER = "canbo.vpub@demo.thainguyen.vn";

const CURRENT = periodStartOf(new Date(), "MONTH");
const CURRENT_INPUT = periodInputOf(CURRENT, "MONTH");
const CURRENT_LABEL = `${String(CURRENT.getUTCMonth() + 1).padStart(2, "0")}/${CURRENT.getUTCFullYear()}`;
const NEXT_INPUT = periodInputOf(new Date(Date.UTC(CURRENT.getUTCFullYear(), CURRENT.getUTCMonth() + 1, 1)), "MONTH");

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function currentValue(code: string): Promise<{ value: string; source: string } | undefined> {
  const [row] = await query<{ value: string; source: string }>(
    `SELECT o.value::text AS value, o.source::text AS source FROM "Observation" o JOIN "Indicator" i ON i.id = o."indicatorId" WHERE i.code = $1 AND o.period = $2::date`,
    [code, CURRENT.toISOString().slice(0, 10)],
  );
  return row;
}

async function signInAsVpubOfficer(page: Page) {
  await visit(page, "/sign-in");
  await page.getByLabel("Thư điện tử hoặc số điện thoại").fill(VPUB_OFFICER);
  await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  // The first sign-in of a fresh server hashes with Argon2 and compiles the route: allow time.
  await expect(page.getByRole("button", { name: "Đăng xuất" })).toBeVisible({ timeout: 30_000 });
}

test("an officer of the owning agency enters a value by the form, then imports a refused CSV and a good one", async ({ page }) => {
  // Three pages, six axe checks and two imports on a shared, busy machine: more than the default minute.
  test.setTimeout(180_000);
  await signInAsVpubOfficer(page);
  await visit(page, "/officer/indicators");
  await expect(page.getByRole("heading", { level: 1, name: "Số liệu chỉ tiêu" })).toBeVisible();
  const table = page.getByRole("table", { name: "Chỉ tiêu của cơ quan" });
  await expect(table).toContainText("CQS-03");
  await expect(table).toContainText("Đã báo cáo");
  await expectAccessible(page);

  // The form: a bad value is answered beside the field and in the summary; the typed period is kept.
  await page.getByRole("link", { name: "Xem và nhập số liệu chỉ tiêu CQS-03" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("CQS-03");
  await page.locator("html[data-hydrated=true]").waitFor({ state: "attached" });
  await page.getByLabel("Kỳ báo cáo", { exact: true }).fill(NEXT_INPUT);
  await page.getByLabel("Giá trị (%)").fill("120");
  await page.getByRole("button", { name: "Lưu số liệu" }).click();
  const summary = page.getByRole("alert", { name: "Có lỗi cần sửa" });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("không thể báo cáo số liệu cho kỳ tương lai");
  await expect(summary).toContainText("Tỷ lệ phần trăm phải từ 0 đến 100.");
  await expect(page.getByLabel("Giá trị (%)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Kỳ báo cáo", { exact: true })).toHaveValue(NEXT_INPUT);
  await expectAccessible(page);

  await page.getByLabel("Kỳ báo cáo", { exact: true }).fill(CURRENT_INPUT);
  await page.getByLabel("Giá trị (%)").fill("95,7");
  await page.getByLabel("Ghi chú (không bắt buộc)").fill("Số liệu tạm tính");
  await page.getByRole("button", { name: "Lưu số liệu" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu số liệu kỳ mới." })).toBeVisible();
  const history = page.getByRole("table", { name: "Số liệu đã báo cáo (mới nhất trước)" });
  await expect(history.getByRole("row").nth(1)).toContainText(CURRENT_LABEL);
  await expect(history.getByRole("row").nth(1)).toContainText("95,7");
  await expect(history.getByRole("row").nth(1)).toContainText("Biểu mẫu");
  expect(await currentValue("CQS-03")).toEqual({ value: "95.7000", source: "FORM" });

  // CSV import: one bad row refuses the whole file, with a per-row report; nothing is saved.
  await visit(page, "/officer/indicators/import");
  await expect(page.getByRole("heading", { level: 1, name: "Nhập số liệu từ tệp CSV" })).toBeVisible();
  await expectAccessible(page);
  const bad = `ma_chi_tieu;ky;gia_tri;ghi_chu\r\nCQS-05;${CURRENT_INPUT};98,1;\r\nKTS-01;${CURRENT_INPUT};22;\r\nCQS-07;${CURRENT_INPUT};nhiều;\r\n`;
  await page.getByLabel("Tệp CSV").setInputFiles({ name: "so-lieu-loi.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${bad}`, "utf8") });
  await page.getByRole("button", { name: "Kiểm tra tệp" }).click();
  const refused = page.getByRole("alert").filter({ hasText: "Tệp bị từ chối: 2 lỗi" });
  await expect(refused).toBeVisible();
  const report = page.getByRole("table", { name: "Lỗi theo từng dòng" });
  await expect(report.getByRole("row").nth(1)).toContainText("3");
  await expect(report.getByRole("row").nth(1)).toContainText("ma_chi_tieu");
  await expect(report.getByRole("row").nth(1)).toContainText("cơ quan khác");
  await expect(report.getByRole("row").nth(2)).toContainText("gia_tri");
  await expectAccessible(page);
  expect(await currentValue("CQS-05")).toBeUndefined();

  // A good file: preview (still nothing saved), then confirm.
  const good = `ma_chi_tieu,ky,gia_tri,ghi_chu\r\nCQS-05,${CURRENT_INPUT},"98,1",Ước tính\r\nCQS-07,${CURRENT_INPUT},372,\r\n`;
  await page.getByLabel("Tệp CSV").setInputFiles({ name: "so-lieu.csv", mimeType: "text/csv", buffer: Buffer.from(good, "utf8") });
  await page.getByRole("button", { name: "Kiểm tra tệp" }).click();
  await expect(page.getByRole("heading", { name: "Xem trước trước khi lưu" })).toBeVisible();
  await expect(page.getByText("Tệp hợp lệ: 2 dòng — 2 kỳ mới, 0 kỳ được sửa, 0 kỳ không đổi.")).toBeVisible();
  await expectAccessible(page);
  expect(await currentValue("CQS-05")).toBeUndefined();
  await page.getByRole("button", { name: "Xác nhận lưu số liệu" }).click();
  await expect(page.getByRole("heading", { name: "Đã nhập số liệu" })).toBeVisible();
  expect(await currentValue("CQS-05")).toEqual({ value: "98.1000", source: "CSV" });
  expect(await currentValue("CQS-07")).toEqual({ value: "372.0000", source: "CSV" });
});

test("an admin creates an API token, sees the secret once, the token works, and revokes it", async ({ page }) => {
  await signIn(page, "admin");
  await visit(page, "/admin/tokens");
  await expect(page.getByRole("heading", { level: 1, name: "Khóa API cho hệ thống của cơ quan" })).toBeVisible();
  await expectAccessible(page);

  // Nothing filled in: errors beside the fields.
  await page.getByLabel("Tên khóa").fill("");
  await page.getByRole("button", { name: "Tạo khóa" }).click();
  await expect(page.getByRole("alert", { name: "Có lỗi cần sửa" })).toContainText("Nhập tên khóa");
  await expect(page.getByRole("alert", { name: "Có lỗi cần sửa" })).toContainText("Chọn cơ quan.");

  const name = `Phần mềm thống kê ${Date.now().toString(36)}`;
  await page.getByLabel("Tên khóa").fill(name);
  await page.getByLabel("Cơ quan", { exact: true }).selectOption({ label: "Văn phòng Ủy ban nhân dân tỉnh" });
  await expect(page.getByLabel(/Gửi số liệu chỉ tiêu/)).toBeChecked();
  await page.getByRole("button", { name: "Tạo khóa" }).click();
  await expect(page.getByRole("heading", { name: `Đã tạo khóa API: ${name}` })).toBeVisible();
  const secret = await page.getByLabel("Khóa API", { exact: true }).inputValue();
  expect(secret).toMatch(/^tnp_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByText("Sao chép khóa dưới đây và lưu ở nơi an toàn ngay bây giờ")).toBeVisible();
  const list = page.getByRole("table", { name: "Các khóa API" });
  await expect(list.getByRole("row").filter({ hasText: name })).toContainText(secret.slice(0, 10));
  await expectAccessible(page);

  // The secret works for the agency's indicators …
  const ok = await page.request.post("/api/v1/observations", {
    headers: { Authorization: `Bearer ${secret}` },
    data: { indicatorCode: "CQS-01", period: CURRENT_INPUT, value: 87.5 },
  });
  expect(ok.status()).toBe(200);
  expect((await ok.json()).counts).toEqual({ created: 1, updated: 0, unchanged: 0 });

  // … is never shown again …
  await visit(page, "/admin/tokens");
  await expect(page.getByLabel("Khóa API", { exact: true })).toHaveCount(0);
  expect(await page.content()).not.toContain(secret);

  // … and stops working once revoked.
  const row = page.getByRole("table", { name: "Các khóa API" }).getByRole("row").filter({ hasText: name });
  await row.getByText(`Thu hồi ${name}`, { exact: true }).click();
  await row.getByRole("button", { name: "Xác nhận thu hồi" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã thu hồi khóa API." })).toBeVisible();
  await expect(page.getByRole("table", { name: "Các khóa API" }).getByRole("row").filter({ hasText: name })).toContainText("Đã thu hồi");
  const refused = await page.request.post("/api/v1/observations", {
    headers: { Authorization: `Bearer ${secret}` },
    data: { indicatorCode: "CQS-01", period: CURRENT_INPUT, value: 87.6 },
  });
  expect(refused.status()).toBe(401);
});
