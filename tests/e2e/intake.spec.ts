import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { formatDate } from "../../lib/domain/format";
import { addWorkingDays, buildCalendar } from "../../lib/domain/working-days";
import { ZFormSchema, ZRequiredDocuments } from "../../lib/validation/form-schema";
import { embeddedUrl } from "../../scripts/db/embedded";
import { validValues } from "../support/forms";
import { ACCOUNTS, DEMO_PASSWORD, visit } from "./helpers";

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

async function axeSerious(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** As helpers.signIn, with more patience: the first sign-in of a cold server on a busy machine can take several seconds. */
async function signInOfficer(page: Page) {
  await visit(page, "/sign-in");
  await page.getByLabel("Thư điện tử hoặc số điện thoại").fill(ACCOUNTS.officer.id);
  await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("button", { name: "Đăng xuất" })).toBeVisible({ timeout: 30_000 });
  await page.locator("html[data-hydrated=true]").waitFor({ state: "attached" });
}

async function openCount(page: Page): Promise<number> {
  await visit(page, "/officer");
  const card = page.locator("div").filter({ has: page.locator("dt", { hasText: /^Hồ sơ đang xử lý$/ }) }).last();
  return Number((await card.locator("dd").first().innerText()).replace(/\D/g, ""));
}

test("an officer takes in a dossier at the counter, prints the receipt and finds it in the inbox", async ({ page }) => {
  test.setTimeout(180_000);
  // The first procedure of Sở Tư pháp, as the desk would pick it.
  const [procedure] = await query<{ code: string; name: string; processingDays: number; formSchema: unknown; requiredDocuments: unknown }>(
    `SELECT p.code, p.name, p."processingDays", p."formSchema", p."requiredDocuments" FROM "Procedure" p JOIN "Agency" a ON a.id = p."agencyId"
     WHERE a.code = 'STP' AND p.scope = 'PROVINCE' AND p."isPublished" ORDER BY p.code LIMIT 1`,
  );
  const schema = ZFormSchema.parse(procedure.formSchema);
  const documents = ZRequiredDocuments.parse(procedure.requiredDocuments);
  const values = validValues(schema);

  await signInOfficer(page);
  const openBefore = await openCount(page);

  await page.getByRole("link", { name: "Tiếp nhận tại quầy", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Tiếp nhận hồ sơ tại quầy" })).toBeVisible();
  await page.getByLabel("Tìm thủ tục theo tên hoặc mã").fill(procedure.code);
  await page.getByRole("button", { name: "Tìm", exact: true }).click();
  await page.getByRole("link", { name: `Tiếp nhận hồ sơ: ${procedure.name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Tiếp nhận hồ sơ: ${procedure.name}` })).toBeVisible();
  await page.locator("html[data-hydrated=true]").waitFor({ state: "attached" });

  // Nothing filled in: the GOV.UK error summary lists the problems, linked to the fields.
  const submit = page.getByRole("button", { name: "Tiếp nhận và in giấy hẹn" });
  await submit.click();
  const summary = page.getByRole("alert", { name: "Có lỗi cần sửa" });
  await expect(summary).toBeFocused();
  const fullName = schema.fields.find((f) => f.prefill === "fullName")!;
  await expect(summary).toContainText("Nhập họ, chữ đệm và tên.");
  await expect(summary).toContainText(`Chưa nhận đủ giấy tờ bắt buộc: ${documents.find((d) => d.required)!.name}.`);
  await expect(page.getByLabel(fullName.label, { exact: true })).toHaveAttribute("aria-invalid", "true");
  expect(await axeSerious(page)).toEqual([]);

  // A wrong CCCD is refused beside the field, and what was typed stays.
  for (const f of schema.fields) {
    if (f.type === "file") continue;
    const input = page.getByLabel(f.required ? f.label : `${f.label} (không bắt buộc)`, { exact: true });
    if (f.type === "select") await input.selectOption(values[f.name]);
    else await input.fill(f.type === "cccd" && f.prefill === "nationalId" ? "12345" : values[f.name]);
  }
  await submit.click();
  await expect(summary).toContainText("Số CCCD phải gồm đúng 12 chữ số.");
  await expect(page.getByLabel(fullName.label, { exact: true })).toHaveValue(values.fullName);

  const nationalId = schema.fields.find((f) => f.prefill === "nationalId")!;
  await page.getByLabel(nationalId.label, { exact: true }).fill(values[nationalId.name]);
  const checklist = page.getByRole("group", { name: "Giấy tờ đã nhận (bản giấy)" });
  for (const box of await checklist.getByRole("checkbox").all()) await box.check();
  await submit.click();

  // The receipt and appointment slip.
  await expect(page).toHaveURL(/\/officer\/intake\/receipts\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" })).toBeVisible();
  const slip = page.getByRole("article");
  const code = /STP-\d{6}-\d{4,}/.exec(await slip.innerText())?.[0];
  expect(code).toBeTruthy();

  const [row] = await query<{ status: string; channel: string; receivedAt: Date; dueAt: Date }>(`SELECT status, channel, "receivedAt", "dueAt" FROM "Dossier" WHERE code = $1`, [code]);
  expect(row).toMatchObject({ status: "RECEIVED", channel: "COUNTER" });
  const holidays = await query<{ date: Date; kind: "HOLIDAY" | "WORKING_DAY" }>(`SELECT date, kind FROM "Holiday"`);
  const due = addWorkingDays(row.receivedAt, procedure.processingDays, buildCalendar(holidays));
  expect(row.dueAt.getTime()).toBe(due.getTime());
  await expect(slip).toContainText(formatDate(due));
  await expect(slip).toContainText("Nguyễn Văn An");
  await expect(slip).toContainText(procedure.name);
  for (const d of documents) await expect(slip).toContainText(d.name);
  await expect(slip).toContainText("Lê Thị Hoa"); // the officer who received it
  expect(await axeSerious(page)).toEqual([]);

  // On paper only the slip is printed.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "In giấy hẹn" })).toBeHidden();
  await expect(page.locator("header").first()).toBeHidden();
  await expect(slip).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  // The officer's home counts it, and the inbox finds it by its code.
  expect(await openCount(page)).toBe(openBefore + 1);
  await visit(page, `/officer/dossiers?q=${encodeURIComponent(code!)}`);
  await expect(page.getByRole("main")).toContainText(code!);
});
