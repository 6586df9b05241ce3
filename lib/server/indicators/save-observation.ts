import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { validateObservationBatch, type ObservationField } from "@/lib/domain/observation-input";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { applyObservations, loadIndicatorRefs, type ObservationOutcome } from "./apply-observations";
import { reportingAgencyOf } from "./officer-agency";
import { isUsableKey } from "@/lib/domain/safe-input";

export type SaveObservationInput = { code: string; period: unknown; value: unknown; note?: unknown };

export type SaveObservationResult =
  | { ok: true; outcome: ObservationOutcome; period: Date }
  | { ok: false; fieldErrors: Partial<Record<ObservationField, string>> };

/**
 * An officer enters or corrects the value of one period of an indicator their agency owns
 * (source FORM). A correction keeps an audit entry with the value before and after.
 */
export async function saveObservation({ actor, input, ip, now = new Date() }: { actor: CurrentUser | null; input: SaveObservationInput; ip?: string | null; now?: Date }): Promise<SaveObservationResult> {
  const { actor: user, agencyId } = reportingAgencyOf(actor);
  const code = typeof input.code === "string" ? input.code.trim().toUpperCase() : "";
  const refs = await loadIndicatorRefs(db, [code]);
  const ref = refs.get(code);
  if (!ref || !ref.isActive) throw new AppError("NOT_FOUND", "Không tìm thấy chỉ tiêu.");
  if (ref.ownerAgencyId !== agencyId) throw new AppError("FORBIDDEN", `Chỉ tiêu ${ref.code} do cơ quan khác báo cáo.`);

  const { errors, valid } = validateObservationBatch([{ code, period: input.period, value: input.value, note: input.note }], refs, agencyId, now);
  if (errors.length > 0) {
    const fieldErrors: Partial<Record<ObservationField, string>> = {};
    for (const e of errors) fieldErrors[e.field] ??= e.message;
    return { ok: false, fieldErrors };
  }
  const [applied] = await db.$transaction(async (tx) => {
    const result = await applyObservations(tx, { agencyId, items: valid, source: "FORM", reportedById: user.id, apiTokenId: null, now });
    const a = result[0];
    if (a.outcome !== "unchanged") {
      await writeAudit(tx, {
        actorId: user.id, actorRole: user.role, ip,
        action: a.outcome === "created" ? "observation.create" : "observation.update",
        targetType: "Observation", targetId: a.observationId,
        before: a.before ? { indicator: a.code, period: a.period.toISOString().slice(0, 10), value: a.before.value, note: a.before.note, source: a.before.source } : undefined,
        after: { indicator: a.code, period: a.period.toISOString().slice(0, 10), value: a.after.value, note: a.after.note, source: "FORM" },
      });
    }
    return result;
  });
  return { ok: true, outcome: applied.outcome, period: applied.period };
}
