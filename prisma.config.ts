// Prisma CLI configuration. The CLI is used only for `prisma generate`; migrations run on the
// WASM schema engine (scripts/db/migrate.ts) so nothing is downloaded at install or start.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
