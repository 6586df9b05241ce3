import { describe, it, expect } from "vitest";
import { safeCallbackPath } from "./safe-callback";

const FALLBACK = "/my";

describe("safeCallbackPath", () => {
  it.each([
    "/",
    "/my",
    "/my/dossiers",
    "/officer/dossiers/STP-261127-0042",
    "/procedures?q=khai%20sinh&page=2",
    "/procedures/1.001193#form",
    "/leader",
    "/admin/users",
    "/apis", // not the /api/ namespace
  ])("keeps the same-site path %j", (path) => {
    expect(safeCallbackPath(path, FALLBACK)).toBe(path);
  });

  it.each([
    // protocol-relative and absolute URLs
    "//evil.com",
    "//evil.com/my",
    "///evil.com",
    "https://evil.com",
    "http://evil.com/my",
    "HTTPS://evil.com",
    // backslashes, which browsers read as slashes
    "/\\evil.com",
    "/\\/evil.com",
    "\\\\evil.com",
    // tabs and line breaks are removed by the browser's URL parser: "/\t/evil.com" becomes "//evil.com"
    "/\t/evil.com",
    "/\n/evil.com",
    "/\r\n/evil.com",
    "/\t\\evil.com",
    "/my\r\nSet-Cookie: a=b",
    // scripts and other schemes
    "javascript:alert(1)",
    "JavaScript:alert(document.cookie)",
    "data:text/html,<script>alert(1)</script>",
    // relative paths and leading spaces
    "evil.com",
    "my",
    " //evil.com",
    "",
    // the API and the sign-in page itself (loops)
    "/api/auth/signout",
    "/api/",
    "/sign-in",
    "/sign-in?callbackUrl=/admin",
  ])("falls back for %j", (value) => {
    expect(safeCallbackPath(value, FALLBACK)).toBe(FALLBACK);
  });

  it.each([undefined, null, 42, ["/my"], { path: "/my" }])("falls back for the non-string %j", (value) => {
    expect(safeCallbackPath(value, FALLBACK)).toBe(FALLBACK);
  });

  it("returns the given fallback, even an empty one", () => {
    expect(safeCallbackPath("//evil.com", "")).toBe("");
    expect(safeCallbackPath("//evil.com", "/officer")).toBe("/officer");
  });
});
