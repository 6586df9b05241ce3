// GET /api/metrics — Prometheus exposition text: request durations by route pattern, dossiers
// by status, notification outbox depth, process metrics. Access: lib/server/metrics/access.ts.
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { clientIpOf, problemResponse } from "@/lib/server/http/problem";
import { logger } from "@/lib/server/log/logger";
import { checkMetricsAccess } from "@/lib/server/metrics/access";
import { renderMetrics } from "@/lib/server/metrics/operational-gauges";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const access = checkMetricsAccess({
    token: env.METRICS_TOKEN,
    authorization: request.headers.get("authorization"),
    clientIp: clientIpOf(request.headers),
  });
  if (!access.ok) {
    logger.warn({ event: "metrics.refused", status: access.status }, "metrics: access refused");
    const response = problemResponse(new AppError(access.status === 401 ? "UNAUTHORIZED" : "FORBIDDEN", access.title));
    if (access.status === 401) response.headers.set("WWW-Authenticate", 'Bearer realm="metrics"');
    response.headers.set("Cache-Control", "no-store");
    return response;
  }
  try {
    const { body, contentType } = await renderMetrics();
    return new Response(body, { status: 200, headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
  } catch (error) {
    return problemResponse(error);
  }
}
