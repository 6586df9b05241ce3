// Builds a Prisma client over the pg driver adapter (no native query engine).
// Used by lib/db.ts for the app and directly by scripts (seed, benchmarks) and tests.
import { PrismaPg } from "@prisma/adapter-pg";
import { readReplicas } from "@prisma/extension-read-replicas";
import { PrismaClient } from "@/lib/generated/prisma/client";

export function createPrismaClient(connectionString: string, max = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

/**
 * The client for read-only work that may run on a read replica: Prisma's read-replica extension
 * over the primary. Model reads outside a transaction (findMany, count, groupBy, aggregate …) go
 * to one of `replicas` picked at random; writes, `$transaction` and everything inside one go to
 * the primary. Raw SQL is never routed by the extension (it cannot tell reads from writes): a
 * read-only raw query runs on a replica's own client (lib/db.ts `readReplica()`).
 *
 * With Prisma 7 driver adapters each replica is a full PrismaClient with its own pg pool
 * (createPrismaClient). Without replicas the primary stands in as the one "replica", so callers
 * see one type whether replicas are configured or not.
 */
export function createReadClient(primary: PrismaClient, replicas: readonly PrismaClient[]) {
  return primary.$extends(readReplicas({ replicas: replicas.length > 0 ? [...replicas] : [primary] }));
}

export type ReadClient = ReturnType<typeof createReadClient>;
