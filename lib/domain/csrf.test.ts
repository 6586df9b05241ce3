import { describe, expect, it } from "vitest";
import { acceptableRequestId, passesCsrfCheck, type CsrfRequest } from "./csrf";

const base: CsrfRequest = { method: "POST", pathname: "/api/locale", host: "portal.thainguyen.gov.vn", origin: "https://portal.thainguyen.gov.vn", referer: null };

describe("CSRF check", () => {
  it("lets same-origin posts through and refuses other origins", () => {
    expect(passesCsrfCheck(base)).toBe(true);
    expect(passesCsrfCheck({ ...base, origin: "https://evil.example" })).toBe(false);
    expect(passesCsrfCheck({ ...base, origin: "https://portal.thainguyen.gov.vn.evil.example" })).toBe(false);
    expect(passesCsrfCheck({ ...base, method: "DELETE", pathname: "/api/attachments/x", origin: "http://localhost:9999" })).toBe(false);
  });

  it("falls back to Referer only when Origin is absent, and refuses requests with neither", () => {
    expect(passesCsrfCheck({ ...base, origin: null, referer: "https://portal.thainguyen.gov.vn/my" })).toBe(true);
    expect(passesCsrfCheck({ ...base, origin: null, referer: "https://evil.example/x" })).toBe(false);
    expect(passesCsrfCheck({ ...base, origin: null, referer: null })).toBe(false);
    expect(passesCsrfCheck({ ...base, origin: "null", referer: "https://portal.thainguyen.gov.vn/" })).toBe(false);
    expect(passesCsrfCheck({ ...base, host: null })).toBe(false);
  });

  it("does not apply to safe methods, pages, token APIs, the signed callback or next-auth", () => {
    expect(passesCsrfCheck({ ...base, method: "GET", origin: "https://evil.example" })).toBe(true);
    expect(passesCsrfCheck({ ...base, pathname: "/my/dossiers/1", origin: "https://evil.example" })).toBe(true);
    for (const pathname of ["/api/v1/observations", "/api/payments/callback", "/api/auth/callback/credentials"]) {
      expect(passesCsrfCheck({ ...base, pathname, origin: "https://evil.example" }), pathname).toBe(true);
    }
  });
});

describe("request id", () => {
  it("keeps a well-formed incoming id and refuses anything else", () => {
    expect(acceptableRequestId("3f1c2a9e-1234-4abc-9def-0123456789ab")).toBe("3f1c2a9e-1234-4abc-9def-0123456789ab");
    expect(acceptableRequestId("short")).toBeNull();
    expect(acceptableRequestId("has space inside it")).toBeNull();
    expect(acceptableRequestId("<script>alert(1)</script>")).toBeNull();
    expect(acceptableRequestId(null)).toBeNull();
  });
});
