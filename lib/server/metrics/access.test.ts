import { describe, expect, it } from "vitest";
import { checkMetricsAccess, isLoopback } from "./access";

const TOKEN = "metrics-token-0123456789";

describe("checkMetricsAccess", () => {
  it("with METRICS_TOKEN: the right bearer token passes, none is 401, a wrong one is 403", () => {
    expect(checkMetricsAccess({ token: TOKEN, authorization: `Bearer ${TOKEN}`, clientIp: "203.0.113.5" })).toEqual({ ok: true });
    expect(checkMetricsAccess({ token: TOKEN, authorization: `bearer ${TOKEN}`, clientIp: null })).toEqual({ ok: true });
    const none = checkMetricsAccess({ token: TOKEN, authorization: null, clientIp: "127.0.0.1" });
    expect(none).toMatchObject({ ok: false, status: 401 });
    expect(checkMetricsAccess({ token: TOKEN, authorization: `Basic ${TOKEN}`, clientIp: null })).toMatchObject({ ok: false, status: 401 });
    expect(checkMetricsAccess({ token: TOKEN, authorization: "Bearer wrong-token-value", clientIp: "127.0.0.1" })).toMatchObject({ ok: false, status: 403 });
    expect(checkMetricsAccess({ token: TOKEN, authorization: `Bearer ${TOKEN}x`, clientIp: null })).toMatchObject({ ok: false, status: 403 });
    if (!none.ok) expect(none.title).toMatch(/mã truy cập/i);
  });

  it("without METRICS_TOKEN: only loopback clients", () => {
    expect(checkMetricsAccess({ token: undefined, authorization: null, clientIp: "127.0.0.1" })).toEqual({ ok: true });
    expect(checkMetricsAccess({ token: undefined, authorization: null, clientIp: "::1" })).toEqual({ ok: true });
    expect(checkMetricsAccess({ token: undefined, authorization: null, clientIp: "10.0.0.8" })).toMatchObject({ ok: false, status: 403 });
    expect(checkMetricsAccess({ token: undefined, authorization: "Bearer anything-at-all", clientIp: null })).toMatchObject({ ok: false, status: 403 });
  });

  it("isLoopback", () => {
    expect(isLoopback("127.0.0.1")).toBe(true);
    expect(isLoopback("127.10.0.3")).toBe(true);
    expect(isLoopback("::1")).toBe(true);
    expect(isLoopback("128.0.0.1")).toBe(false);
    expect(isLoopback("::2")).toBe(false);
    expect(isLoopback(null)).toBe(false);
  });
});
