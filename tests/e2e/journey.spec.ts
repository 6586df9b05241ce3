// The whole level-4 journey of one citizen, end to end, as the issue describes it:
// search without diacritics → apply with a real PDF → pay in the sandbox → receipt → the
// one-stop desk asks for more documents (the app's own operation) → the citizen supplements →
// the result is returned → the public verification page → the rating.
import { execFileSync } from "node:child_process";
import fs from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { samplePdf } from "../support/files";
import { ACCOUNTS, signIn } from "./helpers";
import { walkTheForm } from "./support/application-form";
import { SUPPLEMENT_DOCUMENTS } from "./support/dossier-scenario";

function officerStep(step: "receive" | "request-supplement" | "finish", code: string) {
  execFileSync("npx", ["tsx", "--conditions=react-server", "tests/e2e/support/officer-step.ts", step, ACCOUNTS.citizen.id, code], {
    encoding: "utf8",
    env: { ...process.env, E2E_PORT: process.env.E2E_PORT ?? "3100" },
  });
}

test("a citizen completes a procedure fully online, from search to verified e-result and rating", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, "citizen");

  // Find it without diacritics and start.
  await page.getByRole("link", { name: "Trang chủ" }).click();
  await page.getByRole("searchbox", { name: "Tìm thủ tục hành chính" }).fill("ly lich tu phap");
  await page.getByRole("button", { name: "Tìm kiếm" }).click();
  await page.getByRole("link", { name: /Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam/ }).first().click();
  await page.getByRole("link", { name: "Nộp hồ sơ trực tuyến" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Nộp hồ sơ: / })).toBeVisible();
  await page.getByRole("button", { name: "Bắt đầu" }).click();

  // Fill the generated form, attach real PDFs, pay the fee in the gateway, submit.
  await walkTheForm(page);
  await page.getByRole("button", { name: "Thanh toán lệ phí" }).click();
  await page.getByRole("button", { name: "Xác nhận thanh toán" }).click();
  await expect(page.getByText("Thanh toán thành công. Bạn có thể nộp hồ sơ.")).toBeVisible();
  await page.getByRole("link", { name: "Quay lại bước nộp hồ sơ" }).click();
  await page.getByRole("button", { name: "Nộp hồ sơ" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Đã nộp hồ sơ thành công" })).toBeVisible();
  const code = (await page.locator("strong.font-mono").first().innerText()).trim();
  await expect(page.getByText(/^\d{2}\/\d{2}\/\d{4}$/).first()).toBeVisible();

  // The one-stop desk receives it and asks for one more document.
  officerStep("request-supplement", code);
  await page.getByRole("link", { name: code }).click();
  const request = page.getByRole("region", { name: "Cơ quan yêu cầu bạn bổ sung hồ sơ" });
  await expect(request).toBeVisible();
  await page.getByLabel("Chọn tệp").setInputFiles({ name: "bo-sung.pdf", mimeType: "application/pdf", buffer: samplePdf("Tai lieu bo sung") });
  await page.getByLabel("Tệp này là giấy tờ nào?").selectOption(SUPPLEMENT_DOCUMENTS[0]);
  await page.getByRole("button", { name: "Tải lên" }).click();
  await expect(request.getByRole("link", { name: "bo-sung.pdf" })).toBeVisible();
  await page.getByRole("button", { name: "Gửi hồ sơ bổ sung" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã gửi hồ sơ bổ sung." })).toBeVisible();
  await expect(page.getByRole("region", { name: "Thông tin hồ sơ" })).toContainText("Đang xử lý");

  // The agency approves and returns the result electronically.
  officerStep("finish", code);
  await page.reload();
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải kết quả điện tử (PDF)" }).click();
  const pdf = await fs.readFile((await (await downloadPromise).path()) as string);
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const verifyUrl = /\/URI \((http[^)]+\/verify\/[A-Za-z0-9_-]+)\)/.exec(pdf.toString("latin1"))?.[1];
  expect(verifyUrl).toBeTruthy();

  // Anyone holding the paper checks it.
  const visitor = await browser.newContext();
  const anonymous = await visitor.newPage();
  expect((await anonymous.goto(verifyUrl as string))?.status()).toBe(200);
  await expect(anonymous.getByRole("heading", { level: 1, name: "Kết quả hợp lệ" })).toBeVisible();
  await expect(anonymous.getByRole("main")).toContainText("Cấp Phiếu lý lịch tư pháp");
  await visitor.close();

  // The citizen rates the service, once.
  const rating = page.getByRole("region", { name: "Đánh giá chất lượng phục vụ" });
  await rating.getByLabel("Hài lòng", { exact: true }).check();
  await rating.getByRole("button", { name: "Gửi đánh giá" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Cảm ơn bạn đã đánh giá chất lượng phục vụ." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Gửi đánh giá" })).toHaveCount(0);
});
