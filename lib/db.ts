// The Prisma client of the app, created once per process (reused across hot reloads in dev).
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/db-client";
import { requireDatabaseUrl } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createPrismaClient(requireDatabaseUrl());
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;

/** The client handed to a `db.$transaction(async (tx) => …)` callback. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
