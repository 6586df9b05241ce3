import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/** A unique constraint refused the write (two admins saving the same code at once). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export const DUPLICATE_CODE = "Mã này đã được dùng, hãy chọn mã khác";

export const PAGE_SIZE = 20;

/** The choices of the agency selects: active agencies, departments first, by name. */
export const agencyOrder = [{ kind: "asc" as const }, { name: "asc" as const }];
