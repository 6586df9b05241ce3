import "server-only";
// The logger bound to the current request's id, for pages, route handlers and server actions.
// proxy.ts sets `x-request-id` on the forwarded request; `headers()` reads it (the official
// API). Outside a request (worker, scripts, build) it is the plain logger.
import { headers } from "next/headers";
import { acceptableRequestId } from "@/lib/domain/csrf";
import { logger, type Logger } from "./logger";

export async function getRequestLogger(bindings: Record<string, unknown> = {}): Promise<Logger> {
  let requestId: string | null = null;
  try {
    requestId = acceptableRequestId((await headers()).get("x-request-id"));
  } catch {
    // Not inside a request.
  }
  return logger.child(requestId ? { requestId, ...bindings } : bindings);
}
