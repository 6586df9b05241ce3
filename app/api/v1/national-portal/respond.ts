// HTTP glue shared by the national-portal intake endpoints: reading a bounded JSON body and
// answering RFC 9457 problem details, with field errors as a list of { field, detail }.
import "server-only";
import { AppError, isAppError } from "@/lib/errors";
import { problemResponse } from "@/lib/server/http/problem";
import { RATE_LIMITS } from "@/lib/domain/rate-limit";
import type { AuthenticatedApiClient } from "@/lib/server/api-tokens/api-tokens";
import { enforceRateLimit, waitInWords, withRetryAfter } from "@/lib/server/rate-limit/enforce-rate-limit";

export const MAX_BODY_BYTES = 256 * 1024;

/** The parsed JSON body; a body that is too large or not JSON is refused with a typed error. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", `Nội dung yêu cầu vượt quá ${MAX_BODY_BYTES / 1024} KB.`);
  const raw = await request.text();
  if (Buffer.byteLength(raw, "utf8") > MAX_BODY_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", `Nội dung yêu cầu vượt quá ${MAX_BODY_BYTES / 1024} KB.`);
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new AppError("BAD_REQUEST", "Nội dung yêu cầu không phải JSON hợp lệ.", { body: "Gửi một đối tượng JSON (Content-Type: application/json; charset=utf-8)." });
  }
}

export function intakeProblem(error: unknown): Response {
  if (isAppError(error) && error.fieldErrors && Object.keys(error.fieldErrors).length > 0) {
    return Response.json(
      {
        type: "about:blank",
        title: error.message,
        status: error.status,
        code: error.code,
        errors: Object.entries(error.fieldErrors).map(([field, detail]) => ({ field, detail })),
      },
      { status: error.status, headers: { "Content-Type": "application/problem+json; charset=utf-8", "Cache-Control": "no-store" } },
    );
  }
  const response = withRetryAfter(problemResponse(error), error);
  response.headers.set("Cache-Control", "no-store");
  if (response.status === 401) response.headers.set("WWW-Authenticate", 'Bearer realm="national-portal"');
  return response;
}

/** Per token, shared by every instance: pushes and status syncs together. */
export async function enforceNationalPortalRate(client: AuthenticatedApiClient): Promise<void> {
  await enforceRateLimit({
    scope: "api:national:token",
    subject: client.tokenId,
    policy: RATE_LIMITS.nationalPortalPerToken,
    message: (wait) => `Khóa API đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau ${waitInWords(wait)}.`,
  });
}

/** The status a national portal needs to stay in sync (dates as ISO 8601 UTC). */
export function statusBody(d: {
  id: string;
  code: string;
  externalCode: string;
  status: string;
  submittedAt: Date | null;
  receivedAt: Date | null;
  dueAt: Date | null;
  finishedAt: Date | null;
  returnedAt: Date | null;
}) {
  const iso = (x: Date | null) => x?.toISOString() ?? null;
  return {
    id: d.id,
    code: d.code,
    externalCode: d.externalCode,
    status: d.status,
    submittedAt: iso(d.submittedAt),
    receivedAt: iso(d.receivedAt),
    dueAt: iso(d.dueAt),
    finishedAt: iso(d.finishedAt),
    returnedAt: iso(d.returnedAt),
  };
}
