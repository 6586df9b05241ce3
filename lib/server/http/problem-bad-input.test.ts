import { describe, expect, it } from "vitest";
import { badDatabaseInputAsAppError, problemResponse } from "./problem";

// What Prisma 7 (adapter-pg) throws when PostgreSQL refuses a value: the SQLSTATE is in meta.driverAdapterError.cause.originalCode.
const prismaError = (sqlState: string) => Object.assign(new Error("Database error. Code: `" + sqlState + "`."), { code: "P2039", meta: { driverAdapterError: { cause: { originalCode: sqlState } } } });

describe("database refusals of a value (defence in depth behind validation)", () => {
  it("answers a NUL byte, a bad text representation or a too long value with a 400 in Vietnamese", async () => {
    for (const state of ["22021", "22P02", "22001", "22P05"]) {
      expect(badDatabaseInputAsAppError(prismaError(state))?.status, state).toBe(400);
      const response = problemResponse(prismaError(state));
      expect(response.status).toBe(400);
      const body = (await response.json()) as { title: string };
      expect(body.title).toMatch(/không được chấp nhận/);
      expect(body.title).not.toMatch(/22021|Database|Prisma/);
    }
  });

  it("leaves other errors alone (still a 500 with an event id)", () => {
    expect(badDatabaseInputAsAppError(prismaError("40001"))).toBeNull();
    expect(badDatabaseInputAsAppError(new Error("boom"))).toBeNull();
    expect(badDatabaseInputAsAppError(null)).toBeNull();
    expect(problemResponse(new Error("boom")).status).toBe(500);
  });
});
