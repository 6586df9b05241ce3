// POST /api/dossiers/:id/attachments — a citizen uploads a document to their draft or supplement (multipart)
import { getCurrentUser } from "@/lib/auth/session";
import { MAX_FILE_BYTES } from "@/lib/domain/file-check";
import { AppError } from "@/lib/errors";
import { saveDossierAttachment } from "@/lib/server/attachments/save-dossier-attachment";
import { clientIpOf, problemResponse } from "@/lib/server/http/problem";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    // Refuse oversized bodies before reading them.
    const length = Number(request.headers.get("content-length") ?? "0");
    if (length > MAX_FILE_BYTES + 64 * 1024) throw new AppError("PAYLOAD_TOO_LARGE", "Tệp vượt quá 10 MB. Vui lòng nén hoặc chia nhỏ tệp.");
    const form = await request.formData().catch(() => {
      throw new AppError("BAD_REQUEST", "Không đọc được tệp gửi lên.");
    });
    const file = form.get("file");
    if (!(file instanceof File)) throw new AppError("BAD_REQUEST", "Chưa chọn tệp.", { file: "Chưa chọn tệp." });
    const documentName = form.get("documentName");
    const saved = await saveDossierAttachment({
      actor: await getCurrentUser(),
      dossierId: (await params).id,
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      documentName: typeof documentName === "string" ? documentName : null,
      ip: clientIpOf(request.headers),
    });
    return Response.json(saved, { status: 201 });
  } catch (error) {
    return problemResponse(error);
  }
}
