// /api/metrics against a real seeded database: the gauges are read at scrape time and equal
// direct counts; access needs the bearer token (or loopback when METRICS_TOKEN is unset).
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { GET } from "@/app/api/metrics/route";
import { observeRequest } from "@/lib/server/metrics/registry";

const TOKEN = "integration-metrics-token-0123";

function scrape(headers: Record<string, string> = { "x-forwarded-for": "127.0.0.1" }) {
  return GET(new Request("http://localhost/api/metrics", { headers }));
}

/** The value of one sample line: `name{labels} value` (labels in any order, app label ignored). */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split("\n")) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (.+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const got = Object.fromEntries([...(m[2] ?? "").matchAll(/([a-zA-Z_]+)="((?:[^"\\]|\\.)*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => got[k] === v)) return Number(m[3]);
  }
  return undefined;
}

afterEach(() => {
  env.METRICS_TOKEN = undefined;
});

describe("/api/metrics", () => {
  it("dossiers by status equal a direct count of the Dossier table", async () => {
    const response = await scrape();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const text = await response.text();
    const direct = await db.$queryRaw<{ status: string; n: bigint }[]>`SELECT status::text AS status, COUNT(*) AS n FROM "Dossier" GROUP BY status`;
    expect(direct.length).toBeGreaterThan(2);
    let total = 0;
    for (const row of direct) {
      expect(sample(text, "portal_dossiers", { status: row.status }), row.status).toBe(Number(row.n));
      total += Number(row.n);
    }
    expect(total).toBe(await db.dossier.count());
    // Statuses with no dossier are reported as 0, not left out.
    expect(text).toMatch(/portal_dossiers\{status="WITHDRAWN"[^}]*\} \d+/);
  });

  it("is read at scrape time: a status change shows in the next scrape", async () => {
    // Any dossier, moved to another status (which statuses the small seed has varies with the day).
    const dossier = await db.dossier.findFirstOrThrow({ where: { status: { not: "PROCESSING" } }, select: { id: true, status: true } });
    const before = await (await scrape()).text();
    await db.$executeRaw`UPDATE "Dossier" SET status = 'PROCESSING' WHERE id = ${dossier.id}`;
    const after = await (await scrape()).text();
    expect(sample(after, "portal_dossiers", { status: dossier.status })).toBe(sample(before, "portal_dossiers", { status: dossier.status })! - 1);
    expect(sample(after, "portal_dossiers", { status: "PROCESSING" })).toBe(sample(before, "portal_dossiers", { status: "PROCESSING" })! + 1);
  });

  it("reports the notification outbox depth: pending and failed, per channel and in all", async () => {
    const old = new Date(Date.now() - 3_600_000);
    await db.notification.createMany({
      data: [
        { channel: "EMAIL", recipient: "a@example.com", template: "t", subject: "s", body: "b", status: "PENDING", createdAt: old },
        { channel: "EMAIL", recipient: "b@example.com", template: "t", subject: "s", body: "b", status: "PENDING" },
        { channel: "EMAIL", recipient: "c@example.com", template: "t", subject: "s", body: "b", status: "FAILED" },
        { channel: "SMS", recipient: "0912345678", template: "t", subject: "s", body: "b", status: "PENDING" },
        { channel: "IN_APP", recipient: "u", template: "t", subject: "s", body: "b", status: "SENT" },
      ],
    });
    const text = await (await scrape()).text();
    const count = (status: "PENDING" | "FAILED", channel?: "EMAIL" | "SMS") => db.notification.count({ where: { status, ...(channel ? { channel } : {}) } });
    expect(sample(text, "portal_notification_outbox", { status: "pending", channel: "all" })).toBe(await count("PENDING"));
    expect(sample(text, "portal_notification_outbox", { status: "failed", channel: "all" })).toBe(await count("FAILED"));
    expect(sample(text, "portal_notification_outbox", { status: "pending", channel: "EMAIL" })).toBe(await count("PENDING", "EMAIL"));
    expect(sample(text, "portal_notification_outbox", { status: "pending", channel: "SMS" })).toBe(await count("PENDING", "SMS"));
    expect(await count("PENDING")).toBeGreaterThanOrEqual(3);
    expect(sample(text, "portal_notification_outbox_oldest_pending_seconds", {})).toBeGreaterThanOrEqual(3590);
    // Recipients never reach the metrics.
    expect(text).not.toContain("example.com");
    expect(text).not.toContain("0912345678");
  });

  it("serves request durations by route pattern and the default process metrics", async () => {
    observeRequest({ method: "GET", route: "/procedures/[code]/page", status: 200, seconds: 0.042 });
    const text = await (await scrape()).text();
    expect(sample(text, "http_request_duration_seconds_count", { method: "GET", route: "/procedures/[code]", status: "200" })).toBeGreaterThanOrEqual(1);
    expect(sample(text, "http_request_duration_seconds_bucket", { method: "GET", route: "/procedures/[code]", status: "200", le: "0.05" })).toBeGreaterThanOrEqual(1);
    expect(text).toContain("# TYPE process_cpu_user_seconds_total counter");
    expect(text).toContain("# TYPE nodejs_heap_size_used_bytes gauge");
  });

  it("without METRICS_TOKEN answers only loopback clients", async () => {
    const response = await scrape({ "x-forwarded-for": "203.0.113.7" });
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect((await response.json()).title).toMatch(/METRICS_TOKEN/);
    expect((await scrape({ "x-forwarded-for": "::1" })).status).toBe(200);
  });

  it("with METRICS_TOKEN requires the bearer token: 401 without, 403 wrong, 200 right", async () => {
    env.METRICS_TOKEN = TOKEN;
    const none = await scrape({ "x-forwarded-for": "127.0.0.1" });
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toContain("Bearer");
    expect((await none.json()).title).toMatch(/Cần mã truy cập/);
    expect((await scrape({ authorization: "Bearer not-the-token-value" })).status).toBe(403);
    const ok = await scrape({ authorization: `Bearer ${TOKEN}`, "x-forwarded-for": "203.0.113.7" });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain("portal_dossiers{");
  });
});
