// Prisma's official WASM schema engine (npm @prisma/schema-engine-wasm), loaded for Node.
// It replaces the native engine that `prisma migrate` would download, so migrations run
// with nothing but the npm registry — also in air-gapped data centres.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";

type Engine = Awaited<ReturnType<typeof bg.SchemaEngine.new>>;

let initialised = false;

function initWasm(): void {
  if (initialised) return;
  const require = createRequire(import.meta.url);
  const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const bytes = fs.readFileSync(path.join(pkgDir, "schema_engine_bg.wasm"));
  const module = new WebAssembly.Module(bytes);
  const instance = new WebAssembly.Instance(module, {
    "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
  });
  const exports = instance.exports as unknown as { __wbindgen_start: () => void };
  bg.__wbg_set_wasm(exports);
  exports.__wbindgen_start();
  initialised = true;
}

export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
export const SNAPSHOT_PATH = path.resolve("prisma/schema.migrated.prisma");
export const MIGRATIONS_DIR = path.resolve("prisma/migrations");

type ScriptRunner = { executeScript(script: string): Promise<void>; client: { query(sql: string): Promise<unknown> }; onError(e: unknown): never };

/**
 * adapter-pg runs a migration script by splitting it on ";", which breaks hand-written SQL such
 * as a PL/pgSQL trigger body. Send the whole script as one simple-protocol query instead:
 * PostgreSQL parses it properly and runs it as one implicit transaction (all or nothing).
 */
class WholeScriptPrismaPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const runner = adapter as unknown as ScriptRunner;
    runner.executeScript = async (script: string) => {
      try {
        await runner.client.query(script);
      } catch (error) {
        runner.onError(error);
      }
    };
    return adapter;
  }
}

export async function openSchemaEngine(connectionString: string): Promise<Engine> {
  initWasm();
  const datamodel = fs.readFileSync(SCHEMA_PATH, "utf8");
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(new WholeScriptPrismaPg({ connectionString }));
  return bg.SchemaEngine.new({ datamodels: [[SCHEMA_PATH, datamodel]] } as never, () => {}, adapterFactory);
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };
