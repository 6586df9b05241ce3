// Security headers on every response and the CSRF check on state-changing API requests, against
// the production server.
import { expect, test } from "@playwright/test";

test("every response carries the security headers and a request id", async ({ request }) => {
  for (const path of ["/", "/procedures", "/api/health", "/sign-in", "/this-page-does-not-exist"]) {
    const response = await request.get(path);
    const h = response.headers();
    expect(h["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(h["content-security-policy"], path).toContain("default-src 'self'");
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["strict-transport-security"], path).toContain("max-age=");
    expect(h["x-request-id"], path).toMatch(/^[A-Za-z0-9._:-]{8,128}$/);
  }
});

test("a well-formed request id is kept, a malformed one replaced", async ({ request }) => {
  const kept = await request.get("/api/health", { headers: { "x-request-id": "trace-0123456789" } });
  expect(kept.headers()["x-request-id"]).toBe("trace-0123456789");
  const replaced = await request.get("/api/health", { headers: { "x-request-id": "<script>" } });
  expect(replaced.headers()["x-request-id"]).not.toContain("<");
});

test("a state-changing request from another site is refused; the same request from the portal goes through", async ({ request, baseURL }) => {
  const forged = await request.post("/api/locale", { form: { lang: "en" }, headers: { Origin: "https://evil.example" }, maxRedirects: 0 });
  expect(forged.status()).toBe(403);
  expect((await forged.json()).title).toContain("chống giả mạo yêu cầu");
  expect(forged.headers()["set-cookie"] ?? "").not.toContain("lang=");

  const noOrigin = await request.delete("/api/attachments/does-not-matter", { maxRedirects: 0 });
  expect(noOrigin.status()).toBe(403);

  const own = await request.post("/api/locale", { form: { lang: "en" }, headers: { Origin: new URL(baseURL!).origin }, maxRedirects: 0 });
  expect(own.status()).toBeLessThan(400);
  expect(own.headers()["set-cookie"] ?? "").toContain("lang=en");
});
