import "server-only";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { searchProcedures, type ProcedureListPage } from "@/lib/server/procedures/search-procedures";

/**
 * The procedures the officer's own agency takes in at its desk (its own, or every
 * commune-scope procedure for a commune), searched like the public catalogue (accent-insensitive
 * name or code). The agency comes from the session, never from the request.
 */
export async function listIntakeProcedures(options: { actor: CurrentUser | null; q?: string; page?: number }): Promise<{ agencyName: string; result: ProcedureListPage }> {
  const { actor } = options;
  assertCan(actor, "dossier.intake");
  if (!actor.agencyId) throw new AppError("FORBIDDEN", "Tài khoản chưa được gán cơ quan.");
  const agency = await db.agency.findFirst({ where: { id: actor.agencyId, isActive: true }, select: { code: true, name: true } });
  if (!agency) throw new AppError("FORBIDDEN", "Tài khoản chưa được gán cơ quan đang hoạt động.");
  const q = options.q?.trim().slice(0, 200) || undefined;
  const page = Number.isInteger(options.page) && (options.page as number) >= 1 ? Math.min(options.page as number, 10_000) : 1;
  const result = await searchProcedures(db, { q, agency: agency.code, page, pageSize: 20, sector: undefined, level: undefined });
  return { agencyName: agency.name, result };
}
