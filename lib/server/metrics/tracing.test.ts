import { describe, expect, it } from "vitest";
import { context, trace } from "@opentelemetry/api";
import { metrics } from "./registry";
import { RequestDurationProcessor, RequestDurationTracer, registerRequestMetrics, requestObservation } from "./tracing";

const span = (attributes: Record<string, unknown>, ms = 120) =>
  ({ attributes, duration: [Math.floor(ms / 1000), (ms % 1000) * 1e6] }) as unknown as Parameters<typeof requestObservation>[0];

describe("requestObservation", () => {
  it("takes method, route pattern, status and duration from Next's request span", () => {
    const o = requestObservation(span({ "next.span_type": "BaseServer.handleRequest", "http.method": "GET", "http.route": "/procedures/[code]/page", "http.status_code": 200, "http.target": "/procedures/1.000123" }, 1250));
    expect(o).toEqual({ method: "GET", route: "/procedures/[code]/page", status: 200, seconds: 1.25 });
  });

  it("ignores other spans and the proxy pass (no route)", () => {
    expect(requestObservation(span({ "next.span_type": "AppRender.getBodyResult", "next.route": "/page" }))).toBeNull();
    expect(requestObservation(span({ "next.span_type": "BaseServer.handleRequest", "http.method": "GET", "http.target": "/x" }))).toBeNull();
  });
});

describe("RequestDurationProcessor", () => {
  it("records route patterns, never the target URL", async () => {
    const processor = new RequestDurationProcessor();
    processor.onEnd(span({ "next.span_type": "BaseServer.handleRequest", "http.method": "GET", "next.route": "/lookup/[code]/page", "http.status_code": 404, "http.target": "/lookup/H10.01-261127-0001" }, 30) as never);
    const text = await metrics().registry.metrics();
    expect(text).toMatch(/http_request_duration_seconds_count\{[^}]*method="GET",route="\/lookup\/\[code\]",status="404"[^}]*\} 1/);
    expect(text).not.toContain("H10.01-261127-0001");
  });
});

describe("registerRequestMetrics", () => {
  it("installs a recording tracer and a context manager, once", async () => {
    registerRequestMetrics();
    registerRequestMetrics();
    const tracer = trace.getTracer("test");
    const before = (await metrics().httpRequestDuration.get()).values.filter((v) => v.labels.route === "/api/probe" && v.metricName?.endsWith("_count"));
    await tracer.startActiveSpan("GET", { attributes: { "next.span_type": "BaseServer.handleRequest", "http.method": "GET" } }, async (root) => {
      // Context propagates across await (Next.js needs it to find the request's root span).
      await new Promise((r) => setTimeout(r, 5));
      expect(trace.getSpan(context.active())).toBe(root);
      root.setAttributes({ "http.route": "/api/probe/route", "http.status_code": 200 });
      root.end();
    });
    const after = (await metrics().httpRequestDuration.get()).values.filter((v) => v.labels.route === "/api/probe" && v.metricName?.endsWith("_count"));
    expect(before).toHaveLength(0);
    expect(after).toHaveLength(1);
    expect(after[0].value).toBe(1);
  });
});

describe("RequestDurationTracer", () => {
  const REQUEST = { "next.span_type": "BaseServer.handleRequest", "http.method": "GET" };

  it("records the request span (attributes set later, duration) and only it", async () => {
    const ended: { attributes: Record<string, unknown>; duration: [number, number] }[] = [];
    const tracer = new RequestDurationTracer((s) => ended.push(s as never));
    const render = tracer.startSpan("AppRender.getBodyResult", { attributes: { "next.span_type": "AppRender.getBodyResult" } });
    expect(render.isRecording()).toBe(false);
    render.end();
    const root = tracer.startSpan("GET", { attributes: REQUEST });
    expect(root.isRecording()).toBe(true);
    await new Promise((r) => setTimeout(r, 20));
    root.setAttributes({ "http.route": "/procedures/[code]/page", "http.status_code": 200 });
    root.updateName("GET /procedures/[code]");
    root.end();
    root.end(); // once only
    root.setAttribute("http.status_code", 500); // ignored after the end
    expect(ended).toHaveLength(1);
    expect(ended[0].attributes).toMatchObject({ ...REQUEST, "http.route": "/procedures/[code]/page", "http.status_code": 200 });
    const seconds = ended[0].duration[0] + ended[0].duration[1] / 1e9;
    expect(seconds).toBeGreaterThanOrEqual(0.015);
    expect(seconds).toBeLessThan(5);
    expect(requestObservation(ended[0] as never)).toMatchObject({ method: "GET", route: "/procedures/[code]/page", status: 200 });
  });

  it("honours the start time Next.js gives (performance or epoch milliseconds)", () => {
    const ended: { duration: [number, number] }[] = [];
    const tracer = new RequestDurationTracer((s) => ended.push(s as never));
    tracer.startSpan("GET", { attributes: REQUEST, startTime: performance.now() - 250 }).end();
    tracer.startSpan("GET", { attributes: REQUEST, startTime: Date.now() - 250 }).end();
    for (const e of ended) expect(e.duration[0] + e.duration[1] / 1e9).toBeCloseTo(0.25, 1);
  });

  it("makes the request span the active span; other spans run their callback as they are", async () => {
    registerRequestMetrics();
    const tracer = new RequestDurationTracer(() => {});
    const outside = trace.getSpan(context.active());
    const inner = tracer.startActiveSpan("render", { attributes: { "next.span_type": "AppRender.getBodyResult" } }, (span) => {
      expect(span.isRecording()).toBe(false);
      return trace.getSpan(context.active());
    });
    expect(inner).toBe(outside);
    await tracer.startActiveSpan("GET", { attributes: REQUEST }, async (root) => {
      await new Promise((r) => setTimeout(r, 1));
      expect(trace.getSpan(context.active())).toBe(root);
      expect(root.spanContext().traceId).toMatch(/^[0-9a-f]{32}$/);
      expect(root.spanContext().spanId).toMatch(/^[0-9a-f]{16}$/);
      root.end();
    });
  });
});
