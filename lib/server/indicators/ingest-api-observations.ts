import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { validateObservationBatch, type ObservationField } from "@/lib/domain/observation-input";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import type { AuthenticatedApiClient } from "@/lib/server/api-tokens/api-tokens";
import { applyObservations, auditChanges, countOutcomes, loadIndicatorRefs, type ObservationOutcome } from "./apply-observations";
import { quoteForMessage } from "@/lib/domain/safe-input";

export const API_MAX_OBSERVATIONS = 500;

const ZApiObservation = z.strictObject({
  indicatorCode: z.string({ error: "Thiếu mã chỉ tiêu (indicatorCode, chuỗi)." }).min(1, "Thiếu mã chỉ tiêu.").max(40, "Mã chỉ tiêu tối đa 40 ký tự."),
  period: z.string({ error: "Thiếu kỳ báo cáo (period, chuỗi, ví dụ \"2026-10\")." }).max(20, "Kỳ báo cáo tối đa 20 ký tự."),
  value: z.union([z.number(), z.string().max(40)], { error: "Giá trị (value) phải là số hoặc chuỗi số." }),
  note: z.string({ error: "Ghi chú (note) phải là chuỗi." }).max(2000, "Ghi chú quá dài.").nullish(),
}, {
  error: (issue) =>
    issue.code === "unrecognized_keys"
      ? `Trường không được hỗ trợ: ${issue.keys.slice(0, 5).map((k) => (quoteForMessage(k, 40) ? k : "(tên không đọc được)")).join(", ")}.`
      : "Mỗi số liệu là một đối tượng JSON với indicatorCode, period, value và note (không bắt buộc).",
});

const ZApiBatch = z.strictObject({
  observations: z
    .array(ZApiObservation, { error: "observations phải là một mảng." })
    .min(1, "Danh sách observations rỗng.")
    .max(API_MAX_OBSERVATIONS, `Tối đa ${API_MAX_OBSERVATIONS} số liệu mỗi yêu cầu.`),
}, { error: (issue) => (issue.code === "unrecognized_keys" ? `Trường không được hỗ trợ: ${issue.keys.slice(0, 5).map((k) => (quoteForMessage(k, 40) ? k : "(tên không đọc được)")).join(", ")}.` : "Thân yêu cầu phải là một đối tượng JSON.") });

const FIELD: Record<ObservationField, string> = { code: "indicatorCode", period: "period", value: "value", note: "note" };

export type IngestResult = {
  counts: Record<ObservationOutcome, number>;
  results: { indicatorCode: string; period: string; outcome: ObservationOutcome }[];
};

/**
 * Values pushed by an agency system (POST /api/v1/observations), already authenticated by its
 * token. All or nothing: any invalid item refuses the whole request (400 with each problem by
 * its JSON path); an indicator owned by another agency is 403 naming it. Otherwise the values
 * are upserted with source API and the token's id, with one audit entry.
 */
export async function ingestApiObservations({ client, body, ip, now = new Date() }: { client: AuthenticatedApiClient; body: unknown; ip?: string | null; now?: Date }): Promise<IngestResult> {
  const isBatch = typeof body === "object" && body !== null && !Array.isArray(body) && "observations" in body;
  const parsed = isBatch ? ZApiBatch.safeParse(body) : ZApiObservation.safeParse(body);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues.slice(0, 50)) {
      const path = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "") || "body";
      errors[path] ??= issue.message;
    }
    throw new AppError("BAD_REQUEST", "Dữ liệu gửi lên không hợp lệ: xem chi tiết từng trường trong “errors”.", errors);
  }
  const batch = isBatch;
  const items = "observations" in parsed.data ? parsed.data.observations : [parsed.data];
  const raw = items.map((o) => ({ code: o.indicatorCode, period: o.period, value: o.value, note: o.note ?? null }));
  const path = (index: number, field: ObservationField) => (batch ? `observations[${index}].${FIELD[field]}` : FIELD[field]);

  const refs = await loadIndicatorRefs(db, raw.map((r) => r.code));
  const foreign = raw.map((r) => r.code.trim().toUpperCase()).filter((code, i, all) => refs.get(code) && refs.get(code)!.ownerAgencyId !== client.agencyId && all.indexOf(code) === i);
  if (foreign.length > 0) {
    throw new AppError("FORBIDDEN", `Khóa API của cơ quan không được báo cáo chỉ tiêu của cơ quan khác: ${foreign.slice(0, 20).join(", ")}.`, Object.fromEntries(foreign.slice(0, 20).map((c) => [c, "Chỉ tiêu do cơ quan khác báo cáo."])));
  }
  const { errors, valid } = validateObservationBatch(raw, refs, client.agencyId, now, (i) => (batch ? `observations[${i}]` : "mục này"));
  if (errors.length > 0) {
    const fieldErrors: Record<string, string> = {};
    for (const e of errors.slice(0, 100)) fieldErrors[path(e.index, e.field)] ??= e.message;
    throw new AppError("BAD_REQUEST", `Có ${errors.length} lỗi trong dữ liệu gửi lên; không số liệu nào được ghi.`, fieldErrors);
  }

  return db.$transaction(
    async (tx) => {
      const applied = await applyObservations(tx, { agencyId: client.agencyId, items: valid, source: "API", reportedById: null, apiTokenId: client.tokenId, now });
      const counts = countOutcomes(applied);
      if (counts.created + counts.updated > 0) {
        await writeAudit(tx, {
          actorId: null, actorRole: null, ip,
          action: "observation.api_upsert", targetType: "ApiToken", targetId: client.tokenId,
          after: { agencyId: client.agencyId, token: client.name, ...counts, changes: auditChanges(applied) },
        });
      }
      return {
        counts,
        results: applied.map((a) => ({ indicatorCode: a.code, period: a.period.toISOString().slice(0, 10), outcome: a.outcome })),
      };
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
}
