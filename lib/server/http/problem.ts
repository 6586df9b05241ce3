import "server-only";
import crypto from "node:crypto";
import { clientIpFromHeaders } from "@/lib/domain/rate-limit";
import { isAppError } from "@/lib/errors";

/**
 * RFC 9457 problem details for route handlers. Expected errors carry their Vietnamese message;
 * anything else is logged with an event id that the answer repeats.
 */
export function problemResponse(error: unknown): Response {
  if (isAppError(error)) {
    return Response.json(
      { type: "about:blank", title: error.message, status: error.status, code: error.code, ...(error.fieldErrors ? { errors: error.fieldErrors } : {}) },
      { status: error.status, headers: { "Content-Type": "application/problem+json" } },
    );
  }
  const eventId = crypto.randomUUID();
  console.error(JSON.stringify({ level: "error", eventId, msg: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined }));
  return Response.json(
    { type: "about:blank", title: `Hệ thống gặp sự cố. Mã sự cố: ${eventId}.`, status: 500, eventId },
    { status: 500, headers: { "Content-Type": "application/problem+json" } },
  );
}

/** The client's address as the first proxy saw it (null when absent or not an address). */
export function clientIpOf(headers: Headers): string | null {
  const ip = clientIpFromHeaders((name) => headers.get(name));
  return ip === "unknown" ? null : ip;
}
