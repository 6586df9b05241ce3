// Builds a Prisma client over the pg driver adapter (no native query engine).
// Used by lib/db.ts for the app and directly by scripts (seed, benchmarks) and tests.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export function createPrismaClient(connectionString: string, max = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}
