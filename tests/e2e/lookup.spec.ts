import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { formatDate } from "../../lib/domain/format";
import { embeddedUrl } from "../../scripts/db/embedded";

// The e2e run's own embedded database (see playwright.config.ts), read to find a demo dossier.
const DATABASE_URL = embeddedUrl(Number(process.env.E2E_PORT ?? 3100) + 51243, "portal");
const AN_LAST4 = "5678"; // Nguyễn Văn An, 0912345678

type Dossier = { code: string; dueAt: Date; procedureName: string; agencyName: string };

async function anProcessingDossier(): Promise<Dossier> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<Omit<Dossier, "dueAt"> & { dueAt: string }>(
      // "dueAt" is timestamp without time zone holding UTC.
      `SELECT d.code, to_char(d."dueAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "dueAt", p.name AS "procedureName", a.name AS "agencyName"
       FROM "Dossier" d JOIN "User" u ON u.id = d."applicantId" JOIN "Procedure" p ON p.id = d."procedureId" JOIN "Agency" a ON a.id = d."agencyId"
       WHERE u.email = 'an.nguyen@demo.thainguyen.vn' AND d.status = 'PROCESSING' AND d."dueAt" IS NOT NULL AND d.code IS NOT NULL
       ORDER BY d.code LIMIT 1`,
    );
    if (!rows[0]) throw new Error("Không có hồ sơ đang xử lý của công dân mẫu");
    return { ...rows[0], dueAt: new Date(rows[0].dueAt) };
  } finally {
    await client.end();
  }
}

/** Each test looks up from its own (made-up) client address, so their rate-limit windows do not mix. */
function freshIp(): string {
  const octet = () => Math.floor(Math.random() * 254) + 1;
  return `10.${octet()}.${octet()}.${octet()}`;
}

async function lookUp(page: Page, code: string, digits: string) {
  await page.getByLabel("Mã hồ sơ").fill(code);
  await page.getByLabel("4 số cuối số điện thoại").fill(digits);
  await page.getByRole("button", { name: "Tra cứu" }).click();
}

test("look-up by dossier code and the phone's last 4 digits shows the status and the due date, nothing personal", async ({ page }) => {
  const dossier = await anProcessingDossier();
  await page.setExtraHTTPHeaders({ "x-forwarded-for": freshIp() });
  await page.goto("/lookup");
  await expect(page.getByRole("heading", { level: 1, name: "Tra cứu hồ sơ" })).toBeVisible();
  await lookUp(page, dossier.code.toLowerCase(), AN_LAST4);
  const result = page.getByRole("region", { name: "Kết quả tra cứu" });
  await expect(result).toBeVisible();
  await expect(page.getByRole("heading", { name: "Kết quả tra cứu" })).toBeFocused();
  await expect(result).toContainText(dossier.code);
  await expect(result).toContainText("Đang xử lý");
  await expect(result).toContainText(dossier.procedureName);
  await expect(result).toContainText(dossier.agencyName);
  await expect(result.locator("dt", { hasText: "Ngày hẹn trả kết quả" }).locator("xpath=following-sibling::dd[1]")).toHaveText(formatDate(dossier.dueAt));
  await expect(result).not.toContainText("Nguyễn Văn An");
  await expect(result).not.toContainText("0912345678");
});

test("wrong digits and an unknown code give the same generic message, keeping what was typed", async ({ page }) => {
  const dossier = await anProcessingDossier();
  await page.setExtraHTTPHeaders({ "x-forwarded-for": freshIp() });
  await page.goto("/lookup");
  await lookUp(page, dossier.code, "0000");
  const summary = page.getByRole("alert", { name: "Chưa tra cứu được" });
  await expect(summary).toBeFocused();
  const wrongDigits = await summary.innerText();
  expect(wrongDigits).toContain("Không tìm thấy hồ sơ khớp");
  await expect(page.getByLabel("Mã hồ sơ")).toHaveValue(dossier.code);
  await expect(page.getByRole("region", { name: "Kết quả tra cứu" })).toHaveCount(0);

  await lookUp(page, "STP-200101-9999", AN_LAST4);
  await expect(summary).toBeVisible();
  expect(await summary.innerText()).toBe(wrongDigits);
  await expect(page.getByLabel("Mã hồ sơ")).toHaveValue("STP-200101-9999");
});

