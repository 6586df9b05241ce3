// GET /leader/quality/export?month=yyyy-mm[&agency=CODE] — the 766 ranking (or one agency's indicators and gap-to-points) as CSV
import { getCurrentUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { csvResponse } from "@/lib/server/http/csv-response";
import { problemResponse } from "@/lib/server/http/problem";
import { getAgencyQuality } from "@/lib/server/quality/get-agency-quality";
import { getQualityDashboard } from "@/lib/server/quality/get-quality-dashboard";
import { qualityCsv } from "@/lib/server/quality/quality-csv";
import { ZFlowsQuery, ZQualityQuery } from "@/lib/validation/leader-dashboards";

export async function GET(request: Request) {
  try {
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const { month } = ZQualityQuery.parse(params);
    const { agency } = ZFlowsQuery.pick({ agency: true }).parse(params);
    const [actor, { t }] = await Promise.all([getCurrentUser(), getI18n()]);
    const csv = agency
      ? qualityCsv.agency(t, await getAgencyQuality({ actor, agencyCode: agency, month }))
      : qualityCsv.ranking(t, await getQualityDashboard({ actor, month }));
    return csvResponse(csv.filename, csv.headers, csv.rows);
  } catch (error) {
    return problemResponse(error);
  }
}
