// Security headers on every response and the CSRF check on state-changing API requests, against
// the production server.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { decode, encode } from "next-auth/jwt";
import { signIn } from "./helpers";

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

test("API routes, API errors and unknown API paths carry the security headers too", async ({ request }) => {
  const cases: { path: string; method: "get" | "post"; status: number }[] = [
    { path: "/api/v1/observations", method: "post", status: 401 }, // no token: problem details
    { path: "/api/v1/national-portal/dossiers/KHONG-CO", method: "get", status: 401 },
    { path: "/api/khong-ton-tai", method: "get", status: 404 },
  ];
  for (const c of cases) {
    const response = c.method === "get" ? await request.get(c.path) : await request.post(c.path, { data: {} });
    expect(response.status(), c.path).toBe(c.status);
    const h = response.headers();
    expect(h["content-security-policy"], c.path).toContain("default-src 'self'");
    expect(h["x-content-type-options"], c.path).toBe("nosniff");
    expect(h["x-frame-options"], c.path).toBe("DENY");
    expect(h["strict-transport-security"], c.path).toContain("max-age=");
  }
});

test("the session cookie is HttpOnly, SameSite=Lax and lives 30 minutes (Secure only behind TLS)", async ({ page, baseURL }) => {
  await signIn(page, "citizen");
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => /next-auth\.session-token$/.test(c.name));
  expect(session, cookies.map((c) => c.name).join(", ")).toBeDefined();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe("Lax");
  // This server runs on plain http (NEXTAUTH_URL http://…): the cookie cannot be Secure here;
  // with an https NEXTAUTH_URL it is __Secure-… and Secure (lib/auth/session-cookie.test.ts).
  expect(session!.secure).toBe(new URL(baseURL!).protocol === "https:");
  const minutesLeft = (session!.expires * 1000 - Date.now()) / 60_000;
  expect(minutesLeft).toBeGreaterThan(25);
  expect(minutesLeft).toBeLessThanOrEqual(30.5);
});

test("a refused page (403) is written to the audit log, visible to the administrator", async ({ browser }) => {
  const citizen = await browser.newContext();
  const citizenPage = await citizen.newPage();
  await signIn(citizenPage, "citizen");
  const refused = await citizenPage.goto("/admin/tokens");
  expect(refused?.status()).toBe(403);
  await citizen.close();

  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, "admin");
  await adminPage.goto("/admin/audit?action=access.denied");
  const main = adminPage.getByRole("main");
  await expect(main).toContainText("access.denied");
  await expect(main).toContainText("admin.manage");
  await adminContext.close();
});

test("activity re-issues the session cookie for 30 minutes (sliding idle limit), never past 12 hours", async ({ request }) => {
  // The server's own secret (scripts/start.ts: AUTH_SECRET, else the generated .data/auth-secret).
  const secret = process.env.AUTH_SECRET ?? fs.readFileSync(path.resolve(".data/auth-secret"), "utf8").trim();
  const name = "next-auth.session-token"; // plain-http test server: no __Secure- prefix
  const cookie = async (claims: Record<string, unknown>, secondsLeft: number) =>
    `${name}=${await encode({ token: { sub: "u-e2e", uid: "u-e2e", role: "CITIZEN", ...claims }, secret, maxAge: secondsLeft })}`;

  // Issued 10 minutes ago (20 minutes left): re-issued with 30 minutes, same attributes.
  const stale = await request.get("/api/health", { headers: { cookie: await cookie({ signedInAt: Date.now() - 600_000 }, 20 * 60) } });
  const setCookie = stale.headers()["set-cookie"] ?? "";
  expect(setCookie).toContain(`${name}=`);
  expect(setCookie).toMatch(/HttpOnly/i);
  expect(setCookie).toMatch(/SameSite=lax/i);
  expect(setCookie).toMatch(/Max-Age=1800/i);
  const renewed = setCookie.match(new RegExp(`${name.replace(/\./g, "\\.")}=([^;]+)`))![1];
  const claims = await decode({ token: renewed, secret });
  expect(claims?.uid).toBe("u-e2e");
  expect(Number(claims?.exp) - Date.now() / 1000).toBeGreaterThan(29 * 60);

  // Just issued: left alone. Past the 12-hour absolute limit: never extended.
  const fresh = await request.get("/api/health", { headers: { cookie: await cookie({ signedInAt: Date.now() }, 30 * 60) } });
  expect(fresh.headers()["set-cookie"] ?? "").not.toContain(`${name}=`);
  const old = await request.get("/api/health", { headers: { cookie: await cookie({ signedInAt: Date.now() - 12 * 3_600_000 - 60_000 }, 20 * 60) } });
  expect(old.headers()["set-cookie"] ?? "").not.toContain(`${name}=`);
});