test("a malformed code is reported beside the field before anything is sent", async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": freshIp() });
  await page.goto("/lookup");
  await lookUp(page, "không phải mã", "12");
  const summary = page.getByRole("alert", { name: "Chưa tra cứu được" });
  await expect(summary).toContainText("Mã hồ sơ chưa đúng định dạng");
  await expect(summary).toContainText("Nhập đúng 4 chữ số cuối");
  await expect(page.getByLabel("Mã hồ sơ")).toHaveAttribute("aria-invalid", "true");
  await summary.getByRole("link", { name: /Mã hồ sơ chưa đúng định dạng/ }).click();
  await expect(page.getByLabel("Mã hồ sơ")).toBeFocused();
});

test("the 11th look-up within 10 minutes from one address is refused with the rate-limit message (page and API)", async ({ page }) => {
  const dossier = await anProcessingDossier();
  const ip = freshIp();
  const headers = { "x-forwarded-for": ip, "content-type": "application/json" };
  for (let i = 0; i < 10; i++) {
    const response = await page.request.post("/api/v1/lookup", { headers, data: { code: `SYT-200101-${String(i + 1).padStart(4, "0")}`, phoneLast4: "1234" } });
    expect(response.status()).toBe(404);
    expect(response.headers()["content-type"]).toContain("application/problem+json");
  }
  await page.setExtraHTTPHeaders({ "x-forwarded-for": ip });
  await page.goto("/lookup");
  await lookUp(page, dossier.code, AN_LAST4);
  await expect(page.getByRole("alert", { name: "Chưa tra cứu được" })).toContainText(/Bạn đã tra cứu quá nhiều lần\. Vui lòng thử lại sau (10|9) phút\./);
  await expect(page.getByRole("region", { name: "Kết quả tra cứu" })).toHaveCount(0);

  const refused = await page.request.post("/api/v1/lookup", { headers, data: { code: dossier.code, phoneLast4: AN_LAST4 } });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(500);
  expect(await refused.json()).toMatchObject({ status: 429, title: "Quá nhiều lần tra cứu" });

  // Another address is not affected.
  const other = await page.request.post("/api/v1/lookup", { headers: { ...headers, "x-forwarded-for": freshIp() }, data: { code: dossier.code, phoneLast4: AN_LAST4 } });
  expect(other.status()).toBe(200);
  expect(await other.json()).toMatchObject({ code: dossier.code, status: "PROCESSING", statusLabel: "Đang xử lý", dueAt: dossier.dueAt.toISOString() });
});

test("the look-up form works without JavaScript", async ({ browser }) => {
  const dossier = await anProcessingDossier();
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { "x-forwarded-for": freshIp() } });
  const page = await context.newPage();
  await page.goto("/lookup");
  await lookUp(page, dossier.code, AN_LAST4);
  await expect(page.getByRole("region", { name: "Kết quả tra cứu" })).toContainText("Đang xử lý");
  await lookUp(page, dossier.code, "0000");
  await expect(page.getByRole("alert", { name: "Chưa tra cứu được" })).toContainText("Không tìm thấy hồ sơ khớp");
  await expect(page.getByLabel("Mã hồ sơ")).toHaveValue(dossier.code);
  await context.close();
});

test("/lookup fits a 360 px phone and has no serious or critical WCAG 2.1 A/AA violation, also with errors shown", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.setExtraHTTPHeaders({ "x-forwarded-for": freshIp() });
  await page.goto("/lookup");
  const axe = () => new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = (r: Awaited<ReturnType<typeof axe>>) =>
    r.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious(await axe())).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await lookUp(page, "", "");
  await expect(page.getByRole("alert", { name: "Chưa tra cứu được" })).toBeVisible();
  expect(serious(await axe())).toEqual([]);
  const dossier = await anProcessingDossier();
  await lookUp(page, dossier.code, AN_LAST4);
  await expect(page.getByRole("region", { name: "Kết quả tra cứu" })).toBeVisible();
  expect(serious(await axe())).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
