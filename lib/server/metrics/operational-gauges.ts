import "server-only";
// Gauges read from the database at scrape time: dossiers by status and the notification
// outbox (pending / failed). Both are GROUP BY status over an index whose first column is the
// status (Dossier_status_dueAt_idx, Notification_status_nextAttemptAt_idx): index-only scans
// with no sort, no table read once the table is vacuumed.
import { db } from "@/lib/db";
import { DossierStatus, NotificationStatus } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/server/log/logger";
import { clusterMetricsText } from "./cluster";
import { metrics } from "./registry";

export type OperationalCounts = {
  dossiersByStatus: Record<string, number>;
  outbox: { pending: Record<string, number>; failed: Record<string, number> };
  oldestPendingSeconds: number;
};

export async function readOperationalCounts(now: Date = new Date()): Promise<OperationalCounts> {
  const [dossiers, outbox, oldest] = await Promise.all([
    db.dossier.groupBy({ by: ["status"], _count: { _all: true } }),
    db.notification.groupBy({
      by: ["status", "channel"],
      where: { status: { in: [NotificationStatus.PENDING, NotificationStatus.FAILED] } },
      _count: { _all: true },
    }),
    db.notification.aggregate({ where: { status: NotificationStatus.PENDING }, _min: { createdAt: true } }),
  ]);
  const dossiersByStatus: Record<string, number> = Object.fromEntries(Object.values(DossierStatus).map((s) => [s, 0]));
  for (const row of dossiers) dossiersByStatus[row.status] = row._count._all;
  const result: OperationalCounts["outbox"] = { pending: {}, failed: {} };
  for (const row of outbox) {
    const bucket = row.status === NotificationStatus.PENDING ? result.pending : result.failed;
    bucket[row.channel] = row._count._all;
  }
  const first = oldest._min.createdAt;
  return { dossiersByStatus, outbox: result, oldestPendingSeconds: first ? Math.max(0, (now.getTime() - first.getTime()) / 1000) : 0 };
}

/**
 * The whole exposition text: database gauges refreshed, then every metric of the process (of
 * every web process, summed, when several share the port: cluster.ts).
 */
export async function renderMetrics(): Promise<{ body: string; contentType: string }> {
  const m = metrics();
  try {
    const counts = await readOperationalCounts();
    m.dossiersByStatus.reset();
    for (const [status, n] of Object.entries(counts.dossiersByStatus)) m.dossiersByStatus.set({ status }, n);
    m.notificationOutbox.reset();
    for (const [status, byChannel] of [["pending", counts.outbox.pending], ["failed", counts.outbox.failed]] as const) {
      const total = Object.values(byChannel).reduce((a, b) => a + b, 0);
      m.notificationOutbox.set({ status, channel: "all" }, total);
      for (const [channel, n] of Object.entries(byChannel)) m.notificationOutbox.set({ status, channel }, n);
    }
    m.notificationOutboxOldestPendingSeconds.set(counts.oldestPendingSeconds);
  } catch (error) {
    // The process metrics are still worth serving when the database is down; the gauges are
    // dropped rather than left at stale values.
    m.dossiersByStatus.reset();
    m.notificationOutbox.reset();
    m.notificationOutboxOldestPendingSeconds.reset();
    m.metricsScrapeErrors.inc();
    logger.error({ err: error }, "metrics: cannot read the database counts");
  }
  return { body: await clusterMetricsText(m.registry), contentType: m.registry.contentType };
}
