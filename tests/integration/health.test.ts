import { describe, expect, it } from "vitest";
import { checkDatabase } from "@/lib/server/health/check-database";
import { GET } from "@/app/api/health/route";

describe("health", () => {
  it("reports the database up with its latency", async () => {
    const health = await checkDatabase();
    expect(health.up).toBe(true);
    if (health.up) expect(health.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("GET /api/health answers 200 with the database status", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toMatchObject({ status: "ok", database: { status: "up" } });
  });
});
