import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { reportingPeriodOf } from "@/lib/domain/observation-input";
import { reportingAgencyOf } from "./officer-agency";

/**
 * The indicators the officer's agency reports, each with its latest value (period, value,
 * source, ingestion time) and whether the period now due has been reported.
 */
export async function listAgencyIndicators({ actor, now = new Date() }: { actor: CurrentUser | null; now?: Date }) {
  const { agencyId } = reportingAgencyOf(actor);
  const [agency, indicators] = await Promise.all([
    db.agency.findUniqueOrThrow({ where: { id: agencyId }, select: { name: true } }),
    db.indicator.findMany({
      where: { ownerAgencyId: agencyId, isActive: true },
      orderBy: { code: "asc" },
      select: {
        id: true, code: true, name: true, nameEn: true, unit: true, periodicity: true,
        observations: { where: { agencyId }, orderBy: { period: "desc" }, take: 1, select: { period: true, value: true, source: true, ingestedAt: true } },
      },
    }),
  ]);
  const due = await Promise.all(
    indicators.map((i) =>
      db.observation.count({ where: { indicatorId: i.id, agencyId, period: reportingPeriodOf(now, i.periodicity) } }),
    ),
  );
  return {
    agencyName: agency.name,
    indicators: indicators.map((i, k) => {
      const last = i.observations[0] ?? null;
      return {
        code: i.code, name: i.name, nameEn: i.nameEn, unit: i.unit, periodicity: i.periodicity,
        dueKey: reportingPeriodOf(now, i.periodicity),
        dueReported: due[k] > 0,
        last: last ? { period: last.period, value: last.value.toNumber(), source: last.source, ingestedAt: last.ingestedAt } : null,
      };
    }),
  };
}
