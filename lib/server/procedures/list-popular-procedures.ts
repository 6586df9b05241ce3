import "server-only";
import { readDb } from "@/lib/db";

export type PopularProcedure = { code: string; name: string; level: "FULL_ONLINE" | "PARTIAL"; dossiers: number };

/** The procedures with the most dossiers over the last 12 months (from the monthly rollup). */
export async function listPopularProcedures(options: { limit?: number; now?: Date } = {}): Promise<PopularProcedure[]> {
  const now = options.now ?? new Date();
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
  const top = await readDb.dossierStatMonthly.groupBy({
    by: ["procedureId"],
    where: { month: { gte: since } },
    _sum: { received: true },
    orderBy: { _sum: { received: "desc" } },
    take: options.limit ?? 6,
  });
  if (top.length === 0) return [];
  const procedures = await readDb.procedure.findMany({
    where: { id: { in: top.map((t) => t.procedureId) }, isPublished: true },
    select: { id: true, code: true, name: true, level: true },
  });
  const byId = new Map(procedures.map((p) => [p.id, p]));
  return top.flatMap((t) => {
    const p = byId.get(t.procedureId);
    return p ? [{ code: p.code, name: p.name, level: p.level, dossiers: t._sum.received ?? 0 }] : [];
  });
}
