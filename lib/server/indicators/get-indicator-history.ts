import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { periodInputOf, reportingPeriodOf } from "@/lib/domain/observation-input";
import { AppError } from "@/lib/errors";
import { reportingAgencyOf } from "./officer-agency";

export const HISTORY_LIMIT = 60;

/**
 * One indicator of the officer's agency with the values it reported (newest first: source,
 * ingestion time, reporter) and the latest corrections made through the form or a file.
 * Indicators of other agencies are refused.
 */
export async function getIndicatorHistory({ actor, code, now = new Date() }: { actor: CurrentUser | null; code: string; now?: Date }) {
  const { agencyId } = reportingAgencyOf(actor);
  const indicator = await db.indicator.findUnique({
    where: { code: code.trim().toUpperCase() },
    select: { id: true, code: true, name: true, nameEn: true, unit: true, periodicity: true, ownerAgencyId: true, description: true, direction: true, target2025: true, target2030: true, isActive: true },
  });
  if (!indicator || !indicator.isActive) throw new AppError("NOT_FOUND", "Không tìm thấy chỉ tiêu.");
  if (indicator.ownerAgencyId !== agencyId) throw new AppError("FORBIDDEN", `Chỉ tiêu ${indicator.code} do cơ quan khác báo cáo.`);
  const observations = await db.observation.findMany({
    where: { indicatorId: indicator.id, agencyId },
    orderBy: { period: "desc" },
    take: HISTORY_LIMIT,
    select: {
      id: true, period: true, value: true, note: true, source: true, ingestedAt: true, updatedAt: true,
      reportedBy: { select: { fullName: true } }, apiToken: { select: { name: true, prefix: true } },
    },
  });
  const corrections = await db.auditLog.findMany({
    where: { action: "observation.update", targetType: "Observation", targetId: { in: observations.map((o) => o.id) } },
    orderBy: { at: "desc" },
    take: 20,
    select: { id: true, at: true, targetId: true, before: true, after: true, actorId: true },
  });
  const actorIds = [...new Set(corrections.map((c) => c.actorId).filter((id): id is string => id !== null))];
  const names = new Map((await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, fullName: true } })).map((u) => [u.id, u.fullName]));
  const periodOf = new Map(observations.map((o) => [o.id, o.period]));
  const valueOf = (json: unknown) => (json && typeof json === "object" && "value" in json ? Number((json as { value: unknown }).value) : null);
  const due = reportingPeriodOf(now, indicator.periodicity);
  return {
    indicator: { code: indicator.code, name: indicator.name, nameEn: indicator.nameEn, unit: indicator.unit, periodicity: indicator.periodicity, description: indicator.description },
    duePeriodInput: periodInputOf(due, indicator.periodicity),
    observations: observations.map((o) => ({
      period: o.period, periodInput: periodInputOf(o.period, indicator.periodicity), value: o.value.toNumber(), note: o.note, source: o.source,
      ingestedAt: o.ingestedAt, updatedAt: o.updatedAt, reporter: o.reportedBy?.fullName ?? null, token: o.apiToken ? `${o.apiToken.name} (${o.apiToken.prefix}…)` : null,
    })),
    corrections: corrections.map((c) => ({
      at: c.at, by: (c.actorId && names.get(c.actorId)) || null, period: (c.targetId && periodOf.get(c.targetId)) || null, before: valueOf(c.before), after: valueOf(c.after),
    })),
  };
}
