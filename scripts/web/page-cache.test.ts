// The page cache in front of a real HTTP server, with a stand-in for Next.js that counts its
// renders and answers what the test tells it to.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createPageCache, type CacheResult, type PageCacheOptions } from "./page-cache";

type Behaviour = (req: IncomingMessage, res: ServerResponse, n: number) => void | Promise<void>;

const html = (res: ServerResponse, body: string) => {
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.setHeader("x-request-id", "from-the-render");
  res.write(body.slice(0, 3));
  res.end(body.slice(3));
};

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((s) => {
      const closed = new Promise((r) => s.close(r));
      s.closeAllConnections();
      return closed;
    }),
  );
});

async function start(behaviour: Behaviour, options: Partial<PageCacheOptions> = {}) {
  let renders = 0;
  let clock = 1_000_000;
  const results: CacheResult[] = [];
  const cache = createPageCache(
    async (req, res) => {
      renders += 1;
      await behaviour(req, res, renders);
    },
    { ttlMs: 10_000, staleMs: 60_000, maxEntries: 100, maxBytes: 1 << 20, now: () => clock, onResult: (r) => results.push(r), ...options },
  );
  const server = http.createServer(cache.listener);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    cache,
    results,
    renders: () => renders,
    advance: (ms: number) => (clock += ms),
    get: (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers }),
  };
}

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("page cache", () => {
  it("answers a public page from memory after one render, with its own request id", async () => {
    const s = await start((_req, res, n) => html(res, `<p>trang ${n}</p>`));
    const first = await s.get("/procedures?q=ket+hon");
    expect(first.headers.get("x-cache")).toBe("MISS");
    expect(await first.text()).toBe("<p>trang 1</p>");
    const second = await s.get("/procedures?q=ket+hon");
    expect(second.headers.get("x-cache")).toBe("HIT");
    expect(await second.text()).toBe("<p>trang 1</p>");
    expect(second.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(second.headers.get("x-request-id")).not.toBe("from-the-render");
    expect(s.renders()).toBe(1);
    expect(s.results).toEqual(["miss", "hit"]);
    // Another search, another language: other entries.
    await (await s.get("/procedures?q=khai+sinh")).text();
    await (await s.get("/procedures?q=ket+hon", { cookie: "lang=en" })).text();
    expect(s.renders()).toBe(3);
  });

  it("always renders for a signed-in visitor and for pages that are not public", async () => {
    const s = await start((_req, res, n) => html(res, `<p>${n}</p>`));
    await (await s.get("/")).text();
    const signedIn = await s.get("/", { cookie: "lang=vi; next-auth.session-token=abc" });
    expect(await signedIn.text()).toBe("<p>2</p>");
    expect(signedIn.headers.get("x-cache")).toBeNull();
    await (await s.get("/my/dossiers")).text();
    await (await s.get("/my/dossiers")).text();
    expect(s.renders()).toBe(4);
  });

  it("stores neither errors, redirects nor answers that set a cookie", async () => {
    const s = await start((req, res, n) => {
      if (req.url === "/statistics") {
        res.statusCode = 500;
        return html(res, `lỗi ${n}`);
      }
      if (req.url === "/procedures") {
        res.setHeader("set-cookie", "a=b");
        return html(res, `cookie ${n}`);
      }
      res.writeHead(307, { location: "/sign-in" });
      res.end();
    });
    for (const path of ["/statistics", "/procedures", "/"]) {
      await (await fetch(s.base + path, { redirect: "manual" })).text();
      await (await fetch(s.base + path, { redirect: "manual" })).text();
    }
    expect(s.renders()).toBe(6);
    expect(s.cache.stats().entries).toBe(0);
  });

  it("renders a page once for requests that arrive while it is being rendered", async () => {
    const s = await start(async (_req, res, n) => {
      await delay(150);
      html(res, `<p>${n}</p>`);
    });
    const answers = await Promise.all(Array.from({ length: 20 }, () => s.get("/").then((r) => r.text())));
    expect(new Set(answers)).toEqual(new Set(["<p>1</p>"]));
    expect(s.renders()).toBe(1);
  });

  it("renders again after the time to live, and meanwhile serves the previous copy", async () => {
    let release!: () => void;
    const s = await start(async (_req, res, n) => {
      if (n === 2) await new Promise<void>((r) => (release = r));
      html(res, `<p>${n}</p>`);
    });
    await (await s.get("/")).text();
    s.advance(10_001);
    const rerender = s.get("/").then((r) => r.text());
    await delay(50);
    const stale = await s.get("/");
    expect(stale.headers.get("x-cache")).toBe("STALE");
    expect(await stale.text()).toBe("<p>1</p>");
    release();
    expect(await rerender).toBe("<p>2</p>");
    const fresh = await s.get("/");
    expect(fresh.headers.get("x-cache")).toBe("HIT");
    expect(await fresh.text()).toBe("<p>2</p>");
    expect(s.renders()).toBe(2);
  });

  it("lets the waiting requests render when the render they waited for failed", async () => {
    const s = await start(async (_req, res, n) => {
      await delay(100);
      if (n === 1) {
        res.statusCode = 503;
        return html(res, "bận");
      }
      html(res, `<p>${n}</p>`);
    });
    const [first, second] = await Promise.all([s.get("/"), delay(20).then(() => s.get("/"))]);
    expect(first.status).toBe(503);
    expect(second.status).toBe(200);
    expect(s.renders()).toBe(2);
  });

  it("forgets the least recently used pages beyond its limits", async () => {
    const s = await start((req, res) => html(res, `<p>${req.url}</p>`), { maxEntries: 3 });
    for (const q of ["a", "b", "c", "a", "d"]) await (await s.get(`/procedures?q=${q}`)).text();
    expect(s.cache.stats().entries).toBe(3);
    // "b" was the least recently used when "d" came in; "a" had been used again.
    await (await s.get("/procedures?q=a")).text();
    expect(s.renders()).toBe(4);
    await (await s.get("/procedures?q=b")).text();
    expect(s.renders()).toBe(5);
  });

  it("does not keep a page whose client went away before its end", async () => {
    const s = await start(async (_req, res) => {
      res.setHeader("content-type", "text/html");
      res.write("<p>début");
      await delay(200);
      res.end("</p>");
    });
    const controller = new AbortController();
    const aborted = fetch(s.base + "/", { signal: controller.signal }).then((r) => r.text()).catch(() => "abandonné");
    await delay(80);
    controller.abort();
    expect(await aborted).toBe("abandonné");
    await delay(250);
    expect(s.cache.stats().entries).toBe(0);
  });

  it("is off with a time to live of 0", async () => {
    const s = await start((_req, res, n) => html(res, `<p>${n}</p>`), { ttlMs: 0 });
    await (await s.get("/")).text();
    expect(await (await s.get("/")).text()).toBe("<p>2</p>");
  });
});
