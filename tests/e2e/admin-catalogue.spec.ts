// Administration of the catalogue and the plan, as an administrator works: adding a field to a
// procedure's form with the live preview, the citizen then seeing that field when applying; and
// creating a task with a milestone. Edit pages pass the axe check.
import { expect, test, type Page } from "@playwright/test";
import { fillEmptyFields } from "./support/application-form";
import { ACCOUNTS, DEMO_PASSWORD, expectAccessible, visit, type AccountKey } from "./helpers";

// Server round trips (sign-in, saving) can take well over the default 5 s on a loaded machine.
const slow = expect.configure({ timeout: 30_000 });

/** The helpers' sign-in, with the patience of `slow`. */
async function signIn(page: Page, who: AccountKey) {
  await visit(page, "/sign-in");
  await page.getByLabel("Thư điện tử hoặc số điện thoại").fill(ACCOUNTS[who].id);
  await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await slow(page.getByRole("button", { name: "Đăng xuất" })).toBeVisible();
  await page.locator("html[data-hydrated=true]").waitFor({ state: "attached" });
}

const PROCEDURE = "Cấp bản sao trích lục hộ tịch";
const NEW_LABEL = "Mục đích sử dụng bản sao";

async function openProcedure(page: Page) {
  await visit(page, "/admin/procedures?q=trich+luc+ho+tich");
  await page.getByRole("link", { name: PROCEDURE, exact: true }).click();
  await slow(page.getByRole("heading", { level: 1, name: /^Sửa thủ tục / })).toBeVisible();
  await page.locator("html[data-hydrated=true]").waitFor({ state: "attached" });
}

test("an administrator adds a field to a procedure's form, previews it, saves; a citizen then sees it when applying", async ({ browser, page }) => {
  // Two people, two sign-ins and a walk through the application: more than the default minute on a busy machine.
  test.setTimeout(300_000);
  await signIn(page, "admin");
  await openProcedure(page);
  await expect(page.getByText("Sửa thủ tục không làm thay đổi hồ sơ đã nộp")).toBeVisible();
  await expectAccessible(page);

  const editor = page.getByLabel("Mô tả biểu mẫu (JSON)");
  const schema = JSON.parse(await editor.inputValue()) as { fields: Record<string, unknown>[] };
  const preview = page.getByRole("region", { name: "Xem trước biểu mẫu của người nộp" });

  // A duplicate field name is refused in the preview, with where it is, in Vietnamese.
  const duplicate = { ...schema, fields: [...schema.fields, { ...schema.fields[0], label: "Lặp lại" }] };
  await editor.fill(JSON.stringify(duplicate, null, 2));
  await page.getByRole("button", { name: "Xem trước" }).click();
  await expect(preview).toContainText(`Trường thứ ${schema.fields.length + 1} ("${String(schema.fields[0].name)}") › tên trường (name): Trùng tên trường`);

  // Back to the saved description, then the structured helper adds the new field to the JSON;
  // the preview follows by itself, rendered like the citizen's form.
  await editor.fill(JSON.stringify(schema, null, 2));
  await page.getByLabel("Tên kỹ thuật (name)").fill("mucDichSuDung");
  await page.getByLabel("Nhãn hiển thị").fill(NEW_LABEL);
  await page.getByLabel("Kiểu trường").selectOption({ label: "Đoạn văn" });
  await page.getByLabel("Thuộc bước").selectOption({ index: 1 });
  await page.getByLabel("Bắt buộc nhập").uncheck();
  await page.getByRole("button", { name: "Thêm trường", exact: true }).click();
  await expect(page.getByText(`Đã thêm trường “${NEW_LABEL}” vào mô tả.`)).toBeVisible();
  await expect(editor).toHaveValue(/"name": "mucDichSuDung"/);
  await expect(preview.getByText(/^Biểu mẫu hợp lệ/)).toBeVisible();
  await expect(preview.getByLabel(new RegExp(NEW_LABEL))).toBeDisabled();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await slow(page.getByRole("status").filter({ hasText: "Đã lưu thay đổi." })).toBeVisible();
  await expect(page.getByText(/Phiên bản 1 · cập nhật lần cuối/)).toBeVisible();

  // The citizen's application form now asks for it.
  const citizen = await (await browser.newContext()).newPage();
  await signIn(citizen, "citizen2");
  await visit(citizen, "/procedures?q=trich+luc+ho+tich");
  await citizen.getByRole("link", { name: PROCEDURE, exact: true }).click();
  await citizen.getByRole("link", { name: "Nộp hồ sơ trực tuyến" }).click();
  await citizen.getByLabel("Nộp tại xã, phường").selectOption({ label: "Ủy ban nhân dân phường Phan Đình Phùng" });
  await citizen.getByRole("button", { name: "Bắt đầu" }).click();
  await slow(citizen.getByRole("heading", { level: 1, name: /^Nộp hồ sơ: / })).toHaveCount(0);
  const field = citizen.getByLabel(new RegExp(NEW_LABEL));
  for (let guard = 0; guard < 3 && !(await field.isVisible()); guard++) {
    const heading = citizen.getByRole("heading", { level: 1 });
    const title = await heading.innerText();
    await fillEmptyFields(citizen);
    await citizen.getByRole("button", { name: "Lưu và tiếp tục" }).click();
    await slow(heading).not.toHaveText(title);
  }
  await slow(field).toBeVisible();
  await citizen.context().close();
});

