// POST /api/dossiers/submit while the database cannot be reached: 503 with Retry-After (the
// client retries with the same key), promptly — never a 401 "sign in again" nor a hang.
import { describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";

const session = vi.hoisted(() => {
  // A port where nothing listens (read by lib/db.ts when first imported).
  process.env.DATABASE_URL = "postgresql://postgres:x@127.0.0.1:9/portal";
  return { user: null as CurrentUser | null };
});
vi.mock("@/lib/auth/session", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth/session")>();
  return { ...actual, getCurrentUser: async () => session.user };
});

const { POST } = await import("@/app/api/dossiers/submit/route");

function post() {
  return POST(
    new Request("http://localhost/api/dossiers/submit", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ dossierId: "cmwytoa8r00008f7dvksk3mti", idempotencyKey: "down-key-0000000001" }),
    }),
  );
}

describe("POST /api/dossiers/submit with the database down", () => {
  for (const [who, user] of [
    // With the database down the session cannot be re-read: it arrives as "no user".
    ["a session that could not be read", null],
    ["a signed-in citizen", { id: "cmwytoa8r00008f7dvksk3mtj", name: "Nguyễn Văn An", email: "an.nguyen@demo.thainguyen.vn", role: "CITIZEN", agencyId: null }],
  ] as const) {
    it(`answers 503 with Retry-After for ${who}`, async () => {
      session.user = user as CurrentUser | null;
      const started = performance.now();
      const response = await post();
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
      expect(await response.json()).toMatchObject({ status: 503, code: "UNAVAILABLE", title: expect.stringContaining("không tạo hồ sơ trùng") });
    });
  }
});
