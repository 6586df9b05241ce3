// POST /api/v1/national-portal/dossiers — agency systems push dossiers received on dichvucong.gov.vn (idempotent by externalCode)
import { authenticateApiToken } from "@/lib/server/api-tokens/api-tokens";
import { intakeNationalDossier } from "@/lib/server/dossiers/intake-national-dossier";
import { clientIpOf } from "@/lib/server/http/problem";
import { enforceNationalPortalRate, intakeProblem, readJsonBody, statusBody } from "../respond";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  try {
    const client = await authenticateApiToken(request.headers, "dossiers.intake");
    await enforceNationalPortalRate(client);
    const input = await readJsonBody(request);
    const result = await intakeNationalDossier({ client, input, ip: clientIpOf(request.headers) });
    return Response.json(statusBody(result), {
      status: result.created ? 201 : 200,
      headers: { "Cache-Control": "no-store", Location: `/api/v1/national-portal/dossiers/${encodeURIComponent(result.externalCode)}` },
    });
  } catch (error) {
    return intakeProblem(error);
  }
}
