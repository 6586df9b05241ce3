// npm run test:e2e — finds a Chromium for Playwright, then runs the end-to-end tests.
// Order: Playwright's own browser when installed; Debian's /usr/bin/chromium; otherwise, as
// root, try Playwright's download and then `apt-get install -y chromium`; else explain.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

function findBrowser(): { path?: string; found: boolean } {
  try {
    const own = chromium.executablePath();
    if (own && fs.existsSync(own)) return { found: true };
  } catch {
    // Playwright's browser is not installed: look for a system one.
  }
  const system = SYSTEM_CANDIDATES.find((p) => fs.existsSync(p));
  return system ? { path: system, found: true } : { found: false };
}

function run(cmd: string, args: string[]): boolean {
  console.log(`$ ${cmd} ${args.join(" ")}`);
  return spawnSync(cmd, args, { stdio: "inherit" }).status === 0;
}

let browser = findBrowser();
if (!browser.found && process.getuid?.() === 0) {
  console.log("Chưa có trình duyệt cho Playwright: thử cài đặt …");
  if (!run("npx", ["playwright", "install", "chromium"]) || !findBrowser().found) {
    run("apt-get", ["update"]);
    run("apt-get", ["install", "-y", "chromium"]);
  }
  browser = findBrowser();
}
if (!browser.found) {
  console.error(
    "Không tìm thấy Chromium cho kiểm thử đầu-cuối. Cài một trong hai:\n" +
      "  npx playwright install chromium      (cần Internet)\n" +
      "  sudo apt-get install -y chromium     (Debian/Ubuntu)",
  );
  process.exit(1);
}

const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...(browser.path ? { E2E_CHROMIUM_PATH: browser.path } : {}) },
});
process.exit(result.status ?? 1);
