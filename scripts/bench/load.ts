// One autocannon run against one route, with exact p50/p95/p99 from every response's time
// (autocannon's own summary has p97.5, not p95) and the answers counted by status code.
import autocannon from "autocannon";
import { percentile } from "./server";

export type LoadResult = {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Socket errors, timeouts and answers with an unexpected status. */
  errors: number;
  statuses: Record<string, number>;
};

export type LoadOptions = {
  url: string;
  connections: number;
  /** Seconds; ignored when `amount` is set (the run then ends after that many answers). */
  duration: number;
  amount?: number;
  headers?: Record<string, string>;
  method?: "GET" | "POST";
  body?: string;
  /** Called before each request: returns the request to send (e.g. a unique idempotency key). */
  setup?: (request: autocannon.Request) => autocannon.Request;
  /** Statuses counted as success (default: 200). */
  expect?: number[];
};

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  const expected = new Set(options.expect ?? [200]);
  let unexpected = 0;
  let instance!: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.duration,
        amount: options.amount,
        timeout: 30,
        method: options.method ?? "GET",
        headers: options.headers,
        body: options.body,
        requests: options.setup ? [{ setupRequest: options.setup }] : undefined,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    times.push(responseTime);
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    if (!expected.has(statusCode)) unexpected++;
  });
  const result = await done;
  times.sort((a, b) => a - b);
  const seconds = result.duration;
  return {
    requests: times.length,
    seconds,
    rps: times.length / seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: result.errors + unexpected, // autocannon's errors include its timeouts
    statuses,
  };
}
