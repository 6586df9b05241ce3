// Task progress and feedback answering, as officers and leaders do them: an officer of a lead
// agency reports progress with an evidence PDF; the leader opens the task, sees the report and
// its evidence, and comments; the officer answers a citizen's feedback, which the citizen reads.
import { expect, test, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { embeddedUrl } from "../../scripts/db/embedded";
import { samplePdf } from "../support/files";
import { ACCOUNTS, DEMO_PASSWORD, expectAccessible, visit, type AccountKey } from "./helpers";

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

const RUN = Date.now().toString(36);

// Long journeys with several accessibility checks, on a shared machine: more than the default minute.
test.describe.configure({ timeout: 240_000 });

/** A page in its own browser context (one signed-in person each; axe needs a context's page). */
async function personPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

/**
 * Signs in through the form like helpers.signIn, with more patience for the first render of a
 * role's home page on a freshly built server (the machine running the tests may be busy).
 */
async function signIn(page: Page, who: AccountKey) {
  await visit(page, "/sign-in");
  await page.getByLabel("Thư điện tử hoặc số điện thoại").fill(ACCOUNTS[who].id);
  await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("button", { name: "Đăng xuất" })).toBeVisible({ timeout: 30_000 });
  await page.locator("html[data-hydrated=true]").waitFor({ state: "attached" });
}

