// The one-stop desk's side of a dossier, end to end through the officer's own pages: a citizen
// applies online to Sở Tư pháp; the officer finds it in the inbox, receives it, sends it for
// processing and asks for one more document; the citizen answers on their dossier page; the
// officer approves and returns the generated e-result; the citizen sees it. The inbox and the
// dossier page are checked for accessibility, and the inbox at a 360 px phone width.
import { expect, test, type Page } from "@playwright/test";
import { samplePdf } from "../support/files";
import { expectAccessible, signIn, visit, type AccountKey } from "./helpers";
import { walkTheForm } from "./support/application-form";

const MISSING = ["Bản sao Căn cước công dân có chứng thực", "Tờ khai bổ sung nơi cư trú"];

async function applyForCriminalRecord(page: Page): Promise<string> {
  await page.getByRole("link", { name: "Trang chủ" }).click();
  await page.getByRole("searchbox", { name: "Tìm thủ tục hành chính" }).fill("ly lich tu phap");
  await page.getByRole("button", { name: "Tìm kiếm" }).click();
  await page.getByRole("link", { name: /Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam/ }).first().click();
  await page.getByRole("link", { name: "Nộp hồ sơ trực tuyến" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Nộp hồ sơ: / })).toBeVisible();
  await page.getByRole("button", { name: "Bắt đầu" }).click();
  await walkTheForm(page);
  await page.getByRole("button", { name: "Thanh toán lệ phí" }).click();
  await page.getByRole("button", { name: "Xác nhận thanh toán" }).click();
  await expect(page.getByText("Thanh toán thành công. Bạn có thể nộp hồ sơ.")).toBeVisible();
  await page.getByRole("link", { name: "Quay lại bước nộp hồ sơ" }).click();
  await page.getByRole("button", { name: "Nộp hồ sơ" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Đã nộp hồ sơ thành công" })).toBeVisible();
  return (await page.locator("strong.font-mono").first().innerText()).trim();
}

/** Signs in; the first page of a cold server on a busy machine may take longer than the helper waits. */
async function signInPatiently(page: Page, who: AccountKey) {
  try {
    await signIn(page, who);
  } catch {
    await expect(page.getByRole("button", { name: "Đăng xuất" })).toBeVisible({ timeout: 30_000 });
    await page.locator("html[data-hydrated=true]").waitFor({ state: "attached" });
  }
}

/** Submits one of the dossier page's action forms and waits for the page to confirm it. */
async function act(page: Page, form: string, button: string, notice: string) {
  await page.getByRole("region", { name: form, exact: true }).getByRole("button", { name: button }).click();
  await expect(page.getByRole("status").filter({ hasText: notice })).toBeVisible();
}

test("an officer processes a citizen's online dossier from the inbox to the returned e-result", async ({ page: citizen, browser }) => {
  test.setTimeout(240_000);
  await signInPatiently(citizen, "citizen");
  const code = await applyForCriminalRecord(citizen);

  // The officer finds it among the dossiers waiting for reception.
  const context = await browser.newContext();
  const officer = await context.newPage();
  await signInPatiently(officer, "officer");
  await officer.getByRole("link", { name: "Mở sổ theo dõi hồ sơ" }).click();
  await expect(officer.getByRole("heading", { level: 1, name: "Sổ theo dõi hồ sơ" })).toBeVisible();
  await officer.locator("html[data-hydrated=true]").waitFor({ state: "attached" });
  await expectAccessible(officer);
  await officer.getByRole("navigation", { name: "Nhóm hồ sơ" }).getByRole("link", { name: /^Chờ tiếp nhận/ }).click();
  await expect(officer).toHaveURL(/tab=waiting/);
  await officer.getByLabel("Tìm theo mã hồ sơ hoặc tên người nộp").fill(code);
  await officer.getByRole("button", { name: "Lọc hồ sơ" }).click();
  await expect(officer).toHaveURL(new RegExp(`q=${code}`));
  await officer.getByRole("link", { name: code }).click();
  await expect(officer.getByRole("heading", { level: 1, name: /Cấp Phiếu lý lịch tư pháp/ })).toBeVisible();
  await officer.locator("html[data-hydrated=true]").waitFor({ state: "attached" });
  await expectAccessible(officer);

  // Receive, then send for processing.
  await act(officer, "Tiếp nhận hồ sơ", "Tiếp nhận hồ sơ", "Đã tiếp nhận hồ sơ và hẹn ngày trả kết quả.");
  await expect(officer.getByRole("region", { name: "Thông tin hồ sơ", exact: true })).toContainText("Đã tiếp nhận");
  await act(officer, "Chuyển xử lý", "Bắt đầu xử lý", "Hồ sơ đã được chuyển xử lý.");

  // Ask for more documents: a missing reason is answered beside the field, the list typed is kept.
  const request = officer.getByRole("region", { name: "Yêu cầu bổ sung hồ sơ", exact: true });
  await request.getByLabel("Giấy tờ cần bổ sung").fill(MISSING.join("\n"));
  await request.getByRole("button", { name: "Gửi yêu cầu bổ sung" }).click();
  await expect(request.getByRole("alert")).toContainText("Nhập lý do.");
  await expect(request.getByLabel("Giấy tờ cần bổ sung")).toHaveValue(MISSING.join("\n"));
  await request.getByLabel("Lý do").fill("Bản chụp Căn cước công dân bị mờ, không đọc được số định danh");
  await act(officer, "Yêu cầu bổ sung hồ sơ", "Gửi yêu cầu bổ sung", "Đã gửi yêu cầu bổ sung hồ sơ. Thời hạn giải quyết tạm dừng.");
  await expect(officer.getByRole("region", { name: "Thông tin hồ sơ", exact: true })).toContainText("tạm dừng");

  // The citizen answers on their dossier page.
  await visit(citizen, "/my");
  await citizen.getByRole("link", { name: code }).click();
  const answer = citizen.getByRole("region", { name: "Cơ quan yêu cầu bạn bổ sung hồ sơ" });
  await expect(answer).toContainText(MISSING[0]);
  await citizen.getByLabel("Chọn tệp").setInputFiles({ name: "cccd-chung-thuc.pdf", mimeType: "application/pdf", buffer: samplePdf("CCCD chung thuc") });
  await citizen.getByLabel("Tệp này là giấy tờ nào?").selectOption(MISSING[0]);
  await citizen.getByRole("button", { name: "Tải lên" }).click();
  await expect(answer.getByRole("link", { name: "cccd-chung-thuc.pdf" })).toBeVisible();
  await citizen.getByRole("button", { name: "Gửi hồ sơ bổ sung" }).click();
  await expect(citizen.getByRole("status").filter({ hasText: "Đã gửi hồ sơ bổ sung." })).toBeVisible();

  // The officer sees the new file, approves and returns the generated e-result.
  await officer.reload();
  await expect(officer.getByRole("region", { name: "Giấy tờ của hồ sơ" }).getByRole("link", { name: /cccd-chung-thuc\.pdf/ })).toBeVisible();
  await act(officer, "Phê duyệt", "Phê duyệt hồ sơ", "Đã phê duyệt hồ sơ và cấp số kết quả.");
  const result = officer.getByRole("region", { name: "Trả kết quả", exact: true });
  await expect(result.getByLabel("Tạo kết quả điện tử (PDF có mã xác thực)")).toBeChecked();
  await act(officer, "Trả kết quả", "Trả kết quả", "Đã trả kết quả cho công dân.");
  await expect(officer.getByRole("region", { name: "Thông tin hồ sơ", exact: true })).toContainText("Đã trả kết quả");
  await expect(officer.getByRole("region", { name: "Xử lý hồ sơ", exact: true })).toContainText("Không có thao tác nào");

  // The citizen sees the result.
  await citizen.reload();
  await expect(citizen.getByRole("region", { name: "Thông tin hồ sơ" })).toContainText("Đã trả kết quả");
  await expect(citizen.getByRole("link", { name: "Tải kết quả điện tử (PDF)" })).toBeVisible();

  // The finished dossier is under "Đã xong" in the inbox.
  await visit(officer, `/officer/dossiers?tab=done&q=${code}`);
  await expect(officer.getByRole("link", { name: code })).toBeVisible();
  await context.close();
});

test("the inbox works on a 360 px phone and refuses another agency's dossier", async ({ browser }) => {
  const phone = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const page = await phone.newPage();
  await signInPatiently(page, "officer2");
  await visit(page, "/officer/dossiers?tab=done");
  await expect(page.getByRole("heading", { level: 1, name: "Sổ theo dõi hồ sơ" })).toBeVisible();
  const first = page.getByRole("main").getByRole("link", { name: /^PDP-/ }).first();
  await expect(first).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAccessible(page);

  // A dossier of the ward, opened by an officer of Sở Tư pháp: the same 404 as an unknown id.
  const href = (await first.getAttribute("href")) as string;
  const desk = await browser.newContext();
  const other = await desk.newPage();
  await signInPatiently(other, "officer");
  expect((await other.goto(href))?.status()).toBe(404);
  expect((await other.goto("/officer/dossiers/cm0doesnotexist000000000"))?.status()).toBe(404);
  await Promise.all([phone.close(), desk.close()]);
});
