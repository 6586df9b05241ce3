import { describe, expect, it } from "vitest";
import { anonymousLanguage, cachedRoute, isStorableResponse, pageCacheKey } from "./page-cache";

const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers });

describe("pageCacheKey", () => {
  it("caches the public pages of an anonymous visitor", () => {
    expect(pageCacheKey(get("/"))).toBe("vi  /");
    expect(pageCacheKey(get("/procedures/1.001193", { "accept-encoding": "gzip, deflate, br" }))).toBe("vi gzip,deflate,br /procedures/1.001193");
    expect(pageCacheKey(get("/statistics"))).toBe("vi  /statistics");
  });

  it("puts the query in a fixed order, so one search is one entry", () => {
    expect(pageCacheKey(get("/procedures?q=ket%20hon&level=FULL_ONLINE"))).toBe(pageCacheKey(get("/procedures?level=FULL_ONLINE&q=ket+hon")));
    expect(pageCacheKey(get("/procedures?q=a"))).not.toBe(pageCacheKey(get("/procedures?q=b")));
  });

  it("keys on the language and on the accepted encodings", () => {
    const vi = pageCacheKey(get("/", { cookie: "lang=vi" }));
    const en = pageCacheKey(get("/", { cookie: "lang=en" }));
    expect(vi).toBe(pageCacheKey(get("/")));
    expect(en).not.toBe(vi);
    expect(pageCacheKey(get("/", { "accept-encoding": "gzip" }))).not.toBe(pageCacheKey(get("/")));
  });

  it("never caches a request that may be personal", () => {
    expect(pageCacheKey(get("/", { cookie: "lang=vi; next-auth.session-token=abc" }))).toBeNull();
    expect(pageCacheKey(get("/", { cookie: "__Secure-next-auth.session-token.0=abc" }))).toBeNull();
    expect(pageCacheKey(get("/", { cookie: "next-auth.csrf-token=x" }))).toBeNull();
    expect(pageCacheKey(get("/", { authorization: "Bearer x" }))).toBeNull();
  });

  it("never caches client navigations, prefetches or server actions", () => {
    for (const name of ["rsc", "next-router-state-tree", "next-router-prefetch", "next-action", "next-url"]) {
      expect(pageCacheKey(get("/procedures", { [name]: "1" }))).toBeNull();
    }
  });

  it("caches only GET of the listed pages", () => {
    expect(pageCacheKey({ method: "POST", url: "/", headers: {} })).toBeNull();
    expect(pageCacheKey({ method: "HEAD", url: "/", headers: {} })).toBeNull();
    for (const url of ["/lookup", "/api/health", "/api/v1/procedures", "/my/dossiers", "/officer/dossiers", "/leader", "/procedures/1.001193/apply", "/sign-in", "/procedures/"]) {
      expect(pageCacheKey(get(url)), url).toBeNull();
    }
    expect(pageCacheKey(get(`/procedures?q=${"a".repeat(600)}`))).toBeNull();
  });
});

describe("anonymousLanguage", () => {
  it("reads the language cookie and refuses any other cookie", () => {
    expect(anonymousLanguage(undefined)).toBe("vi");
    expect(anonymousLanguage("lang=en")).toBe("en");
    expect(anonymousLanguage(" lang=en ; ")).toBe("en");
    expect(anonymousLanguage("lang=fr")).toBe("vi");
    expect(anonymousLanguage("lang=en; theme=dark")).toBeNull();
    expect(anonymousLanguage("language=en")).toBeNull();
  });
});

describe("cachedRoute", () => {
  it("names the route pattern, never the URL", () => {
    expect(cachedRoute("/procedures/2.000001")).toBe("/procedures/[code]");
    expect(cachedRoute("/my")).toBeNull();
  });
});

describe("isStorableResponse", () => {
  it("stores only a 200 HTML page that sets no cookie", () => {
    expect(isStorableResponse(200, { "content-type": "text/html; charset=utf-8" })).toBe(true);
    expect(isStorableResponse(404, { "content-type": "text/html; charset=utf-8" })).toBe(false);
    expect(isStorableResponse(307, { location: "/sign-in" })).toBe(false);
    expect(isStorableResponse(200, { "content-type": "text/html", "set-cookie": ["a=b"] })).toBe(false);
    expect(isStorableResponse(200, { "content-type": "application/json" })).toBe(false);
  });
});
