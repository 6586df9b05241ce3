// Request durations by route pattern, from the OpenTelemetry spans Next.js emits.
// Next.js wraps every request it serves in a `BaseServer.handleRequest` span and, when the
// request reaches a page or route handler, puts the route PATTERN on it (`next.route` /
// `http.route`, e.g. "/procedures/[code]/page"). Registering a tracer provider turns those
// spans on; the processor below turns each finished request span into one observation of the
// `http_request_duration_seconds` histogram. No span is exported anywhere.
// The provider is a minimal one (RequestDurationTracer): it records the request span only and
// gives Next.js a non-recording span for the dozens of render spans it opens per page, which the
// SDK's BasicTracerProvider recorded (ids, clock readings, attribute copies) for nothing.
// Loaded once per server process by instrumentation.ts (Node.js runtime only).
// (No `import "server-only"`: the instrumentation hook is outside the React server layer.)
import {
  context,
  INVALID_SPAN_CONTEXT,
  trace,
  TraceFlags,
  type Attributes,
  type AttributeValue,
  type Context,
  type Span,
  type SpanContext,
  type SpanOptions,
  type SpanStatus,
  type TimeInput,
  type Tracer,
  type TracerProvider,
} from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import type { ReadableSpan, SpanProcessor } from "@opentelemetry/sdk-trace-base";
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

/**
 * The root request span, the only span recorded: its attributes (set by Next.js as the request
 * goes) and its duration, handed to `onEnd` once. Nothing else of a span is kept.
 */
class RequestSpan implements Span {
  readonly attributes: Attributes;
  duration: [number, number] = [0, 0];
  private readonly started: number;
  private readonly context: SpanContext;
  private ended = false;

  constructor(
    public name: string,
    attributes: Attributes | undefined,
    startTime: TimeInput | undefined,
    private readonly onEnd: (span: RequestSpan) => void,
  ) {
    this.started = performanceMs(startTime);
    this.attributes = { ...attributes };
    this.context = { traceId: randomHex(32), spanId: randomHex(16), traceFlags: TraceFlags.SAMPLED };
  }
  spanContext(): SpanContext {
    return this.context;
  }
  setAttribute(key: string, value: AttributeValue): this {
    if (!this.ended && value !== undefined) this.attributes[key] = value;
    return this;
  }
  setAttributes(attributes: Attributes): this {
    for (const [key, value] of Object.entries(attributes)) if (value !== undefined) this.setAttribute(key, value);
    return this;
  }
  addEvent(): this {
    return this;
  }
  addLink(): this {
    return this;
  }
  addLinks(): this {
    return this;
  }
  setStatus(_status: SpanStatus): this {
    return this;
  }
  updateName(name: string): this {
    if (!this.ended) this.name = name;
    return this;
  }
  end(endTime?: TimeInput): void {
    if (this.ended) return;
    this.ended = true;
    const ms = Math.max(0, performanceMs(endTime) - this.started);
    this.duration = [Math.floor(ms / 1000), Math.round((ms % 1000) * 1e6)];
    this.onEnd(this);
  }
  isRecording(): boolean {
    return !this.ended;
  }
  recordException(): void {}
}

/** A span time as Next.js may give it (as the SDK reads it), in performance.now() milliseconds. */
function performanceMs(time: TimeInput | undefined): number {
  if (time === undefined) return performance.now();
  if (Array.isArray(time)) return time[0] * 1000 + time[1] / 1e6 - performance.timeOrigin;
  const ms = time instanceof Date ? time.getTime() : time;
  return ms < performance.timeOrigin ? ms : ms - performance.timeOrigin;
}

function randomHex(length: number): string {
  let out = "";
  while (out.length < length) out += Math.floor(Math.random() * 0x100000000).toString(16).padStart(8, "0");
  return out;
}

/** The span Next.js gets for everything but the request span: records nothing, costs nothing. */
const NOT_RECORDED: Span = trace.wrapSpanContext(INVALID_SPAN_CONTEXT);

const isRequestSpan = (options: SpanOptions | undefined) => options?.attributes?.["next.span_type"] === REQUEST_SPAN;

/**
 * A tracer that records only Next's request spans (`BaseServer.handleRequest`, every one: a
 * client's `traceparent` cannot switch a request out of the metrics) and hands Next.js a
 * non-recording span for its many render spans. The SDK's tracer recorded all of them (ids,
 * timestamps, attribute copies, one more async context per span) although only the request span
 * becomes a metric: its own code was ~3 % of a page's server CPU, now ~0.5 %.
 */
export class RequestDurationTracer implements Tracer {
  constructor(private readonly onEnd: (span: ReadableSpan) => void) {}

  startSpan(name: string, options?: SpanOptions): Span {
    return isRequestSpan(options) ? new RequestSpan(name, options?.attributes, options?.startTime, (span) => this.onEnd(span as unknown as ReadableSpan)) : NOT_RECORDED;
  }

  startActiveSpan<F extends (span: Span) => unknown>(name: string, fn: F): ReturnType<F>;
  startActiveSpan<F extends (span: Span) => unknown>(name: string, options: SpanOptions, fn: F): ReturnType<F>;
  startActiveSpan<F extends (span: Span) => unknown>(name: string, options: SpanOptions, ctx: Context, fn: F): ReturnType<F>;
  startActiveSpan<F extends (span: Span) => unknown>(name: string, a: F | SpanOptions, b?: F | Context, c?: F): ReturnType<F> {
    const fn = (typeof a === "function" ? a : typeof b === "function" ? b : c) as F;
    const options = typeof a === "function" ? undefined : a;
    if (!isRequestSpan(options)) return fn(NOT_RECORDED) as ReturnType<F>;
    const parent = typeof b === "object" && b !== null ? (b as Context) : context.active();
    const span = this.startSpan(name, options);
    // The request span is the active span of everything the request does (Next.js reads it).
    return context.with(trace.setSpan(parent, span), fn as (span: Span) => ReturnType<F>, undefined, span);
  }
}

export class RequestDurationTracerProvider implements TracerProvider {
  private readonly processor = new RequestDurationProcessor();
  private readonly tracer = new RequestDurationTracer((span) => this.processor.onEnd(span));
  getTracer(): Tracer {
    return this.tracer;
  }
}

const globalForTracing = globalThis as unknown as { __portalTracing?: boolean };

/** Installs the tracer provider and context manager once per process. */
export function registerRequestMetrics(): void {
  if (globalForTracing.__portalTracing) return;
  globalForTracing.__portalTracing = true;
  // Next.js keeps the request's root span in the active context: it needs a context manager.
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  trace.setGlobalTracerProvider(new RequestDurationTracerProvider());
}
