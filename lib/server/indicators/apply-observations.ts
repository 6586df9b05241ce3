import "server-only";
import type { Tx } from "@/lib/db";
import { canonicalDecimal, type IndicatorRef, type ValidObservation } from "@/lib/domain/observation-input";
import { AppError } from "@/lib/errors";
import type { DataSource } from "@/lib/generated/prisma/enums";
import { isUsableKey } from "@/lib/domain/safe-input";

export type ObservationOutcome = "created" | "updated" | "unchanged";

export type AppliedObservation = {
  index: number;
  observationId: string;
  code: string;
  period: Date;
  outcome: ObservationOutcome;
  before: { value: string; note: string | null; source: DataSource } | null;
  after: { value: string; note: string | null };
};

/** The indicators a batch names (any agency's, so the answer can say whose they are). */
export async function loadIndicatorRefs(client: Pick<Tx, "indicator">, codes: Iterable<unknown>): Promise<Map<string, IndicatorRef>> {
  const wanted = [...new Set([...codes].filter((c): c is string => isUsableKey(c)).map((c) => c.trim().toUpperCase()).filter((c) => c.length > 0 && c.length <= 40))];
  if (wanted.length === 0) return new Map();
  const rows = await client.indicator.findMany({
    where: { code: { in: wanted } },
    select: { id: true, code: true, ownerAgencyId: true, periodicity: true, unit: true, isActive: true },
  });
  return new Map(rows.map((r) => [r.code.toUpperCase(), r]));
}

/**
 * Upserts checked values of one agency inside the caller's transaction: one row per indicator,
 * agency and period. A value (or note) equal to the stored one is left untouched, so a repeat
 * changes nothing (not even `updatedAt`); a new or changed value records its source, who or
 * which token sent it and when it was ingested. Returns what happened to each item, with the
 * value before and after for the audit entry.
 */
export async function applyObservations(
  tx: Tx,
  options: { agencyId: string; items: readonly ValidObservation[]; source: DataSource; reportedById: string | null; apiTokenId: string | null; now: Date },
): Promise<AppliedObservation[]> {
  const { agencyId, items, source, now } = options;
  if (items.length === 0) return [];
  const indicatorIds = [...new Set(items.map((i) => i.indicatorId))];
  const periods = [...new Set(items.map((i) => i.period.getTime()))].map((t) => new Date(t));
  const where = { agencyId, indicatorId: { in: indicatorIds }, period: { in: periods } };
  // Lock the rows this batch may change, then read them: a concurrent request on the same
  // values waits for this one instead of interleaving.
  const ids = (await tx.observation.findMany({ where, select: { id: true } })).map((r) => r.id);
  if (ids.length > 0) await tx.$executeRaw`SELECT 1 FROM "Observation" WHERE id = ANY(${ids}::text[]) FOR UPDATE`;
  const existing = ids.length === 0 ? [] : await tx.observation.findMany({
    where: { id: { in: ids } },
    select: { id: true, indicatorId: true, period: true, value: true, note: true, source: true },
  });
  const byKey = new Map(existing.map((e) => [`${e.indicatorId}|${e.period.getTime()}`, e]));

  const results: AppliedObservation[] = [];
  const creates: ValidObservation[] = [];
  for (const item of items) {
    const row = byKey.get(`${item.indicatorId}|${item.period.getTime()}`);
    const after = { value: item.value.decimal, note: item.note };
    if (!row) {
      creates.push(item);
      continue;
    }
    const before = { value: canonicalDecimal(row.value), note: row.note, source: row.source };
    if (before.value === after.value && (before.note ?? null) === after.note) {
      results.push({ index: item.index, observationId: row.id, code: item.code, period: item.period, outcome: "unchanged", before, after });
      continue;
    }
    await tx.observation.update({
      where: { id: row.id },
      data: { value: item.value.decimal, note: item.note, source, reportedById: options.reportedById, apiTokenId: options.apiTokenId, ingestedAt: now },
    });
    results.push({ index: item.index, observationId: row.id, code: item.code, period: item.period, outcome: "updated", before, after });
  }
  if (creates.length > 0) {
    try {
      const created = await tx.observation.createManyAndReturn({
        data: creates.map((item) => ({
          indicatorId: item.indicatorId, agencyId, period: item.period, value: item.value.decimal, note: item.note, source,
          reportedById: options.reportedById, apiTokenId: options.apiTokenId, ingestedAt: now,
        })),
        select: { id: true, indicatorId: true, period: true },
      });
      const ids = new Map(created.map((c) => [`${c.indicatorId}|${c.period.getTime()}`, c.id]));
      for (const item of creates) {
        results.push({
          index: item.index, observationId: ids.get(`${item.indicatorId}|${item.period.getTime()}`) ?? "", code: item.code, period: item.period,
          outcome: "created", before: null, after: { value: item.value.decimal, note: item.note },
        });
      }
    } catch (error) {
      // Another request created the same value between our read and our write.
      if ((error as { code?: string }).code === "P2002") throw new AppError("CONFLICT", "Số liệu vừa được gửi đồng thời từ nơi khác. Vui lòng gửi lại.");
      throw error;
    }
  }
  return results.sort((a, b) => a.index - b.index);
}

export function countOutcomes(applied: readonly AppliedObservation[]): Record<ObservationOutcome, number> {
  const counts = { created: 0, updated: 0, unchanged: 0 };
  for (const a of applied) counts[a.outcome]++;
  return counts;
}

/** The audit record of a batch: only what changed, with the value before and after. */
export function auditChanges(applied: readonly AppliedObservation[]) {
  return applied
    .filter((a) => a.outcome !== "unchanged")
    .map((a) => ({ observationId: a.observationId, code: a.code, period: a.period.toISOString().slice(0, 10), before: a.before ? { value: a.before.value, note: a.before.note, source: a.before.source } : null, after: a.after }));
}
