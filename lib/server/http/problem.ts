import "server-only";
import crypto from "node:crypto";
import { clientIpFromHeaders } from "@/lib/domain/rate-limit";
import { AppError, isAppError } from "@/lib/errors";
import { logger } from "@/lib/server/log/logger";

/**
 * RFC 9457 problem details for route handlers. Expected errors carry their Vietnamese message;
 * anything else is logged with an event id that the answer repeats.
 */
export function problemResponse(error: unknown): Response {
  // Defence in depth (validation refuses these first): text PostgreSQL cannot take is the client's fault.
  error = badDatabaseInputAsAppError(error) ?? error;
  if (databaseUnavailable(error)) {
    logger.warn({ err: error }, "database unavailable: answered 503");
    return Response.json(
      {
        type: "about:blank",
        title: "Hệ thống đang quá tải hoặc tạm thời không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau ít phút; gửi lại không tạo hồ sơ trùng.",
        status: 503,
        code: "UNAVAILABLE",
      },
      { status: 503, headers: { "Content-Type": "application/problem+json", "Retry-After": "5" } },
    );
  }
  if (isAppError(error)) {
    return Response.json(
      { type: "about:blank", title: error.message, status: error.status, code: error.code, ...(error.fieldErrors ? { errors: error.fieldErrors } : {}) },
      { status: error.status, headers: { "Content-Type": "application/problem+json" } },
    );
  }
  const eventId = crypto.randomUUID();
  logger.error({ eventId, err: error }, "unexpected error in a route handler");
  return Response.json(
    { type: "about:blank", title: `Hệ thống gặp sự cố. Mã sự cố: ${eventId}.`, status: 500, eventId },
    { status: 500, headers: { "Content-Type": "application/problem+json" } },
  );
}

/**
 * Errors of the database connection itself (server down, restarting, refusing connections), and
 * P2028: no pooled connection came free in time to start a transaction (a burst larger than the
 * pool), or the transaction timed out and was rolled back. Nothing was written by the attempt in
 * any of these cases, so the client may retry (503 + Retry-After).
 */
const UNAVAILABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "57P01", "57P02", "57P03", "08000", "08001", "08003", "08006", "P1001", "P1017", "P2028"]);
const UNAVAILABLE_MESSAGE = /ECONNREFUSED|Connection terminated|connection timeout|terminating connection|the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)|Can't reach database server|Server has closed the connection/i;

export function databaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message, meta } = e as { code?: unknown; message?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } };
    if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
    // Prisma 7 (adapter-pg) puts PostgreSQL's SQLSTATE here, e.g. 57P03 while it recovers from a crash.
    const sqlState = meta?.driverAdapterError?.cause?.originalCode;
    if (typeof sqlState === "string" && UNAVAILABLE_CODES.has(sqlState)) return true;
    if (typeof message === "string" && UNAVAILABLE_MESSAGE.test(message)) return true;
  }
  return false;
}

/** PostgreSQL's refusals of a value itself: invalid byte sequence (NUL), invalid text representation, value too long, bad Unicode escape. */
const BAD_INPUT_SQLSTATES = new Set(["22021", "22P02", "22001", "22P05"]);

/**
 * A database error caused by a value the client sent (e.g. a NUL byte that validation missed),
 * as a 400 with a message for people; null for any other error.
 */
export function badDatabaseInputAsAppError(error: unknown): AppError | null {
  if (typeof error !== "object" || error === null) return null;
  const e = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } };
  const sqlState = e.meta?.driverAdapterError?.cause?.originalCode;
  if (e.code === "P2000" || (typeof sqlState === "string" && BAD_INPUT_SQLSTATES.has(sqlState))) {
    return new AppError("BAD_REQUEST", "Dữ liệu gửi lên có ký tự hoặc độ dài không được chấp nhận. Vui lòng kiểm tra và gửi lại.");
  }
  return null;
}

/** The client's address as the first proxy saw it (null when absent or not an address). */
export function clientIpOf(headers: Headers): string | null {
  const ip = clientIpFromHeaders((name) => headers.get(name));
  return ip === "unknown" ? null : ip;
}
