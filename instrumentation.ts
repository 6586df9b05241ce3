// Next.js calls register() once when a server process starts (https://nextjs.org/docs/app/guides/instrumentation).
// Node.js runtime: request-duration metrics from Next's OpenTelemetry request spans
// (lib/server/metrics/tracing.ts), served with the other metrics at /api/metrics.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { registerRequestMetrics } = await import("./lib/server/metrics/tracing");
    registerRequestMetrics();
  }
}
