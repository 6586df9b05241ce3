// Request durations by route pattern, from the OpenTelemetry spans Next.js emits.
// Next.js wraps every request it serves in a `BaseServer.handleRequest` span and, when the
// request reaches a page or route handler, puts the route PATTERN on it (`next.route` /
// `http.route`, e.g. "/procedures/[code]/page"). Registering a tracer provider turns those
// spans on; the processor below turns each finished request span into one observation of the
// `http_request_duration_seconds` histogram. No span is exported anywhere.
// Loaded once per server process by instrumentation.ts (Node.js runtime only).
// (No `import "server-only"`: the instrumentation hook is outside the React server layer.)
import { context, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { AlwaysOnSampler, BasicTracerProvider, type ReadableSpan, type SpanProcessor } from "@opentelemetry/sdk-trace-base";
import { observeRequest } from "./registry";

const REQUEST_SPAN = "BaseServer.handleRequest";

function seconds([s, ns]: [number, number]): number {
  return s + ns / 1e9;
}

/** What one finished span contributes to the histogram (null: not a routed request span). */
export function requestObservation(span: Pick<ReadableSpan, "attributes" | "duration">): { method: unknown; route: unknown; status: unknown; seconds: number } | null {
  const a = span.attributes;
  if (a["next.span_type"] !== REQUEST_SPAN) return null;
  // When proxy.ts lets a request continue, Next.js handles it in two passes, each with a
  // request span: the proxy pass carries no route (and no useful duration); the render pass does.
  const route = a["http.route"] ?? a["next.route"];
  if (route === undefined) return null;
  return { method: a["http.method"], route, status: a["http.status_code"], seconds: seconds(span.duration as [number, number]) };
}

export class RequestDurationProcessor implements SpanProcessor {
  onStart(): void {}
  onEnd(span: ReadableSpan): void {
    const observation = requestObservation(span);
    if (observation) observeRequest(observation);
  }
  forceFlush(): Promise<void> {
    return Promise.resolve();
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

const globalForTracing = globalThis as unknown as { __portalTracing?: boolean };

/** Installs the tracer provider and context manager once per process. */
export function registerRequestMetrics(): void {
  if (globalForTracing.__portalTracing) return;
  globalForTracing.__portalTracing = true;
  // Next.js keeps the request's root span in the active context: it needs a context manager.
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  // Every request counts, whatever `traceparent` a client sends (a parent-based sampler would
  // let a client switch its request out of the metrics).
  const provider = new BasicTracerProvider({ sampler: new AlwaysOnSampler(), spanProcessors: [new RequestDurationProcessor()] });
  trace.setGlobalTracerProvider(provider);
}