test("an administrator creates a task with a milestone; a due date before the start is refused beside the field", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "admin");
  await visit(page, "/admin/tasks");
  await page.getByRole("link", { name: "Thêm nhiệm vụ" }).click();
  await slow(page.getByRole("heading", { level: 1, name: "Thêm nhiệm vụ" })).toBeVisible();
  await page.locator("html[data-hydrated=true]").waitFor({ state: "attached" });

  await page.getByLabel("Mã nhiệm vụ").fill("NV80");
  await page.getByLabel("Tên nhiệm vụ").fill("Số hóa hồ sơ lưu trữ của các sở");
  await page.getByLabel("Mô tả").fill("Số hóa toàn bộ hồ sơ lưu trữ giai đoạn 2015–2025.");
  await page.getByLabel("Trụ cột").selectOption({ index: 1 });
  await page.getByLabel("Cơ quan chủ trì").selectOption({ label: "Sở Tư pháp tỉnh Thái Nguyên" });
  await page.getByLabel("Ngày bắt đầu").fill("2026-03-01");
  await page.getByLabel("Hạn hoàn thành").fill("2026-02-01");
  await page.getByLabel("Trọng số").fill("2");
  await page.getByRole("button", { name: "Thêm mốc" }).click();
  await page.getByLabel("Tên mốc").fill("Hoàn thành số hóa đợt 1");
  await page.getByLabel("Ngày hoàn thành dự kiến").fill("2026-06-30");
  await page.getByRole("button", { name: "Tạo mới" }).click();

  const summary = page.getByRole("alert", { name: "Chưa lưu được, cần sửa các mục sau" });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Hạn hoàn thành phải bằng hoặc sau ngày bắt đầu");
  await expect(page.getByLabel("Hạn hoàn thành")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Tên mốc")).toHaveValue("Hoàn thành số hóa đợt 1");
  await expectAccessible(page);

  await page.getByLabel("Hạn hoàn thành").fill("2026-12-31");
  await page.getByRole("button", { name: "Tạo mới" }).click();
  await slow(page.getByRole("status").filter({ hasText: "Đã tạo mới." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Sửa nhiệm vụ NV80" })).toBeVisible();
  await expect(page.getByLabel("Tên mốc")).toHaveValue("Hoàn thành số hóa đợt 1");
  await expect(page.getByLabel("Ngày hoàn thành dự kiến")).toHaveValue("2026-06-30");
  await expectAccessible(page);

  await visit(page, "/admin/tasks");
  const row = page.getByRole("row").filter({ hasText: "NV80" });
  await expect(row).toContainText("Số hóa hồ sơ lưu trữ của các sở");
  await expect(row).toContainText("31/12/2026");
});
