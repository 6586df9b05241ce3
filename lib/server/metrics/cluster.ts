// (No `import "server-only"`: the registry, which installs the responder below, is loaded by the
// instrumentation hook outside the React server layer.)
//
// Metrics when `npm start` runs several web processes on one port (WEB_CONCURRENCY > 1,
// scripts/web-cluster.ts): a scrape reaches one worker, but must describe them all. The worker
// serving /api/metrics asks the primary process, which asks every worker for a JSON snapshot of
// its registry and hands the list back; the worker sums them with prom-client's
// AggregatorRegistry (process metrics carry their own aggregation, e.g. event-loop lag is
// averaged). The database gauges are read at scrape time by the serving worker only: the other
// workers leave them out of their snapshots, so they are neither summed nor stale.
import { AggregatorRegistry, type Registry } from "prom-client";

/** Messages between a web worker and the primary (scripts/web-cluster.ts speaks the same). */
export const CLUSTER_MESSAGES = {
  /** worker → primary: { type, id } — gather every worker's snapshot for me. */
  collect: "portal:metrics:collect",
  /** primary → worker: { type, id, requester } — send your snapshot. */
  snapshot: "portal:metrics:snapshot",
  /** worker → primary: { type, id, metrics } — my snapshot. */
  snapshotReply: "portal:metrics:snapshot-reply",
  /** primary → requesting worker: { type, id, snapshots } — every snapshot that arrived in time. */
  collected: "portal:metrics:collected",
} as const;

type Snapshot = Awaited<ReturnType<Registry["getMetricsAsJSON"]>>;
type Message = { type?: unknown; id?: unknown; requester?: unknown; snapshots?: unknown };

/** True in a web worker started by scripts/web-cluster.ts (several processes share the port). */
export function inWebCluster(): boolean {
  return typeof process.send === "function" && Number(process.env.PORTAL_WEB_WORKERS ?? "1") > 1;
}

/**
 * Answers the primary's snapshot requests with this process's registry. Metrics named in
 * `scrapeTime` (filled from the database by the serving worker) are left out unless this worker
 * is the one serving the scrape.
 */
export function installSnapshotResponder(registry: Registry, scrapeTime: readonly string[]): void {
  if (!inWebCluster()) return;
  process.on("message", (message: Message) => {
    if (message?.type !== CLUSTER_MESSAGES.snapshot) return;
    void registry.getMetricsAsJSON().then((metrics) => {
      const own = message.requester === process.pid;
      process.send?.({ type: CLUSTER_MESSAGES.snapshotReply, id: message.id, metrics: own ? metrics : metrics.filter((m) => !scrapeTime.includes(m.name)) });
    });
  });
}

let nextId = 0;

/**
 * The exposition text of every web worker, summed; this process's own registry alone when it is
 * not in a cluster, or when the primary does not answer within `timeoutMs`.
 */
export async function clusterMetricsText(registry: Registry, timeoutMs = 3000): Promise<string> {
  if (!inWebCluster()) return registry.metrics();
  const id = `${process.pid}-${++nextId}`;
  const snapshots = await new Promise<Snapshot[] | null>((resolve) => {
    const timer = setTimeout(() => {
      process.off("message", onMessage);
      resolve(null);
    }, timeoutMs);
    function onMessage(message: Message) {
      if (message?.type !== CLUSTER_MESSAGES.collected || message.id !== id) return;
      clearTimeout(timer);
      process.off("message", onMessage);
      resolve(Array.isArray(message.snapshots) ? (message.snapshots as Snapshot[]) : null);
    }
    process.on("message", onMessage);
    process.send?.({ type: CLUSTER_MESSAGES.collect, id });
  });
  if (!snapshots || snapshots.length === 0) return registry.metrics();
  return AggregatorRegistry.aggregate(snapshots).metrics();
}
