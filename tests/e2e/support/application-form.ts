// Walking a generated application form as a person would: by labels, steps and buttons.
import { expect, type Page } from "@playwright/test";
import { samplePdf } from "../../support/files";

/**
 * Fills every empty field of the current step the way a person would: by its label, with a
 * plausible answer for its kind of control.
 */
export async function fillEmptyFields(page: Page) {
  const form = page.locator("main form").first();
  for (const input of await form.locator("input:not([type=hidden]):not([readonly]), textarea:not([readonly]), select").all()) {
    const id = await input.getAttribute("id");
    if (!id?.startsWith("f-")) continue;
    const tag = await input.evaluate((el) => el.tagName.toLowerCase());
    if (tag === "select") {
      if (!(await input.inputValue())) await input.selectOption({ index: 1 });
      continue;
    }
    if (await input.inputValue()) continue;
    const type = await input.getAttribute("type");
    const mode = await input.getAttribute("inputmode");
    const value =
      type === "date" ? "2026-11-20" : type === "tel" ? "0912345678" : type === "email" ? "nguoinop@example.vn"
      : mode === "numeric" ? "019090012345" : mode === "decimal" ? "1"
      : tag === "textarea" ? "Đề nghị cơ quan xem xét, giải quyết." : "Nguyễn Văn Bảo";
    await input.fill(value);
  }
}

export async function uploadAllDocuments(page: Page) {
  const pdf = samplePdf("Ban sao dien tu");
  const groups = page.getByRole("group");
  const count = await groups.count();
  for (let i = 0; i < count; i++) {
    const group = groups.nth(i);
    await group.locator("input[type=file]").setInputFiles({ name: "giay-to.pdf", mimeType: "application/pdf", buffer: pdf });
    await group.getByRole("button", { name: "Tải lên" }).click();
    await expect(group.getByRole("link", { name: /giay-to\.pdf/ })).toBeVisible();
  }
}

/** Fills and continues through the steps with inputs, until the document step. */
export async function advanceToDocuments(page: Page) {
  // Each "continue" must land on the next step before the next one is filled.
  await expect(page.getByRole("heading", { level: 1, name: /^Nộp hồ sơ: / })).toHaveCount(0);
  for (let guard = 0; guard < 5; guard++) {
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading).toBeVisible();
    if (await page.getByRole("button", { name: "Tải lên" }).count()) return;
    const title = await heading.innerText();
    await fillEmptyFields(page);
    await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();
    await expect(heading).not.toHaveText(title);
  }
}

export async function walkTheForm(page: Page) {
  await advanceToDocuments(page);
  await uploadAllDocuments(page);
  await page.getByRole("link", { name: "Kiểm tra lại tờ khai" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kiểm tra lại thông tin trước khi nộp" })).toBeVisible();
}

/** Signed in: from the catalogue to the first step of the application for a procedure. */
export async function startApplicationFor(page: Page, search: string, procedure: RegExp) {
  await page.goto(`/procedures?q=${encodeURIComponent(search)}`);
  await page.getByRole("link", { name: procedure }).first().click();
  await page.getByRole("link", { name: "Nộp hồ sơ trực tuyến" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Nộp hồ sơ: / })).toBeVisible();
  await page.getByRole("button", { name: "Bắt đầu" }).click();
}
