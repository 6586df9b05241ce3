import { describe, expect, it } from "vitest";
import { badDatabaseInputAsAppError, databaseUnavailable, problemResponse } from "./problem";

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

describe("database unavailable (down, restarting, pool exhausted)", () => {
  it("answers 503 with Retry-After, for errors nested as causes too", async () => {
    const cases = [
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
      Object.assign(new Error("Transaction API error: Unable to start a transaction in the given time."), { code: "P2028" }),
      new Error("outer", { cause: Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }) }),
      // PostgreSQL recovering after a crash, as Prisma 7 reports it (code P2010, SQLSTATE in meta).
      Object.assign(new Error("Database error. Code: `57P03`. Message: `the database system is not yet accepting connections`"), {
        code: "P2010",
        meta: { driverAdapterError: { cause: { originalCode: "57P03" } } },
      }),
      Object.assign(new Error("Invalid query"), { code: "P2010", meta: { driverAdapterError: { cause: { originalCode: "57P03" } } } }),
    ];
    for (const error of cases) {
      expect(databaseUnavailable(error), error.message).toBe(true);
      const response = problemResponse(error);
      expect(response.status).toBe(503);
      expect(response.headers.get("Retry-After")).toBe("5");
      expect(((await response.json()) as { code: string }).code).toBe("UNAVAILABLE");
    }
  });

  it("does not take other database errors for an outage", () => {
    expect(databaseUnavailable(prismaError("22021"))).toBe(false);
    expect(databaseUnavailable(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBe(false);
    expect(problemResponse(new Error("boom")).status).toBe(500);
  });
});
