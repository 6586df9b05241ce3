// A few seconds of memory for the public pages, in front of Next.js (scripts/web-server.ts).
// Which requests qualify and under which key: lib/domain/page-cache.ts. This file keeps the
// rendered answers:
//   - fresh for `ttlMs`: answered from memory (`X-Cache: HIT`), without rendering;
//   - one render at a time per key: requests arriving while a page is being rendered wait for
//     that render instead of starting their own (a deadline-day rush on an expired page costs
//     one render, not hundreds);
//   - after `ttlMs`, for `staleMs` more, while one request renders the page again, the others get
//     the previous copy at once (`X-Cache: STALE`);
//   - least recently used pages leave first when `maxEntries` or `maxBytes` is reached, so
//     URLs made up by a visitor (any query string) cannot grow the memory without bound.
// Only a complete 200 HTML answer that sets no cookie is stored; anything else (an error, a
// redirect, a client that went away mid-page) is passed through and the waiting requests render
// for themselves. Every answer keeps its own request id.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { acceptableRequestId } from "../../lib/domain/csrf";
import { cachedRoute, isStorableResponse, pageCacheKey } from "../../lib/domain/page-cache";

export type CacheResult = "hit" | "stale" | "miss";

export type PageCacheOptions = {
  ttlMs: number;
  staleMs: number;
  maxEntries: number;
  maxBytes: number;
  /** Largest single page kept. */
  maxEntryBytes?: number;
  now?: () => number;
  /** Called once per cacheable request when its answer is finished. */
  onResult?: (result: CacheResult, route: string, seconds: number) => void;
};

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;
type Entry = { status: number; headers: OutgoingHttpHeaders; body: Buffer; storedAt: number };

/** Headers that belong to one answer, not to the page. */
const PER_RESPONSE_HEADERS = new Set(["x-request-id", "date", "connection", "keep-alive", "transfer-encoding", "content-length", "x-cache", "age"]);

export type PageCache = {
  listener: (req: IncomingMessage, res: ServerResponse) => void;
  stats: () => { entries: number; bytes: number };
};

export function createPageCache(handler: Handler, options: PageCacheOptions): PageCache {
  const now = options.now ?? Date.now;
  const maxEntryBytes = options.maxEntryBytes ?? 2 * 1024 * 1024;
  const entries = new Map<string, Entry>();
  const rendering = new Map<string, Promise<Entry | null>>();
  let bytes = 0;

  const remove = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.body.length;
  };

  const store = (key: string, entry: Entry) => {
    remove(key);
    entries.set(key, entry);
    bytes += entry.body.length;
    // Map iteration follows insertion order: the first keys are the least recently used.
    for (const oldest of entries.keys()) {
      if (entries.size <= options.maxEntries && bytes <= options.maxBytes) break;
      remove(oldest);
    }
  };

  const send = (req: IncomingMessage, res: ServerResponse, entry: Entry, result: "HIT" | "STALE") => {
    res.statusCode = entry.status;
    for (const [name, value] of Object.entries(entry.headers)) if (value !== undefined) res.setHeader(name, value);
    res.setHeader("content-length", entry.body.length);
    res.setHeader("x-request-id", requestIdOf(req));
    res.setHeader("x-cache", result);
    res.setHeader("age", Math.floor(Math.max(0, now() - entry.storedAt) / 1000));
    res.end(entry.body);
  };

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    const key = options.ttlMs > 0 ? pageCacheKey(req) : null;
    if (!key) {
      void handler(req, res);
      return;
    }
    const started = process.hrtime.bigint();
    const route = cachedRoute(new URL(req.url ?? "/", "http://x").pathname) ?? "other";
    const report = (result: CacheResult) => {
      options.onResult?.(result, route, Number(process.hrtime.bigint() - started) / 1e9);
    };
    const entry = entries.get(key);
    const age = entry ? now() - entry.storedAt : Infinity;
    if (entry && age < options.ttlMs) {
      // Most recently used goes last.
      entries.delete(key);
      entries.set(key, entry);
      send(req, res, entry, "HIT");
      report("hit");
      return;
    }
    const pending = rendering.get(key);
    if (pending) {
      if (entry && age < options.ttlMs + options.staleMs) {
        send(req, res, entry, "STALE");
        report("stale");
        return;
      }
      void pending.then((rendered) => {
        if (rendered) {
          send(req, res, rendered, "HIT");
          report("hit");
        } else {
          res.setHeader("x-cache", "MISS");
          res.once("finish", () => report("miss"));
          void handler(req, res);
        }
      });
      return;
    }
    let settle!: (entry: Entry | null) => void;
    rendering.set(key, new Promise<Entry | null>((resolve) => (settle = resolve)));
    captureResponse(res, maxEntryBytes, (captured) => {
      rendering.delete(key);
      if (captured && isStorableResponse(captured.status, captured.headers)) {
        const headers: OutgoingHttpHeaders = {};
        for (const [name, value] of Object.entries(captured.headers)) if (!PER_RESPONSE_HEADERS.has(name)) headers[name] = value;
        const fresh = { status: captured.status, headers, body: captured.body, storedAt: now() };
        store(key, fresh);
        settle(fresh);
      } else {
        settle(null);
      }
      report("miss");
    });
    res.setHeader("x-cache", "MISS");
    void handler(req, res);
  };

  return { listener, stats: () => ({ entries: entries.size, bytes }) };
}

/** The request id the proxy in front gave, when well-formed (the same rule as proxy.ts), else a new one. */
function requestIdOf(req: IncomingMessage): string {
  const given = req.headers["x-request-id"];
  return acceptableRequestId(typeof given === "string" ? given : null) ?? randomUUID();
}

type Captured = { status: number; headers: Record<string, number | string | string[] | undefined>; body: Buffer };

/**
 * Copies what the handler sends (status, headers, body bytes as they go on the wire, compressed
 * or not) and calls `done` once: with the copy when the answer finished, with null when the
 * client went away first, the headers were given in raw form, or the body outgrew `maxBytes`.
 */
function captureResponse(res: ServerResponse, maxBytes: number, done: (captured: Captured | null) => void) {
  const chunks: Buffer[] = [];
  let size = 0;
  let usable = true;
  const headerArgs: Record<string, number | string | string[] | undefined> = {};
  const collect = (chunk: unknown, encoding: unknown) => {
    if (!usable || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buffer = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > maxBytes) {
      usable = false;
      chunks.length = 0;
      return;
    }
    chunks.push(buffer);
  };
  const write = res.write;
  const end = res.end;
  const writeHead = res.writeHead;
  res.write = function (this: ServerResponse, ...args: unknown[]) {
    collect(args[0], args[1]);
    return (write as (...a: unknown[]) => boolean).apply(this, args);
  } as ServerResponse["write"];
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    collect(args[0], args[1]);
    return (end as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse["end"];
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const given = typeof args[1] === "object" ? args[1] : args[2];
    if (Array.isArray(given)) usable = false;
    else if (given && typeof given === "object") for (const [name, value] of Object.entries(given)) headerArgs[name.toLowerCase()] = value as string;
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse["writeHead"];

  let called = false;
  const finish = (complete: boolean) => {
    if (called) return;
    called = true;
    done(complete && usable ? { status: res.statusCode, headers: { ...res.getHeaders(), ...headerArgs }, body: Buffer.concat(chunks) } : null);
  };
  res.once("finish", () => finish(true));
  res.once("close", () => finish(res.writableFinished));
}
