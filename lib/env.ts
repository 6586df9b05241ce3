// The one place that reads process.env. Everything else imports `env` from here.
import { z } from "zod";

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Unset: the start scripts launch an embedded PostgreSQL and set it for the app.
  DATABASE_URL: z.string().url().optional(),
  // Read replicas (comma-separated connection strings). Set: dashboards and public read-only
  // pages read from them (lib/db.ts `readDb`); writes, transactions and sessions stay on
  // DATABASE_URL. Unset: everything reads the primary.
  DATABASE_REPLICA_URLS: z.string().optional(),
  // Where the embedded PostgreSQL keeps its files and which port it listens on.
  EMBEDDED_PG_DIR: z.string().default(".data/pg"),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Web processes `npm start` runs on PORT (node:cluster shares the port between them; see
  // scripts/web-cluster.ts). 1: a single `next start`. A machine with N cores serves best with
  // about N (the database on the same machine takes its share).
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  // Seconds an anonymous visitor may be shown a public page (home, catalogue, a procedure,
  // statistics) rendered for someone else (scripts/web/page-cache.ts); 0 renders every request.
  PAGE_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(3600).default(10),
  // Signs session cookies. Unset in development: generated once into .data/auth-secret.
  AUTH_SECRET: z.string().min(32).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  // Session cookies with `Secure` (and the __Secure- prefix). Unset: on when NEXTAUTH_URL is
  // https (production behind TLS); "false" only for a plain-http test server (lib/auth/session-cookie.ts).
  AUTH_SECURE_COOKIES: z.enum(["true", "false"]).optional(),
  // Uploaded files live here, outside the web root.
  STORAGE_DIR: z.string().default(".data/uploads"),
  // Which FileStorage implementation holds uploads (lib/server/storage/file-storage.ts). Only
  // "local" (the STORAGE_DIR folder) is built in; an S3-compatible driver plugs in beside it.
  STORAGE_DRIVER: z.enum(["local"]).default("local"),
  // Lowest level written to the JSON logs (lib/server/log/logger.ts); "silent" turns them off.
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  // Bearer token that /api/metrics (Prometheus) requires. Unset: only requests from the
  // machine itself (loopback) may read the metrics.
  METRICS_TOKEN: z.string().min(16).optional(),

  // Public base URL used in links that leave the browser (QR codes on e-results, e-mails,
  // payment return URLs). Defaults to NEXTAUTH_URL.
  PUBLIC_URL: z.string().url().optional(),

  // E-mail notifications. Unset: messages stay in the outbox table (Notification), visible
  // to the citizen in the portal, and nothing is sent.
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default("Cổng Chuyển đổi số Thái Nguyên <no-reply@thainguyen.gov.vn>"),

  // National digital identity (VNeID-style) sign-in through OpenID Connect. All three set →
  // the "Đăng nhập bằng định danh điện tử" button appears.
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),

  // Online payment. "sandbox" is the built-in gateway that behaves like a real one (own payment
  // page, signed callbacks); a real gateway adapter is selected the same way.
  PAYMENT_PROVIDER: z.enum(["sandbox"]).default("sandbox"),
  // HMAC key shared with the gateway for signed callbacks. Unset: derived from AUTH_SECRET.
  PAYMENT_SECRET: z.string().min(32).optional(),
});

export type TEnv = z.infer<typeof ZEnv>;

function parseEnv(): TEnv {
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Cấu hình môi trường không hợp lệ / invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export const env: TEnv = parseEnv();

/** DATABASE_URL is required once the app runs; the start scripts always set it. */
export function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL ?? env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL chưa được đặt. Hãy chạy qua `npm start` / `npm run dev` (tự khởi động PostgreSQL nhúng) hoặc đặt DATABASE_URL.",
    );
  }
  return url;
}

/**
 * The read replicas' connection strings (DATABASE_REPLICA_URLS, comma-separated; blanks
 * ignored). Read when lib/db.ts is first imported, like DATABASE_URL. Each must be a URL.
 */
export function replicaDatabaseUrls(): string[] {
  const raw = process.env.DATABASE_REPLICA_URLS ?? env.DATABASE_REPLICA_URLS ?? "";
  const urls = raw.split(",").map((u) => u.trim()).filter((u) => u.length > 0);
  for (const url of urls) {
    if (!z.string().url().safeParse(url).success) {
      throw new Error(`DATABASE_REPLICA_URLS: "${url.replace(/\/\/[^@/]*@/, "//…@")}" không phải URL hợp lệ / is not a valid URL.`);
    }
  }
  return urls;
}
