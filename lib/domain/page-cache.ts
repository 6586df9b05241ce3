// Which requests may be answered from the short-lived page cache of the web server
// (scripts/web/page-cache.ts), and under which key. Pure: no I/O.
//
// On a deadline day most requests are anonymous citizens opening the same few public pages:
// the home page, the catalogue and a procedure's page. Each of those is rendered per request
// (the root layout reads the language cookie and the session), at 25–40 ms of server CPU, so a
// 2-core machine renders about 50–90 a second. The same page for the same language is the same
// bytes for every anonymous visitor, so the server keeps each rendered page for a few seconds
// (PAGE_CACHE_TTL_SECONDS) — what a CDN or an nginx micro-cache in front of the portal would do,
// inside the portal so that `npm start` has it too.
//
// Only a request that cannot see anything personal is cached:
//   - GET of a public page listed below (never an API route, a form, a signed-in area or the
//     look-up, whose answers are personal and whose attempts are counted);
//   - no cookie except the language cookie (a signed-in visitor, or anyone in the middle of
//     signing in, has other cookies and always gets a fresh render), no Authorization header;
//   - not a client-side navigation or a server action (the RSC/router headers Next.js varies on).
// The key holds everything the answer depends on: the language, the accepted encodings (the body
// is stored as sent, compressed or not) and the path with its query string in a fixed order.
// A page listed here must therefore read nothing else from the request: no other header (Host,
// X-Forwarded-*, User-Agent…) and no cookie but the language — or its key must grow with it, or
// one visitor's request could decide what everyone else is shown.

export type CacheableRequest = {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
};

/** The cached public pages, with the route pattern used in metrics. */
const PAGES: { pattern: RegExp; route: string }[] = [
  { pattern: /^\/$/, route: "/" },
  { pattern: /^\/procedures$/, route: "/procedures" },
  { pattern: /^\/procedures\/[^/]+$/, route: "/procedures/[code]" },
  { pattern: /^\/statistics$/, route: "/statistics" },
];

/** Headers of client-side navigations, prefetches and server actions (Next.js varies on them). */
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url", "next-action"];

/** The same cookie as LOCALE_COOKIE in lib/i18n (not imported: that module is server-only). */
export const LANGUAGE_COOKIE = "lang";

/** Longest URL considered (longer ones are rendered, never stored). */
const MAX_URL_LENGTH = 512;

function header(headers: CacheableRequest["headers"], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

/**
 * The language named by a Cookie header holding nothing else, or null when it holds any other
 * cookie (then the request may be personal). No cookie at all is Vietnamese, the default.
 */
export function anonymousLanguage(cookieHeader: string | undefined): "vi" | "en" | null {
  if (!cookieHeader) return "vi";
  let language: "vi" | "en" = "vi";
  for (const part of cookieHeader.split(";")) {
    const trimmed = part.trim();
    if (!trimmed) continue;
    const eq = trimmed.indexOf("=");
    const name = eq < 0 ? trimmed : trimmed.slice(0, eq).trim();
    if (name !== LANGUAGE_COOKIE) return null;
    language = trimmed.slice(eq + 1).trim() === "en" ? "en" : "vi";
  }
  return language;
}

/** The metrics route of a cacheable path, or null when the path is not a cached page. */
export function cachedRoute(pathname: string): string | null {
  return PAGES.find((p) => p.pattern.test(pathname))?.route ?? null;
}

/** The cache key of a request, or null when it must be rendered and not stored. */
export function pageCacheKey(request: CacheableRequest): string | null {
  if (request.method !== "GET" || !request.url || request.url.length > MAX_URL_LENGTH) return null;
  if (request.headers.authorization !== undefined) return null;
  if (ROUTER_HEADERS.some((name) => request.headers[name] !== undefined)) return null;
  const language = anonymousLanguage(header(request.headers, "cookie"));
  if (!language) return null;
  const q = request.url.indexOf("?");
  const pathname = q < 0 ? request.url : request.url.slice(0, q);
  if (!cachedRoute(pathname)) return null;
  const params = new URLSearchParams(q < 0 ? "" : request.url.slice(q + 1));
  params.sort();
  const query = params.toString();
  const encoding = (header(request.headers, "accept-encoding") ?? "").toLowerCase().replace(/\s+/g, "");
  return `${language} ${encoding} ${pathname}${query ? `?${query}` : ""}`;
}

/** Whether a rendered answer may be stored: a complete 200 HTML page that sets no cookie. */
export function isStorableResponse(status: number, headers: Record<string, number | string | string[] | undefined>): boolean {
  if (status !== 200) return false;
  if (headers["set-cookie"] !== undefined) return false;
  const type = String(headers["content-type"] ?? "");
  return type.startsWith("text/html");
}
