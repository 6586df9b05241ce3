import { describe, expect, it } from "vitest";
import { OTHER_ROUTE, RouteLabelLimiter, UNMATCHED_ROUTE, methodLabel, routeLabel, statusLabel } from "./route-label";

describe("routeLabel", () => {
  it("turns Next.js page and route-handler paths into URL patterns", () => {
    expect(routeLabel("/procedures/[code]/page")).toBe("/procedures/[code]");
    expect(routeLabel("/page")).toBe("/");
    expect(routeLabel("/")).toBe("/");
    expect(routeLabel("/api/metrics/route")).toBe("/api/metrics");
    expect(routeLabel("/api/metrics")).toBe("/api/metrics");
    expect(routeLabel("/officer/dossiers/[id]")).toBe("/officer/dossiers/[id]");
    expect(routeLabel("/api/auth/[...nextauth]/route")).toBe("/api/auth/[...nextauth]");
    expect(routeLabel("/docs/[[...slug]]/page")).toBe("/docs/[[...slug]]");
    expect(routeLabel("/_not-found/page")).toBe("/_not-found");
  });

  it("drops route groups and parallel-route slots, which never appear in URLs", () => {
    expect(routeLabel("/(citizen)/my/dossiers/page")).toBe("/my/dossiers");
    expect(routeLabel("/leader/@modal/(.)dossiers/[id]/page")).toBe("/leader/dossiers/[id]");
  });

  it("never returns a concrete URL: queries, encoded characters and missing routes are bucketed", () => {
    expect(routeLabel(undefined)).toBe(UNMATCHED_ROUTE);
    expect(routeLabel("")).toBe(UNMATCHED_ROUTE);
    expect(routeLabel(42)).toBe(UNMATCHED_ROUTE);
    expect(routeLabel("/lookup?code=H10.01-261127-0001")).toBe(OTHER_ROUTE);
    expect(routeLabel("/search/Nguy%E1%BB%85n")).toBe(OTHER_ROUTE);
    expect(routeLabel("/users/an.nguyen@demo.thainguyen.vn")).toBe(OTHER_ROUTE);
    expect(routeLabel("procedures")).toBe(OTHER_ROUTE);
    expect(routeLabel(`/${"a".repeat(300)}`)).toBe(OTHER_ROUTE);
  });
});

describe("method and status labels", () => {
  it("keep a closed set of values", () => {
    expect(methodLabel("get")).toBe("GET");
    expect(methodLabel("POST")).toBe("POST");
    expect(methodLabel("PROPFIND")).toBe("OTHER");
    expect(methodLabel(undefined)).toBe("OTHER");
    expect(statusLabel(200)).toBe("200");
    expect(statusLabel("404")).toBe("404");
    expect(statusLabel(0)).toBe("unknown");
    expect(statusLabel(undefined)).toBe("unknown");
  });
});

describe("RouteLabelLimiter", () => {
  it("caps the number of distinct routes; known routes keep their label", () => {
    const limiter = new RouteLabelLimiter(2);
    expect(limiter.label("/a/page")).toBe("/a");
    expect(limiter.label("/b/page")).toBe("/b");
    expect(limiter.label("/c/page")).toBe(OTHER_ROUTE);
    expect(limiter.label("/a/page")).toBe("/a");
  });
});
