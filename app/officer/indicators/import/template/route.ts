// GET /officer/indicators/import/template — the CSV template, one row per indicator of the officer's agency
import { getCurrentUser } from "@/lib/auth/session";
import { observationCsvTemplate } from "@/lib/domain/observation-csv";
import { periodInputOf } from "@/lib/domain/observation-input";
import { problemResponse } from "@/lib/server/http/problem";
import { listAgencyIndicators } from "@/lib/server/indicators/list-agency-indicators";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const data = await listAgencyIndicators({ actor: await getCurrentUser() });
    const examples = data.indicators.map((i) => ({ code: i.code, period: periodInputOf(i.dueKey, i.periodicity), value: "", note: "" }));
    const body = observationCsvTemplate(examples.length > 0 ? examples : [{ code: "CQS-01", period: "2026-10", value: "96,5", note: "Ví dụ" }]);
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="mau-nhap-so-lieu-chi-tieu.csv"',
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return problemResponse(error);
  }
}
