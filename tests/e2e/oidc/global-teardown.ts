// Playwright global teardown: stops the identity provider global-setup.ts started (not one it
// found already running).
import { PID_VARIABLE } from "./global-setup";

export default async function globalTeardown() {
  const pid = Number(process.env[PID_VARIABLE]);
  if (!pid) return;
  delete process.env[PID_VARIABLE];
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    // Already gone (it also stops by itself when the runner's pipe to it closes).
  }
}
