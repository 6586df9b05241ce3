// The production web process: Next.js (the same request handler `next start` uses) behind the
// page cache of the public pages (scripts/web/page-cache.ts, lib/domain/page-cache.ts).
// Started by scripts/start.ts, once or WEB_CONCURRENCY times (scripts/web-cluster.ts).
// Usage: node --import tsx scripts/web-server.ts -p <port>
//
// PAGE_CACHE_TTL_SECONDS (default 10; 0 turns the cache off): how long an anonymous visitor may
// be shown a public page rendered for someone else. Figures on the public pages may therefore be
// up to that many seconds old; signed-in pages, forms, APIs and the look-up are never cached.
import http from "node:http";
import next from "next";
import { env } from "../lib/env";
import { metrics, observeRequest } from "../lib/server/metrics/registry";
import { createPageCache } from "./web/page-cache";

const portArg = process.argv.indexOf("-p");
const port = Number(portArg >= 0 ? process.argv[portArg + 1] : env.PORT);
const ttlSeconds = env.PAGE_CACHE_TTL_SECONDS;
process.title = `next-server (portal, port ${port})`;

async function main() {
  const app = next({ dev: false, dir: process.cwd(), port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const cache = createPageCache((req, res) => handle(req, res), {
    ttlMs: ttlSeconds * 1000,
    // A copy up to a minute old may be shown while the page is being rendered again.
    staleMs: 60_000,
    maxEntries: 2_000,
    maxBytes: 64 * 1024 * 1024,
    onResult(result, route, seconds) {
      metrics().pageCache.inc({ result });
      // Answers from memory never reach Next.js, whose instrumentation records the others.
      if (result !== "miss") observeRequest({ method: "GET", route, status: 200, seconds });
    },
  });

  const server = http.createServer(cache.listener);
  server.listen(port, () => {
    console.log(`[web] ${process.pid} sẵn sàng ở cổng ${port}; lưu tạm trang công khai ${ttlSeconds > 0 ? `${ttlSeconds} giây` : "tắt"}`);
  });

  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    // Requests still running after 10 s are cut off.
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
