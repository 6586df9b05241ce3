// GET /api/attachments/:id — downloads a dossier file (owner or handling agency only), as an attachment
import { getCurrentUser } from "@/lib/auth/session";
import { deleteDossierAttachment } from "@/lib/server/attachments/delete-dossier-attachment";
import { readAttachment } from "@/lib/server/attachments/read-attachment";
import { clientIpOf, problemResponse } from "@/lib/server/http/problem";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const file = await readAttachment({ actor: await getCurrentUser(), attachmentId: (await params).id, ip: clientIpOf(request.headers) });
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Disposition": `attachment; filename="tep.${file.fileName.split(".").pop()}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return problemResponse(error);
  }
}

// DELETE /api/attachments/:id — a citizen removes a file from their draft or supplement
export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await deleteDossierAttachment({ actor: await getCurrentUser(), attachmentId: (await params).id, ip: clientIpOf(request.headers) });
    return new Response(null, { status: 204 });
  } catch (error) {
    return problemResponse(error);
  }
}
