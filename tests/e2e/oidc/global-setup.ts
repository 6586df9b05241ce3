// Playwright global setup: starts the test identity provider on E2E_PORT + 1 for the run (the
// portal reads OIDC_* from playwright.config.ts), or reuses one already answering there.
import { spawn } from "node:child_process";
import path from "node:path";
import { oidcTestConfig } from "./config";

export const PID_VARIABLE = "OIDC_E2E_PROVIDER_PID";

async function discoveryAnswers(issuer: string): Promise<boolean> {
  try {
    const response = await fetch(`${issuer}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(2000) });
    if (!response.ok) return false;
    const document = (await response.json()) as { issuer?: unknown };
    return document.issuer === issuer;
  } catch {
    return false;
  }
}

export default async function globalSetup() {
  const config = oidcTestConfig();
  if (await discoveryAnswers(config.issuer)) {
    console.log(`Nhà cung cấp định danh thử nghiệm đã chạy sẵn tại ${config.issuer}: dùng lại.`);
    return;
  }

  const child = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "main.ts")], {
    cwd: path.resolve(__dirname, "../../.."),
    env: { ...process.env, OIDC_E2E_WATCH_PARENT: "1" },
    stdio: ["pipe", "inherit", "inherit"],
  });
  let exited: number | null = null;
  child.once("exit", (code) => {
    exited = code ?? 1;
  });

  const deadline = Date.now() + 30_000;
  while (!(await discoveryAnswers(config.issuer))) {
    if (exited !== null) throw new Error(`Nhà cung cấp định danh thử nghiệm dừng ngay khi khởi động (mã ${exited}); cổng ${config.port} có bị chiếm không?`);
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error(`Nhà cung cấp định danh thử nghiệm không trả lời tại ${config.issuer} sau 30 giây.`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  // global-teardown.ts runs in this same runner process and stops exactly this child.
  process.env[PID_VARIABLE] = String(child.pid);
}
