// The Prisma clients of the app, created once per process (reused across hot reloads in dev).
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient, createReadClient, type ReadClient } from "@/lib/db-client";
import { replicaDatabaseUrls, requireDatabaseUrl } from "@/lib/env";

type ReadSide = { urls: string; replicas: PrismaClient[]; client: ReadClient };
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; readSide?: ReadSide };

/** The primary: every write, every transaction, sessions and anything read right after a write. */
export const db: PrismaClient = globalForPrisma.prisma ?? createPrismaClient(requireDatabaseUrl());
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;

function readSide(): ReadSide {
  const urls = replicaDatabaseUrls();
  const cached = globalForPrisma.readSide;
  if (cached && cached.urls === urls.join(",")) return cached;
  const replicas = urls.map((url) => createPrismaClient(url));
  return { urls: urls.join(","), replicas, client: createReadClient(db, replicas) };
}
const side = readSide();
if (process.env.NODE_ENV !== "production") globalForPrisma.readSide = side;

/**
 * For read-only dashboards and public pages that may be a little behind (replica lag): model
 * reads go to the read replicas of DATABASE_REPLICA_URLS when set, else to the primary. Never
 * use it inside a transaction, for auth/session checks, or to read back what the same request
 * has just written (use `db`). Writes through it still go to the primary.
 */
export const readDb: ReadClient = side.client;

let next = 0;
/**
 * One replica's own client, in turn (the primary when none is configured), for read-only raw SQL
 * that the extension does not route: `readReplica().$queryRaw…`. Same rules as `readDb`.
 */
export function readReplica(): PrismaClient {
  if (side.replicas.length === 0) return db;
  next = (next + 1) % side.replicas.length;
  return side.replicas[next];
}

/** The client handed to a `db.$transaction(async (tx) => …)` callback. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
