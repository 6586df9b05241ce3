// GET /leader/flows/export?table=monthly|agencies|backlog|likely-late&months=&agency=&channel= — a dossier-flows table as CSV
import { getCurrentUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { flowsCsv, ZFlowsTable } from "@/lib/server/flows/flows-csv";
import { getDossierFlows } from "@/lib/server/flows/get-dossier-flows";
import { listLikelyLate } from "@/lib/server/flows/list-likely-late";
import { csvResponse } from "@/lib/server/http/csv-response";
import { problemResponse } from "@/lib/server/http/problem";
import { ZFlowsQuery } from "@/lib/validation/leader-dashboards";

export async function GET(request: Request) {
  try {
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const query = ZFlowsQuery.parse(params);
    const table = ZFlowsTable.parse(params.table);
    const [actor, { t }] = await Promise.all([getCurrentUser(), getI18n()]);
    const now = new Date();
    const csv = table === "likely-late"
      ? flowsCsv.likelyLate(t, await listLikelyLate({ actor, agencyCode: query.agency, now }))
      : flowsCsv[table](t, await getDossierFlows({ actor, query, now }));
    return csvResponse(csv.filename, csv.headers, csv.rows);
  } catch (error) {
    return problemResponse(error);
  }
}
