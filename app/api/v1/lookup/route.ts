// POST /api/v1/lookup — public dossier status by code + last 4 phone digits (JSON; rate-limited per IP)
import { clientIpFromHeaders, retryAfterMinutes, retryAfterSeconds } from "@/lib/domain/rate-limit";
import { getI18n } from "@/lib/i18n";
import { problemResponse } from "@/lib/server/http/problem";
import { lookupDossier } from "@/lib/server/lookup/lookup-dossier";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 2_048;

function problem(status: number, body: { title: string; detail?: string; [extra: string]: unknown }, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify({ type: "about:blank", status, ...body }), {
    status,
    headers: { "Content-Type": "application/problem+json; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

async function readJson(request: Request): Promise<unknown> {
  const raw = await request.text();
  if (raw.length > MAX_BODY_BYTES) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

export async function POST(request: Request) {
  const { t } = await getI18n();
  try {
    const body = await readJson(request);
    const input = body && typeof body === "object" ? body : {};
    const ip = clientIpFromHeaders((name) => request.headers.get(name));
    const outcome = await lookupDossier({ input, ip });
    switch (outcome.kind) {
      case "invalid":
        return problem(400, {
          title: t.lookup.apiInvalid,
          errors: Object.entries(outcome.fieldErrors).map(([field, key]) => ({ field, detail: t.lookup.errors[key] })),
        });
      case "not_found":
        return problem(404, { title: t.lookup.apiNotFoundTitle, detail: t.lookup.notFound });
      case "rate_limited": {
        const now = new Date();
        return problem(
          429,
          { title: t.lookup.apiRateLimitedTitle, detail: t.lookup.rateLimited(retryAfterMinutes(outcome.resetAt, now)) },
          { "Retry-After": String(retryAfterSeconds(outcome.resetAt, now)) },
        );
      }
      case "found": {
        const d = outcome.dossier;
        return Response.json(
          {
            code: d.code,
            status: d.status,
            statusLabel: t.dossierStatus[d.status],
            procedureName: d.procedureName,
            agencyName: d.agencyName,
            submittedAt: d.submittedAt?.toISOString() ?? null,
            dueAt: d.dueAt?.toISOString() ?? null,
          },
          { headers: { "Cache-Control": "no-store" } },
        );
      }
    }
  } catch (error) {
    return problemResponse(error);
  }
}
