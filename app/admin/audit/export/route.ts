import { getCurrentUser } from "@/lib/auth/session";
import { parseAuditFilter } from "@/lib/domain/audit-filter";
import { AppError } from "@/lib/errors";
import { getI18n } from "@/lib/i18n";
import { exportAuditLog } from "@/lib/server/admin/audit/list-audit-log";
import { csvResponse } from "@/lib/server/http/csv-response";
import { problemResponse } from "@/lib/server/http/problem";

/** CSV of the audit rows matching the viewer's filters (newest first, capped). */
export async function GET(request: Request): Promise<Response> {
  try {
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const { filter, errors } = parseAuditFilter(params);
    if (errors.length > 0) throw new AppError("BAD_REQUEST", "Khoảng ngày không hợp lệ (ngày/tháng/năm).");
    const [{ t }, user] = await Promise.all([getI18n(), getCurrentUser()]);
    const { rows } = await exportAuditLog(user, { ...filter, before: null });
    const a = t.adminPanel.audit;
    return csvResponse(a.csvFile, a.csvHeaders, rows.map((r) => [
      r.id, r.at, r.actorId, r.actorName, r.actorEmail, r.actorRole, r.ip, r.action, r.targetType, r.targetId,
      r.before === null ? "" : JSON.stringify(r.before), r.after === null ? "" : JSON.stringify(r.after),
    ]));
  } catch (error) {
    return problemResponse(error);
  }
}
