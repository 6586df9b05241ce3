// Runs the test identity provider as its own process (started by global-setup.ts, or by hand:
// `E2E_PORT=3113 node --import tsx tests/e2e/oidc/main.ts`). It stops on SIGTERM/SIGINT and when
// the process that started it goes away (its stdin closes), so no provider outlives a test run.
import { oidcTestConfig } from "./config";
import { startOidcProvider } from "./server";

async function main() {
  const config = oidcTestConfig();
  const provider = await startOidcProvider(config);
  console.log(`OIDC test provider ready at ${config.issuer} (client ${config.clientId})`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await provider.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
  if (process.env.OIDC_E2E_WATCH_PARENT === "1") {
    process.stdin.resume();
    process.stdin.on("close", () => void stop());
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
