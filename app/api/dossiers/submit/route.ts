// POST /api/dossiers/submit — a signed-in citizen sends a completed draft (JSON), exactly once.
// The same operation as the review page's "Nộp hồ sơ" form (submitDossier): used by scripts and
// tests that submit over HTTP (crash-safety test, load benchmark). Cookie-authenticated, so
// proxy.ts refuses it from other sites (Origin/Referer must be this host).
//
// Request: { "dossierId": "…", "idempotencyKey": "16–100 of A–Z a–z 0–9 _ -" }; the key may be
// sent as the `Idempotency-Key` header instead (both: they must agree).
// Answers: 201 { id, code, dueAt, submittedAt, alreadySubmitted: false } (Location: the receipt);
// 200 with the same dossier and alreadySubmitted: true when the key (or the dossier) was already
// submitted — a client retry after a lost answer gets the first answer again; problem details
// otherwise: 400 (errors: field → message), 401, 403, 404, 409, 413, 429 + Retry-After (too many
// submissions by one citizen: RATE_LIMITS.submitPerUser, 30 per 10 minutes), 500; 503 + Retry-After when
// the database cannot be reached or is saturated (retrying with the same key is safe: never a
// second dossier).
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { submitDossier } from "@/lib/server/dossiers/submit-dossier";
import { checkDatabase } from "@/lib/server/health/check-database";
import { clientIpOf, problemResponse } from "@/lib/server/http/problem";
import { withRetryAfter } from "@/lib/server/rate-limit/enforce-rate-limit";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 4 * 1024;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const KEY = /^[A-Za-z0-9_-]{16,100}$/;

const ZSubmitRequest = z.object({
  dossierId: z.string({ error: "Thiếu mã hồ sơ nháp." }).regex(ID, "Mã hồ sơ nháp không hợp lệ."),
  idempotencyKey: z.string({ error: "Thiếu khóa chống gửi trùng." }).regex(KEY, "Khóa chống gửi trùng phải gồm 16–100 ký tự chữ, số, “_” hoặc “-”."),
});

async function readRequest(request: Request): Promise<z.infer<typeof ZSubmitRequest>> {
  const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", "Nội dung yêu cầu quá lớn.");
  if (Number(request.headers.get("content-length") ?? "0") > MAX_BODY_BYTES) throw tooLarge();
  const raw = await request.text();
  if (Buffer.byteLength(raw, "utf8") > MAX_BODY_BYTES) throw tooLarge();
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new AppError("BAD_REQUEST", "Nội dung yêu cầu không phải JSON hợp lệ.");
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) throw new AppError("BAD_REQUEST", "Nội dung yêu cầu phải là một đối tượng JSON.");
  const header = request.headers.get("idempotency-key");
  const fromBody = (body as Record<string, unknown>).idempotencyKey;
  if (header !== null && fromBody !== undefined && fromBody !== header) {
    throw new AppError("BAD_REQUEST", "Khóa chống gửi trùng trong tiêu đề và trong nội dung không khớp.", { idempotencyKey: "Khóa chống gửi trùng không khớp." });
  }
  const parsed = ZSubmitRequest.safeParse({ ...body, idempotencyKey: fromBody ?? header ?? undefined });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "body")] ??= issue.message;
    throw new AppError("BAD_REQUEST", "Yêu cầu nộp hồ sơ không hợp lệ.", errors);
  }
  return parsed.data;
}

export async function POST(request: Request) {
  try {
    const actor = await getCurrentUser();
    if (!actor) {
      // The session is re-read from the database on every request: with the database down it
      // reads as signed out. Say "unavailable" (retry later), not "sign in again".
      if (!(await checkDatabase(1000)).up) throw Object.assign(new Error("session unreadable: database unreachable"), { code: "P1001" });
      throw new AppError("UNAUTHORIZED");
    }
    const input = await readRequest(request);
    const sent = await submitDossier({ actor, dossierId: input.dossierId, idempotencyKey: input.idempotencyKey, ip: clientIpOf(request.headers) });
    return Response.json(sent, {
      status: sent.alreadySubmitted ? 200 : 201,
      headers: { "Cache-Control": "no-store", Location: `/my/dossiers/${sent.id}/receipt` },
    });
  } catch (error) {
    const response = withRetryAfter(problemResponse(error), error);
    response.headers.set("Cache-Control", "no-store");
    return response;
  }
}
