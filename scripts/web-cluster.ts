// Several web processes (scripts/web-server.ts) on one port (WEB_CONCURRENCY > 1), for `npm start`.
// One Node process renders pages on one core; node:cluster lets N worker processes accept
// connections on the same port (the primary hands them out in turn). The portal keeps nothing
// in process memory that another process needs (sessions are signed cookies, rate limits and
// queued work live in PostgreSQL, files behind FileStorage), so the workers are interchangeable.
// The primary (this module, inside scripts/start.ts):
//   - forks the workers and forks a new one when one dies unexpectedly (it gives up, and stops
//     everything, when workers keep dying: 5 deaths within a minute);
//   - relays metric snapshots so that /api/metrics describes every worker
//     (lib/server/metrics/cluster.ts speaks the other side of these messages);
//   - forwards SIGINT/SIGTERM to the workers and reports when the last one has exited.
import cluster, { type Worker } from "node:cluster";

// The same message names as lib/server/metrics/cluster.ts (not imported: that file is bundled
// into the app, this one runs under tsx in the primary).
const COLLECT = "portal:metrics:collect";
const SNAPSHOT = "portal:metrics:snapshot";
const SNAPSHOT_REPLY = "portal:metrics:snapshot-reply";
const COLLECTED = "portal:metrics:collected";
const SNAPSHOT_TIMEOUT_MS = 2000;
const RESTART_WINDOW_MS = 60_000;
const MAX_DEATHS_IN_WINDOW = 5;

export type WebCluster = {
  /** Forwards a signal to every worker; `onExit` runs once they are all gone. */
  kill: (signal: NodeJS.Signals) => void;
  onExit: (listener: (code: number) => void) => void;
};

type Message = { type?: unknown; id?: unknown; metrics?: unknown };

export function startWebCluster(options: {
  /** The web process's script (scripts/web-server.ts), started with `-p <port>`. */
  exec: string;
  port: number;
  workers: number;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
  /** Node options of the workers (`--import tsx`: the scripts are TypeScript). */
  execArgv?: string[];
}): WebCluster {
  const { workers, log } = options;
  cluster.setupPrimary({ exec: options.exec, args: ["-p", String(options.port)], ...(options.execArgv ? { execArgv: options.execArgv } : {}) });
  const env = { ...options.env, PORTAL_WEB_WORKERS: String(workers) };
  let stopping = false;
  let exitCode = 0;
  const deaths: number[] = [];
  const exitListeners: ((code: number) => void)[] = [];
  const pending = new Map<string, { requester: Worker; waiting: Set<number>; snapshots: unknown[]; timer: NodeJS.Timeout }>();

  const finish = (id: string) => {
    const request = pending.get(id);
    if (!request) return;
    pending.delete(id);
    clearTimeout(request.timer);
    if (request.requester.isConnected()) request.requester.send({ type: COLLECTED, id, snapshots: request.snapshots });
  };

  const onMessage = (worker: Worker, message: Message) => {
    if (message?.type === COLLECT && typeof message.id === "string") {
      const id = message.id;
      const live = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && w.isConnected());
      pending.set(id, { requester: worker, waiting: new Set(live.map((w) => w.id)), snapshots: [], timer: setTimeout(() => finish(id), SNAPSHOT_TIMEOUT_MS) });
      for (const w of live) w.send({ type: SNAPSHOT, id, requester: worker.process.pid });
    } else if (message?.type === SNAPSHOT_REPLY && typeof message.id === "string") {
      const request = pending.get(message.id);
      if (!request) return; // too late: the scrape was answered without it
      if (Array.isArray(message.metrics)) request.snapshots.push(message.metrics);
      request.waiting.delete(worker.id);
      if (request.waiting.size === 0) finish(message.id);
    }
  };

  const fork = () => {
    const worker = cluster.fork(env);
    worker.on("message", (message: Message) => onMessage(worker, message));
    return worker;
  };

  cluster.on("exit", (worker, code, signal) => {
    for (const [id, request] of pending) {
      request.waiting.delete(worker.id);
      if (request.waiting.size === 0) finish(id);
    }
    if (!stopping) {
      const now = Date.now();
      deaths.push(now);
      while (deaths.length && deaths[0] < now - RESTART_WINDOW_MS) deaths.shift();
      if (deaths.length >= MAX_DEATHS_IN_WINDOW) {
        log(`Tiến trình web dừng ${deaths.length} lần trong một phút: dừng cổng thông tin.`);
        exitCode = code || 1;
        stopping = true;
        for (const w of Object.values(cluster.workers ?? {})) w?.kill("SIGTERM");
      } else {
        log(`Tiến trình web ${worker.process.pid} dừng (${signal ?? `mã ${code}`}): khởi động tiến trình thay thế.`);
        fork();
        return;
      }
    }
    if (Object.keys(cluster.workers ?? {}).length === 0) for (const listener of exitListeners) listener(exitCode);
  });

  for (let i = 0; i < workers; i++) fork();
  log(`${workers} tiến trình web dùng chung cổng ${options.port} (WEB_CONCURRENCY=${workers}).`);

  return {
    kill(signal) {
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill(signal);
    },
    onExit(listener) {
      exitListeners.push(listener);
    },
  };
}
