// The one place that reads process.env. Everything else imports `env` from here.
import { z } from "zod";

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Unset: the start scripts launch an embedded PostgreSQL and set it for the app.
  DATABASE_URL: z.string().url().optional(),
  // Where the embedded PostgreSQL keeps its files and which port it listens on.
  EMBEDDED_PG_DIR: z.string().default(".data/pg"),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Signs session cookies. Unset in development: generated once into .data/auth-secret.
  AUTH_SECRET: z.string().min(32).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  // Uploaded files live here, outside the web root.
  STORAGE_DIR: z.string().default(".data/uploads"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
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