test("an officer reports progress with evidence; the leader sees it and comments", async ({ browser }) => {
  // A task led by the demo officer's agency (Sở Tư pháp) and not finished.
  const [task] = await query<{ code: string; progress: number }>(
    `SELECT t.code, t.progress FROM "Task" t JOIN "Agency" a ON a.id = t."leadAgencyId"
     JOIN "User" u ON u."agencyId" = a.id AND u.email = 'canbo.tuphap@demo.thainguyen.vn'
     WHERE t.status <> 'DONE' ORDER BY t.code LIMIT 1`,
  );
  expect(task, "the seed gives the demo officer's agency a task to lead").toBeTruthy();
  const note = `Đã số hóa thêm 8.500 sổ hộ tịch (${RUN}).`;
  const fileName = `bao-cao-tien-do-${RUN}.pdf`;

  const officer = await personPage(browser);
  await signIn(officer, "officer");
  await visit(officer, "/officer/tasks");
  await expect(officer.getByRole("heading", { level: 1, name: "Nhiệm vụ chuyển đổi số" })).toBeVisible();
  await expectAccessible(officer);
  await expect(officer.getByRole("heading", { level: 2, name: "Nhiệm vụ do cơ quan chủ trì" })).toBeVisible();
  await officer.getByRole("row").filter({ hasText: task.code }).first().getByRole("link").click();
  await expect(officer).toHaveURL(new RegExp(`/tasks/${task.code}$`));
  await officer.locator("html[data-hydrated=true]").waitFor({ state: "attached" });
  await expect(officer.getByRole("heading", { level: 2, name: "Báo cáo tiến độ", exact: true })).toBeVisible();
  await expectAccessible(officer);

  // Lower progress without a reason: refused beside the field, the typed note kept.
  await officer.getByLabel("Tỷ lệ hoàn thành (%) (*)").fill(String(task.progress - 5));
  await officer.getByLabel("Nội dung báo cáo (*)").fill(note);
  await officer.getByRole("button", { name: "Gửi báo cáo tiến độ" }).click();
  const summary = officer.getByRole("alert", { name: "Chưa gửi được báo cáo tiến độ" });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Tiến độ thấp hơn lần báo cáo trước: nêu lý do điều chỉnh.");
  await expect(officer.getByLabel("Lý do (khi tiến độ giảm hoặc mở lại nhiệm vụ)")).toHaveAttribute("aria-invalid", "true");
  await expect(officer.getByLabel("Nội dung báo cáo (*)")).toHaveValue(note);
  await expectAccessible(officer);

  await officer.getByLabel("Tỷ lệ hoàn thành (%) (*)").fill(String(task.progress + 3));
  await officer.getByLabel("Tình trạng (*)").selectOption({ label: "Có nguy cơ chậm" });
  await officer.getByLabel("Tài liệu minh chứng (không bắt buộc)").setInputFiles({ name: fileName, mimeType: "application/pdf", buffer: samplePdf("Bao cao tien do") });
  await officer.getByRole("button", { name: "Gửi báo cáo tiến độ" }).click();
  await expect(officer.getByRole("status").filter({ hasText: "Đã ghi nhận báo cáo tiến độ." })).toBeVisible();
  const history = officer.getByRole("region", { name: "Lịch sử báo cáo tiến độ" });
  await expect(history.getByRole("listitem").first()).toContainText(note);
  await expect(history.getByRole("link", { name: `Tải xuống ${fileName}` })).toBeVisible();
  await officer.context().close();

  const [row] = await query<{ progress: number; status: string; files: string }>(
    `SELECT t.progress, t.status::text AS status, (SELECT count(*) FROM "Attachment" a JOIN "TaskUpdate" u ON u.id = a."taskUpdateId" WHERE u."taskId" = t.id AND a.kind = 'EVIDENCE' AND a."originalName" = $2)::text AS files
     FROM "Task" t WHERE t.code = $1`,
    [task.code, fileName],
  );
  expect(row).toEqual({ progress: task.progress + 3, status: "AT_RISK", files: "1" });

  const leader = await personPage(browser);
  await signIn(leader, "leader");
  await visit(leader, `/tasks/${task.code}`);
  await expect(leader.getByRole("heading", { level: 2, name: "Báo cáo tiến độ", exact: true })).toHaveCount(0);
  const latest = leader.getByRole("region", { name: "Lịch sử báo cáo tiến độ" }).getByRole("listitem").first();
  await expect(latest).toContainText(note);
  await expect(latest).toContainText("Lê Thị Hoa");
  const link = latest.getByRole("link", { name: `Tải xuống ${fileName}` });
  await expect(link).toBeVisible();
  const download = await leader.request.get((await link.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect((await download.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  await expectAccessible(leader);

  const comment = `Đề nghị Sở Tư pháp đẩy nhanh tiến độ, báo cáo trước ngày 15 tháng sau (${RUN}).`;
  await leader.getByRole("button", { name: "Gửi ý kiến" }).click();
  await expect(leader.getByRole("alert", { name: "Chưa gửi được ý kiến" })).toContainText("Nhập nội dung ý kiến.");
  await leader.getByLabel("Ý kiến chỉ đạo", { exact: true }).fill(comment);
  await leader.getByRole("button", { name: "Gửi ý kiến" }).click();
  await expect(leader.getByRole("status").filter({ hasText: "Đã gửi ý kiến." })).toBeVisible();
  await expect(leader.getByRole("region", { name: "Ý kiến chỉ đạo, trao đổi" })).toContainText(comment);
  await leader.context().close();
});

test("an officer answers a citizen's feedback on /officer/feedback and the citizen reads the answer", async ({ browser }) => {
  const code = `PAKN-E2E-${RUN.toUpperCase()}`;
  const subject = `Đề nghị hướng dẫn chứng thực bản sao điện tử ${RUN}`;
  await query(
    `INSERT INTO "Feedback" (id, code, "authorId", "agencyId", subject, body, status, "dueAt", "createdAt", "updatedAt")
     SELECT $1, $2, c.id, o."agencyId", $3, 'Tôi chưa rõ cách xin chứng thực bản sao điện tử từ bản chính. Đề nghị Sở hướng dẫn cụ thể.', 'OPEN', now() - interval '1 day', now() - interval '20 days', now()
     FROM "User" c, "User" o WHERE c.email = 'binh.tran@demo.thainguyen.vn' AND o.email = 'canbo.tuphap@demo.thainguyen.vn'`,
    [`e2e-feedback-${RUN}`, code, subject],
  );
  const answer = "Sở Tư pháp hướng dẫn: ông/bà nộp yêu cầu chứng thực trên Cổng, đính kèm bản chụp bản chính và nhận bản sao điện tử qua tài khoản.";

  const officer = await personPage(browser);
  await signIn(officer, "officer");
  await visit(officer, "/officer/feedback");
  await expect(officer.getByRole("heading", { level: 1, name: "Phản ánh, kiến nghị cần trả lời" })).toBeVisible();
  const rowOf = officer.getByRole("row").filter({ hasText: code });
  await expect(rowOf).toContainText("Đã quá hạn trả lời");
  await expectAccessible(officer);
  await rowOf.getByRole("link", { name: subject }).click();
  await expect(officer.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await officer.locator("html[data-hydrated=true]").waitFor({ state: "attached" });
  await expect(officer.getByText("Trần Thị Bình")).toBeVisible();
  await expectAccessible(officer);

  await officer.getByLabel("Nội dung trả lời").fill("Ngắn quá");
  await officer.getByRole("button", { name: "Gửi trả lời" }).click();
  await expect(officer.getByRole("alert", { name: "Chưa gửi được câu trả lời" })).toBeVisible();
  await expect(officer.getByLabel("Nội dung trả lời")).toHaveValue("Ngắn quá");
  await officer.getByLabel("Nội dung trả lời").fill(answer);
  await officer.getByRole("button", { name: "Gửi trả lời" }).click();
  await expect(officer.getByRole("status").filter({ hasText: "Đã gửi câu trả lời tới người dân." })).toBeVisible();
  await expect(officer.getByText(answer)).toBeVisible();
  await visit(officer, "/officer/feedback?tab=answered");
  await expect(officer.getByRole("row").filter({ hasText: code })).toBeVisible();
  await officer.context().close();

  const citizen = await personPage(browser);
  await signIn(citizen, "citizen2");
  await visit(citizen, `/my/feedback/${code}`);
  await expect(citizen.getByRole("heading", { name: "Trả lời của cơ quan" })).toBeVisible();
  await expect(citizen.getByText(answer)).toBeVisible();
  await citizen.context().close();
});
