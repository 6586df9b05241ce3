// GET /api/v1/national-portal/dossiers/:externalCode — status, code and due date of a dossier the agency sent, for the national portal's sync
import { authenticateApiToken } from "@/lib/server/api-tokens/api-tokens";
import { getNationalDossierStatus } from "@/lib/server/dossiers/intake-national-dossier";
import { enforceNationalPortalRate, intakeProblem, statusBody } from "../../respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ externalCode: string }> }) {
  try {
    const client = await authenticateApiToken(request.headers, "dossiers.intake");
    await enforceNationalPortalRate(client);
    const { externalCode } = await params;
    const status = await getNationalDossierStatus({ client, externalCode });
    return Response.json(statusBody(status), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return intakeProblem(error);
  }
}
