import "server-only";
import { db } from "@/lib/db";
import { normalizeForSearch } from "@/lib/domain/text";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TProcedureListQuery } from "@/lib/validation/procedures";

export type ProcedureListItem = {
  code: string;
  name: string;
  level: "FULL_ONLINE" | "PARTIAL";
  scope: "PROVINCE" | "COMMUNE";
  processingDays: number;
  feeAmount: number;
  sector: { name: string };
  agency: { name: string } | null;
};

export type ProcedureListPage = { items: ProcedureListItem[]; total: number; page: number; pages: number; pageSize: number };

/** The public catalogue: published procedures, optionally filtered by an accent-insensitive text. */
export async function listProcedures(query: TProcedureListQuery): Promise<ProcedureListPage> {
  const where: Prisma.ProcedureWhereInput = { isPublished: true };
  const text = query.q ? normalizeForSearch(query.q) : "";
  if (text) where.searchText = { contains: text };
  const [total, items] = await Promise.all([
    db.procedure.count({ where }),
    db.procedure.findMany({
      where,
      orderBy: [{ name: "asc" }, { code: "asc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: {
        code: true,
        name: true,
        level: true,
        scope: true,
        processingDays: true,
        feeAmount: true,
        sector: { select: { name: true } },
        agency: { select: { name: true } },
      },
    }),
  ]);
  return { items, total, page: query.page, pageSize: query.pageSize, pages: Math.max(1, Math.ceil(total / query.pageSize)) };
}
