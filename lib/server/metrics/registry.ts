// (No `import "server-only"`: the instrumentation hook loads this file, outside the React
// server layer. It holds no secrets and touches no database.)
// The one Prometheus registry of this process and the metrics in it. Kept on globalThis: the
// instrumentation hook (which records request durations) and the /api/metrics route are
// separate server bundles, and development hot reloads re-evaluate modules; both must see the
// same objects, and prom-client refuses to register a metric name twice.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { installSnapshotResponder } from "./cluster";
import { RouteLabelLimiter, methodLabel, statusLabel } from "./route-label";

/** Gauges filled from the database by the process serving a scrape (operational-gauges.ts). */
export const SCRAPE_TIME_METRICS = ["portal_dossiers", "portal_notification_outbox", "portal_notification_outbox_oldest_pending_seconds"] as const;

export type PortalMetrics = {
  registry: Registry;
  httpRequestDuration: Histogram<"method" | "route" | "status">;
  dossiersByStatus: Gauge<"status">;
  notificationOutbox: Gauge<"status" | "channel">;
  notificationOutboxOldestPendingSeconds: Gauge;
  metricsScrapeErrors: Counter;
  pageCache: Counter<"result">;
  routes: RouteLabelLimiter;
};

function createMetrics(): PortalMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ app: "thai-nguyen-portal" });
  collectDefaultMetrics({ register: registry });
  // With several web processes (WEB_CONCURRENCY > 1) a scrape sums all of them (cluster.ts).
  installSnapshotResponder(registry, SCRAPE_TIME_METRICS);
  return {
    registry,
    routes: new RouteLabelLimiter(),
    httpRequestDuration: new Histogram({
      name: "http_request_duration_seconds",
      help: "Thời gian xử lý yêu cầu HTTP theo mẫu đường dẫn (route pattern), phương thức và mã trạng thái",
      labelNames: ["method", "route", "status"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    dossiersByStatus: new Gauge({
      name: "portal_dossiers",
      help: "Số hồ sơ theo trạng thái (đọc từ cơ sở dữ liệu khi thu thập)",
      labelNames: ["status"] as const,
      registers: [registry],
    }),
    notificationOutbox: new Gauge({
      name: "portal_notification_outbox",
      help: "Hàng đợi thông báo: số thông báo đang chờ gửi (pending) và gửi thất bại (failed), theo kênh (channel=\"all\": tổng)",
      labelNames: ["status", "channel"] as const,
      registers: [registry],
    }),
    notificationOutboxOldestPendingSeconds: new Gauge({
      name: "portal_notification_outbox_oldest_pending_seconds",
      help: "Tuổi (giây) của thông báo chờ gửi lâu nhất; 0 khi hàng đợi trống",
      registers: [registry],
    }),
    pageCache: new Counter({
      name: "portal_page_cache_requests_total",
      help: "Yêu cầu trang công khai ẩn danh theo kết quả bộ nhớ tạm trang: hit (trả từ bộ nhớ), stale (bản cũ trong lúc đang dựng lại), miss (dựng trang)",
      labelNames: ["result"] as const,
      registers: [registry],
    }),
    metricsScrapeErrors: new Counter({
      name: "portal_metrics_scrape_errors_total",
      help: "Số lần không đọc được số liệu từ cơ sở dữ liệu khi thu thập",
      registers: [registry],
    }),
  };
}

const globalForMetrics = globalThis as unknown as { __portalMetrics?: PortalMetrics };

export function metrics(): PortalMetrics {
  globalForMetrics.__portalMetrics ??= createMetrics();
  return globalForMetrics.__portalMetrics;
}

/** Records one finished request. Labels are normalised (route pattern only, never a URL). */
export function observeRequest(input: { method: unknown; route: unknown; status: unknown; seconds: number }): void {
  if (!Number.isFinite(input.seconds) || input.seconds < 0) return;
  const m = metrics();
  m.httpRequestDuration.observe({ method: methodLabel(input.method), route: m.routes.label(input.route), status: statusLabel(input.status) }, input.seconds);
}
