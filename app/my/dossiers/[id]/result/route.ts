// GET /my/dossiers/:id/result — the e-result PDF of an approved or returned dossier (owner or handling agency), as an attachment
import { getCurrentUser } from "@/lib/auth/session";
import { clientIpFromHeaders } from "@/lib/domain/rate-limit";
import { dossierVi } from "@/lib/i18n/messages/vi/dossier";
import { problemResponse } from "@/lib/server/http/problem";
import { getEResult } from "@/lib/server/results/get-e-result";
import { renderEResultPdf } from "@/lib/server/results/render-e-result-pdf";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const result = await getEResult({
      actor: await getCurrentUser(),
      dossierId: (await params).id,
      ip: clientIpFromHeaders((name) => request.headers.get(name)),
    });
    // An official document: always printed in Vietnamese, whatever the interface language.
    const pdf = await renderEResultPdf({ data: result, texts: dossierVi.eResult });
    const fileName = dossierVi.eResult.fileName(result.code ?? result.resultNumber.replace(/[^A-Za-z0-9-]+/g, "-"));
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return problemResponse(error);
  }
}
