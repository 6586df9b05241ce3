// Who may read /api/metrics. Pure: unit-tested in access.test.ts.
//   METRICS_TOKEN set   → `Authorization: Bearer <METRICS_TOKEN>` required: none → 401, wrong → 403.
//   METRICS_TOKEN unset → only requests from the machine itself (loopback client address) → else 403.
import crypto from "node:crypto";

export type MetricsAccess = { ok: true } | { ok: false; status: 401 | 403; title: string };

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|0:0:0:0:0:0:0:1)$/;

export function isLoopback(ip: string | null): boolean {
  return ip !== null && LOOPBACK.test(ip);
}

function sameSecret(a: string, b: string): boolean {
  // Hash both sides: equal lengths for timingSafeEqual, and no early exit on length.
  const ha = crypto.createHash("sha256").update(a).digest();
  const hb = crypto.createHash("sha256").update(b).digest();
  return crypto.timingSafeEqual(ha, hb);
}

export function checkMetricsAccess(input: { token: string | undefined; authorization: string | null; clientIp: string | null }): MetricsAccess {
  if (input.token) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(input.authorization ?? "");
    if (!match) return { ok: false, status: 401, title: "Cần mã truy cập số liệu giám sát (Authorization: Bearer <METRICS_TOKEN>)." };
    if (!sameSecret(match[1], input.token)) return { ok: false, status: 403, title: "Mã truy cập số liệu giám sát không đúng." };
    return { ok: true };
  }
  if (isLoopback(input.clientIp)) return { ok: true };
  return {
    ok: false,
    status: 403,
    title: "Số liệu giám sát chỉ được đọc từ chính máy chủ khi chưa đặt METRICS_TOKEN.",
  };
}
