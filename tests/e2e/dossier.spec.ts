import { execFileSync } from "node:child_process";
import fs from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { FAKE_EXECUTABLE, samplePdf } from "../support/files";
import { ACCOUNTS, signIn } from "./helpers";
import { SUPPLEMENT_DOCUMENTS, SUPPLEMENT_REASON } from "./support/dossier-scenario";

/** An officer's step, taken by the app's own operation in a separate process (see the script). */
function officerStep(step: "request-supplement" | "finish", email: string): { id: string; code: string } {
  const out = execFileSync("npx", ["tsx", "--conditions=react-server", "tests/e2e/support/officer-step.ts", step, email], {
    encoding: "utf8",
    env: { ...process.env, E2E_PORT: process.env.E2E_PORT ?? "3100" },
  });
  return JSON.parse(out.trim().split("\n").at(-1) as string) as { id: string; code: string };
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include("main").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("a citizen follows a returned dossier, downloads the e-result and checks it on the verification page", async ({ page, browser }) => {
  await signIn(page, "citizen");
  await page.goto("/my");
  await page.getByRole("row").filter({ hasText: "Đã trả kết quả" }).first().getByRole("link").click();
  await expect(page).toHaveURL(/\/my\/dossiers\/[^/]+$/);
  const detailUrl = page.url();

  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const summary = page.getByRole("region", { name: "Thông tin hồ sơ" });
  await expect(summary).toContainText("Đã kết thúc xử lý");
  await expect(summary).toContainText(/Hẹn trả kết quả\s*\d{2}\/\d{2}\/\d{4}/);
  const timeline = page.getByRole("region", { name: "Quá trình xử lý" });
  expect(await timeline.getByRole("listitem").count()).toBeGreaterThanOrEqual(3);
  await expect(timeline.getByRole("heading", { name: "Tiếp nhận hồ sơ", exact: true })).toBeVisible();
  await expect(timeline.getByRole("heading", { name: "Trả kết quả", exact: true })).toBeVisible();
  await expect(timeline).toContainText(/Hẹn trả kết quả ngày \d{2}\/\d{2}\/\d{4}\./);
  await expectNoAxeViolations(page);

  // Works on a 360 px phone without sideways scrolling.
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.setViewportSize({ width: 1280, height: 800 });

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải kết quả điện tử (PDF)" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^ket-qua-[A-Z0-9-]+\.pdf$/);
  const pdf = await fs.readFile((await download.path()) as string);
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const verifyUrl = /\/URI \((http[^)]+\/verify\/[A-Za-z0-9_-]+)\)/.exec(pdf.toString("latin1"))?.[1];
  expect(verifyUrl).toBeTruthy();

  // Whoever holds the result checks it, without signing in.
  const visitor = await browser.newContext();
  const anonymous = await visitor.newPage();
  const response = await anonymous.goto(verifyUrl as string);
  expect(response?.status()).toBe(200);
  await expect(anonymous.getByRole("heading", { level: 1, name: "Kết quả hợp lệ" })).toBeVisible();
  await expect(anonymous.getByRole("main")).toContainText("Nguyễn Văn An");
  await expect(anonymous.getByRole("main")).not.toContainText("019090012345"); // no CCCD
  await expectNoAxeViolations(anonymous);

  const forged = await anonymous.goto("/verify/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
  expect(forged?.status()).toBe(404);
  await expect(anonymous.getByRole("heading", { level: 1, name: "Không xác thực được kết quả" })).toBeVisible();

  // Another citizen gets "not found" for the dossier and for its e-result.
  await signIn(anonymous, "citizen2");
  const foreign = await anonymous.goto(detailUrl);
  expect(foreign?.status()).toBe(404);
  await expect(anonymous.getByRole("main")).not.toContainText("Quá trình xử lý");
  const foreignPdf = await anonymous.request.get(`${detailUrl}/result`);
  expect(foreignPdf.status()).toBe(404);
  expect(foreignPdf.headers()["content-type"]).toContain("application/problem+json");
  await visitor.close();
});

test("a citizen answers a request for more documents with a real PDF and the dossier goes back to processing", async ({ page }) => {
  const { id } = officerStep("request-supplement", ACCOUNTS.citizen.id);
  await signIn(page, "citizen");
  await page.goto(`/my/dossiers/${id}`);

  const request = page.getByRole("region", { name: "Cơ quan yêu cầu bạn bổ sung hồ sơ" });
  await expect(request).toContainText(SUPPLEMENT_REASON);
  for (const doc of SUPPLEMENT_DOCUMENTS) await expect(request.getByRole("listitem").filter({ hasText: doc })).toBeVisible();
  await expect(page.getByRole("region", { name: "Thông tin hồ sơ" })).toContainText("tạm dừng tính thời hạn");
  await expect(page.getByRole("region", { name: "Quá trình xử lý" }).getByRole("heading", { name: "Yêu cầu bổ sung hồ sơ", exact: true })).toBeVisible();

  // Sending before uploading anything is refused, with a linked error summary.
  await page.getByRole("button", { name: "Gửi hồ sơ bổ sung" }).click();
  await expect(page.getByRole("alert", { name: "Chưa thực hiện được" })).toContainText("Tải lên ít nhất một tệp bổ sung trước khi gửi.");

  // A renamed executable is refused by its content.
  await page.getByLabel("Chọn tệp").setInputFiles({ name: "giay-to.pdf", mimeType: "application/pdf", buffer: FAKE_EXECUTABLE });
  await page.getByRole("button", { name: "Tải lên" }).click();
  await expect(page.getByRole("alert", { name: "Chưa tải lên được tệp" })).toContainText("Chỉ chấp nhận tệp PDF, JPEG hoặc PNG");

  await page.getByLabel("Chọn tệp").setInputFiles({ name: "giay-chung-nhan-ket-hon.pdf", mimeType: "application/pdf", buffer: samplePdf("Giay chung nhan ket hon") });
  await page.getByLabel("Tệp này là giấy tờ nào?").selectOption(SUPPLEMENT_DOCUMENTS[0]);
  await page.getByRole("button", { name: "Tải lên" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã tải lên tệp giay-chung-nhan-ket-hon.pdf." })).toBeVisible();
  await expect(request.getByRole("link", { name: "giay-chung-nhan-ket-hon.pdf" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Ghi chú cho cán bộ (không bắt buộc)").fill("Tôi gửi lại bản chụp rõ nét của Giấy chứng nhận kết hôn.");
  await page.getByRole("button", { name: "Gửi hồ sơ bổ sung" }).click();

  await expect(page.getByRole("status").filter({ hasText: "Đã gửi hồ sơ bổ sung." })).toBeVisible();
  await expect(page.getByRole("region", { name: "Cơ quan yêu cầu bạn bổ sung hồ sơ" })).toHaveCount(0);
  const summary = page.getByRole("region", { name: "Thông tin hồ sơ" });
  await expect(summary).toContainText("Đang xử lý");
  await expect(summary).toContainText("Bộ phận chuyên môn");
  const timeline = page.getByRole("region", { name: "Quá trình xử lý" });
  await expect(timeline.getByRole("heading", { name: "Bổ sung hồ sơ", exact: true })).toBeVisible();
  await expect(timeline).toContainText("Ghi chú của bạn: Tôi gửi lại bản chụp rõ nét của Giấy chứng nhận kết hôn.");
  await expect(timeline).toContainText("Thời hạn giải quyết được tính tiếp");
  await expect(page.getByRole("region", { name: "Giấy tờ của hồ sơ" })).toContainText("Giấy tờ bổ sung · Bản sao Giấy chứng nhận kết hôn");
});

test("a citizen rates a finished dossier once; a second rating from a stale page is refused kindly", async ({ page, context }) => {
  const { id } = officerStep("finish", ACCOUNTS.citizen2.id);
  await signIn(page, "citizen2");
  await page.goto(`/my/dossiers/${id}`);
  const stale = await context.newPage();
  await stale.goto(`/my/dossiers/${id}`);

  await expect(page.getByRole("region", { name: "Kết quả giải quyết" }).getByRole("link", { name: "Tải kết quả điện tử (PDF)" })).toBeVisible();
  const rating = page.getByRole("region", { name: "Đánh giá chất lượng phục vụ" });
  await rating.getByRole("button", { name: "Gửi đánh giá" }).click();
  await expect(page.getByRole("alert", { name: "Chưa thực hiện được" })).toContainText("Chọn mức độ hài lòng.");

  await rating.getByLabel("Hài lòng", { exact: true }).check();
  await rating.getByLabel("Góp ý (không bắt buộc)").fill("Nhận kết quả điện tử ngay trên điện thoại, rất tiện.");
  await rating.getByRole("button", { name: "Gửi đánh giá" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Cảm ơn bạn đã đánh giá chất lượng phục vụ." })).toBeVisible();
  await expect(page.getByRole("region", { name: "Đánh giá chất lượng phục vụ" })).toContainText(/Bạn đã đánh giá “Hài lòng” ngày \d{2}\/\d{2}\/\d{4}\./);
  await expect(page.getByRole("button", { name: "Gửi đánh giá" })).toHaveCount(0);

  const staleRating = stale.getByRole("region", { name: "Đánh giá chất lượng phục vụ" });
  await staleRating.getByLabel("Không hài lòng").check();
  await staleRating.getByRole("button", { name: "Gửi đánh giá" }).click();
  await expect(stale.getByRole("alert", { name: "Chưa thực hiện được" })).toContainText("Bạn đã đánh giá hồ sơ này. Mỗi hồ sơ chỉ được đánh giá một lần.");
  await stale.reload();
  await expect(stale.getByRole("region", { name: "Đánh giá chất lượng phục vụ" })).toContainText("Bạn đã đánh giá “Hài lòng”");
});

test("rating works as a plain HTML form, without JavaScript", async ({ browser }) => {
  const { id } = officerStep("finish", ACCOUNTS.citizen2.id);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // Signing in needs JavaScript (next-auth's client): sign in elsewhere and carry the session cookie over.
  const signedIn = await browser.newContext();
  const helper = await signedIn.newPage();
  await signIn(helper, "citizen2");
  await context.addCookies(await signedIn.cookies());
  await signedIn.close();

  await page.goto(`/my/dossiers/${id}`);
  const rating = page.getByRole("region", { name: "Đánh giá chất lượng phục vụ" });
  await rating.getByLabel("Góp ý (không bắt buộc)").fill("Gửi không cần JavaScript.");
  await rating.getByRole("button", { name: "Gửi đánh giá" }).click();
  await expect(page.getByRole("alert", { name: "Chưa thực hiện được" })).toContainText("Chọn mức độ hài lòng.");
  await expect(page.getByLabel("Góp ý (không bắt buộc)")).toHaveValue("Gửi không cần JavaScript.");

  await page.getByRole("region", { name: "Đánh giá chất lượng phục vụ" }).getByLabel("Bình thường").check();
  await page.getByRole("region", { name: "Đánh giá chất lượng phục vụ" }).getByRole("button", { name: "Gửi đánh giá" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Cảm ơn bạn đã đánh giá chất lượng phục vụ." })).toBeVisible();
  await expect(page.getByRole("region", { name: "Đánh giá chất lượng phục vụ" })).toContainText("Bạn đã đánh giá “Bình thường”");
  await context.close();
});
