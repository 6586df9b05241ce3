// The page cache of the production web server (scripts/web-server.ts): anonymous visitors of a
// public page share one render for a few seconds; nobody signed in ever gets that copy, and the
// language cookie gets its own copy.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("an anonymous visitor gets the shared copy of a public page, a signed-in citizen never does", async ({ page, playwright, baseURL }) => {
  // A URL of its own, so that no other test's request filled the entry.
  const path = `/procedures?q=khai+sinh&e2e=${Date.now()}`;
  const anonymous = await playwright.request.newContext({ baseURL });
  const first = await anonymous.get(path);
  expect(first.status()).toBe(200);
  expect(first.headers()["x-cache"]).toBe("MISS");
  const second = await anonymous.get(path);
  expect(second.headers()["x-cache"]).toBe("HIT");
  expect(await second.text()).toBe(await first.text());
  expect(second.headers()["x-request-id"]).toBeTruthy();
  expect(second.headers()["x-request-id"]).not.toBe(first.headers()["x-request-id"]);
  // The security headers are those of the page (stored with it).
  expect(second.headers()["content-security-policy"]).toBe(first.headers()["content-security-policy"]);
  expect(second.headers()["x-content-type-options"]).toBe("nosniff");

  // English is another copy.
  const english = await anonymous.get(path, { headers: { cookie: "lang=en" } });
  expect(english.headers()["x-cache"]).toBe("MISS");
  expect(await english.text()).toContain('<html lang="en"');
  expect(await second.text()).toContain('<html lang="vi"');
  await anonymous.dispose();

  // Signed in: rendered for this person (their sign-out button), never from the cache.
  await signIn(page, "citizen");
  const response = await page.goto(path);
  expect(response?.headers()["x-cache"]).toBeUndefined();
  await expect(page.getByRole("button", { name: "Đăng xuất" })).toBeVisible();
});

test("forms, the look-up and signed-in areas are never cached", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  for (const path of ["/lookup", "/sign-in", "/procedures/1.001193/apply", "/api/health"]) {
    await anonymous.get(path, { maxRedirects: 0 });
    const again = await anonymous.get(path, { maxRedirects: 0 });
    expect(again.headers()["x-cache"], path).toBeUndefined();
  }
  await anonymous.dispose();
});
