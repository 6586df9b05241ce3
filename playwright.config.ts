import { defineConfig, devices } from "@playwright/test";
import { oidcTestConfig } from "./tests/e2e/oidc/config";

// The end-to-end run serves the production build on its own port with its own embedded
// database (fresh for every run, seeded through the same seed the app uses). E2E_PORT moves
// the whole set (app port, database port, data and build folders) so that several runs can
// share a machine.
const PORT = Number(process.env.E2E_PORT ?? 3100);
// The server under test protects /api/metrics with this token; the specs (same environment) use it.
process.env.METRICS_TOKEN ??= "e2e-metrics-token-0123456789";
const executablePath = process.env.E2E_CHROMIUM_PATH || undefined;
// The national digital identity sign-in runs against a real OIDC provider on PORT + 1, started
// and stopped around the run by the global setup and teardown.
const oidc = oidcTestConfig(PORT);

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: `test-results/e2e-${PORT}`,
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  globalSetup: "./tests/e2e/oidc/global-setup.ts",
  globalTeardown: "./tests/e2e/oidc/global-teardown.ts",
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
  ],
  webServer: {
    command: `npx tsx scripts/start.ts --fresh --port ${PORT} --dossiers 3000`,
    url: `http://localhost:${PORT}/api/health`,
    timeout: 15 * 60_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      EMBEDDED_PG_DIR: `.data/pg-e2e-${PORT}`,
      EMBEDDED_PG_PORT: String(PORT + 51243),
      NEXT_DIST_DIR: PORT === 3100 ? ".next" : `.next-e2e-${PORT}`,
      NEXTAUTH_URL: `http://localhost:${PORT}`,
      NEXT_TELEMETRY_DISABLED: "1",
      OIDC_ISSUER: oidc.issuer,
      OIDC_CLIENT_ID: oidc.clientId,
      OIDC_CLIENT_SECRET: oidc.clientSecret,
      METRICS_TOKEN: process.env.METRICS_TOKEN,
    },
  },
});
