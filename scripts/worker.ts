// Background worker: delivers the notification outbox and purges ended rate-limit windows.
// Run beside the web app (any number of copies: rows are claimed with FOR UPDATE SKIP LOCKED):
//   DATABASE_URL=… npx tsx --conditions=react-server scripts/worker.ts
// (--conditions=react-server lets lib/server's `import "server-only"` load outside Next.js.)
// Flags: --once (one pass, then exit), --interval <seconds> between polls (default 5).
import { env } from "@/lib/env";
import { logger } from "@/lib/server/log/logger";
import { dispatchNotifications } from "@/lib/server/notifications/dispatch-notifications";
import { purgeExpiredRateLimits } from "@/lib/server/rate-limit/purge-expired-rate-limits";

const args = process.argv.slice(2);
const once = args.includes("--once");
const intervalArg = args.indexOf("--interval");
const POLL_MS = Math.max(1, Number(intervalArg >= 0 ? args[intervalArg + 1] : 5) || 5) * 1000;
const BATCH = 50;
const PURGE_EVERY_MS = 5 * 60_000;

// JSON lines on stdout, like the web app (lib/server/log/logger.ts), with component "worker".
const log = logger.child({ component: "worker" });

let stopping = false;
let wake: (() => void) | null = null;
const sleep = (ms: number) => new Promise<void>((resolve) => {
  const timer = setTimeout(resolve, ms);
  wake = () => {
    clearTimeout(timer);
    resolve();
  };
});

async function pass(): Promise<number> {
  const r = await dispatchNotifications({ limit: BATCH });
  if (r.claimed > 0) log.info({ event: "notifications.dispatched", ...r }, `thông báo: ${r.claimed} lấy ra, ${r.sent} đã gửi, ${r.retrying} sẽ thử lại, ${r.failed} thất bại`);
  return r.claimed;
}

async function main() {
  log.info({ event: "worker.started", smtp: Boolean(env.SMTP_URL), pollSeconds: POLL_MS / 1000, once }, env.SMTP_URL ? "gửi thư qua SMTP_URL" : "SMTP_URL chưa đặt: thư điện tử được giữ trong hàng đợi (Notification, PENDING)");
  let lastPurge = 0;
  for (;;) {
    let claimed = 0;
    try {
      claimed = await pass();
      if (Date.now() - lastPurge >= PURGE_EVERY_MS || once) {
        const { deleted } = await purgeExpiredRateLimits();
        if (deleted > 0) log.info({ event: "rate_limits.purged", deleted }, `đã xóa ${deleted} bộ đếm giới hạn tần suất hết hạn`);
        lastPurge = Date.now();
      }
    } catch (error) {
      // A database hiccup must not stop the worker: log and try again after the interval.
      log.error({ event: "worker.pass_failed", err: error }, "lượt xử lý thất bại; thử lại sau");
    }
    if (once || stopping) break;
    // A full batch means more are waiting: go on at once.
    if (claimed < BATCH) await sleep(POLL_MS);
    if (stopping) break;
  }
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  log.info({ event: "worker.stopped" }, "đã dừng");
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopping = true;
    wake?.();
  });
}

main().catch((error) => {
  log.fatal({ event: "worker.crashed", err: error }, "worker dừng vì lỗi");
  process.exit(1);
});
