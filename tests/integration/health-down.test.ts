import { describe, expect, it } from "vitest";

// A port where nothing listens: the app must say the database is down, not hang or crash.
process.env.DATABASE_URL = "postgresql://postgres:x@127.0.0.1:9/portal";

describe("health when the database is unreachable", () => {
  it("GET /api/health answers 503 and says the database is down", async () => {
    const { GET } = await import("@/app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "degraded", database: { status: "down" } });
  });
});
