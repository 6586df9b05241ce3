// Observability against the production server: every response carries a request id,
// /api/metrics is protected, and after visiting pages it shows request-duration samples under
// the route PATTERNS (never the concrete URLs). When the run sets METRICS_TOKEN (the server
// inherits the environment), the bearer-token rules are checked; without it, the loopback rule.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { visit } from "./helpers";

const TOKEN = process.env.METRICS_TOKEN;
const auth: Record<string, string> = TOKEN ? { authorization: `Bearer ${TOKEN}` } : {};

/** Value of `http_request_duration_seconds_count` for a route pattern and method (summed over statuses). */
function countFor(text: string, route: string, method = "GET", status?: string): number {
  let total = 0;
  for (const line of text.split("\n")) {
    if (!line.startsWith("http_request_duration_seconds_count{")) continue;
    if (!line.includes(`route="${route}"`) || !line.includes(`method="${method}"`)) continue;
    if (status && !line.includes(`status="${status}"`)) continue;
    total += Number(line.slice(line.lastIndexOf(" ") + 1));
  }
  return total;
}

async function metricsText(request: APIRequestContext): Promise<string> {
  const response = await request.get("/api/metrics", { headers: auth });
  expect(response.status()).toBe(200);
  return response.text();
}

test("pages answer with a request id, and /api/metrics counts them by route pattern", async ({ page, request }) => {
  const before = await metricsText(request);

  const home = await visit(page, "/procedures");
  expect(home?.headers()["x-request-id"]).toMatch(/^[A-Za-z0-9._:-]{8,128}$/);
  const first = page.getByRole("main").getByRole("listitem").first().getByRole("link").first();
  const href = await first.getAttribute("href");
  expect(href).toMatch(/^\/procedures\/[^/?]+$/);
  const detail = await visit(page, href!);
  expect(detail?.status()).toBe(200);
  const code = decodeURIComponent(href!.split("/").pop()!);
  const missing = await page.goto("/khong-co-trang-nay-e2e");
  expect(missing?.status()).toBe(404);
  // A request id sent by the caller (e.g. a reverse proxy) is kept and echoed.
  const echoed = await request.get("/api/health", { headers: { "x-request-id": "e2e-observability-0001" } });
  expect(echoed.headers()["x-request-id"]).toBe("e2e-observability-0001");

  // The request span ends when the response has been sent: poll briefly.
  await expect
    .poll(async () => {
      const text = await metricsText(request);
      return {
        list: countFor(text, "/procedures") > countFor(before, "/procedures"),
        detail: countFor(text, "/procedures/[code]") > countFor(before, "/procedures/[code]"),
        health: countFor(text, "/api/health", "GET", "200") > countFor(before, "/api/health", "GET", "200"),
        notFound: countFor(text, "/_not-found", "GET", "404") > countFor(before, "/_not-found", "GET", "404"),
      };
    }, { timeout: 10_000 })
    .toEqual({ list: true, detail: true, health: true, notFound: true });

  const text = await metricsText(request);
  // Patterns only: neither the procedure's code nor the unknown path became a label.
  expect(text).not.toContain(`route="/procedures/${code}"`);
  expect(text).not.toContain("khong-co-trang-nay-e2e");
  expect(text).toMatch(/^http_request_duration_seconds_bucket\{[^}]*le="0\.5"[^}]*route="\/procedures\/\[code\]"/m);
  // The other families are there too.
  expect(text).toMatch(/^portal_dossiers\{[^}]*status="RECEIVED"[^}]*\} \d+/m);
  expect(text).toMatch(/^portal_notification_outbox\{[^}]*status="pending"[^}]*\} \d+/m);
  expect(text).toContain("# TYPE process_resident_memory_bytes gauge");
});

test("/api/metrics refuses callers without the right credentials", async ({ request }) => {
  if (TOKEN) {
    const none = await request.get("/api/metrics");
    expect(none.status()).toBe(401);
    expect(none.headers()["www-authenticate"]).toContain("Bearer");
    expect(none.headers()["content-type"]).toBe("application/problem+json");
    expect((await none.json()).title).toMatch(/Cần mã truy cập số liệu giám sát/);
    const wrong = await request.get("/api/metrics", { headers: { authorization: "Bearer wrong-token-wrong-token" } });
    expect(wrong.status()).toBe(403);
    expect((await wrong.json()).title).toMatch(/không đúng/);
  } else {
    // No METRICS_TOKEN: the machine itself may read the metrics, a forwarded remote client may not.
    expect((await request.get("/api/metrics")).status()).toBe(200);
    const remote = await request.get("/api/metrics", { headers: { "x-forwarded-for": "203.0.113.9" } });
    expect(remote.status()).toBe(403);
    expect((await remote.json()).title).toMatch(/METRICS_TOKEN/);
  }
});
