import "server-only";
// The request id of the request being handled, read synchronously so that EVERY log line
// written while handling a request carries it, even from code that has no access to the
// request (lib/server functions, problemResponse). proxy.ts puts the id on the forwarded
// request as `x-request-id`; Next.js keeps the request's headers in its per-request
// AsyncLocalStorage ("work unit" store, shared by all server bundles: the `.external` module).
// That store is Next.js internals: if a Next.js upgrade changes it, this returns undefined and
// the logs simply lose the field (getRequestLogger() still adds it through `headers()`).
import { workUnitAsyncStorage } from "next/dist/server/app-render/work-unit-async-storage.external";
import { acceptableRequestId } from "@/lib/domain/csrf";

export function currentRequestId(): string | undefined {
  try {
    const store = workUnitAsyncStorage.getStore() as { type?: string; headers?: { get(name: string): string | null } } | undefined;
    if (!store || store.type !== "request" || !store.headers) return undefined;
    return acceptableRequestId(store.headers.get("x-request-id")) ?? undefined;
  } catch {
    return undefined;
  }
}
