// POST /api/v1/observations — agency systems push indicator values (bearer token, idempotent upsert)
import { AppError } from "@/lib/errors";
import { authenticateApiToken } from "@/lib/server/api-tokens/api-tokens";
import { clientIpOf, problemResponse } from "@/lib/server/http/problem";
import { ingestApiObservations } from "@/lib/server/indicators/ingest-api-observations";
import { RATE_LIMITS } from "@/lib/domain/rate-limit";
import { enforceRateLimit, waitInWords, withRetryAfter } from "@/lib/server/rate-limit/enforce-rate-limit";

export const dynamic = "force-dynamic";

/** 500 observations with notes fit comfortably; anything larger is refused before parsing. */
const MAX_BODY_BYTES = 512_000;

async function readJson(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", `Thân yêu cầu vượt quá ${MAX_BODY_BYTES / 1000} KB.`);
  const raw = await request.text();
  if (Buffer.byteLength(raw, "utf8") > MAX_BODY_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", `Thân yêu cầu vượt quá ${MAX_BODY_BYTES / 1000} KB.`);
  try {
    return JSON.parse(raw);
  } catch {
    throw new AppError("BAD_REQUEST", "Thân yêu cầu không phải JSON hợp lệ (Content-Type: application/json).");
  }
}

export async function POST(request: Request) {
  try {
    // Authenticate first: an unauthenticated caller learns nothing about the payload rules.
    const client = await authenticateApiToken(request.headers, "observations.write");
    await enforceRateLimit({ scope: "api:observations:token", subject: client.tokenId, policy: RATE_LIMITS.observationsPerToken, message: apiRateMessage });
    const body = await readJson(request);
    const result = await ingestApiObservations({ client, body, ip: clientIpOf(request.headers) });
    return Response.json(result, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return withRetryAfter(problemResponse(error), error);
  }
}

function apiRateMessage(wait: number): string {
  return `Khóa API đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau ${waitInWords(wait)}.`;
}
