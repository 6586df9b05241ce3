// POST /api/tasks/:code/updates — an officer of the lead agency reports a task's progress with evidence files (multipart)
import { getCurrentUser } from "@/lib/auth/session";
import { MAX_FILE_BYTES } from "@/lib/domain/file-check";
import { MAX_EVIDENCE_FILES } from "@/lib/domain/task-progress";
import { AppError } from "@/lib/errors";
import { getI18n } from "@/lib/i18n";
import { clientIpOf, problemResponse } from "@/lib/server/http/problem";
import { reportTaskProgress } from "@/lib/server/plan/report-task-progress";

const FIELDS = ["progress", "status", "note", "reason", "milestoneId", "reportedOn", "expectedVersion"] as const;

export async function POST(request: Request, { params }: { params: Promise<{ code: string }> }) {
  try {
    const { t } = await getI18n();
    // Refuse oversized bodies before reading them: at most 5 files of 10 MB and the fields.
    const length = Number(request.headers.get("content-length") ?? "0");
    if (length > MAX_EVIDENCE_FILES * MAX_FILE_BYTES + 256 * 1024) {
      throw new AppError("PAYLOAD_TOO_LARGE", t.taskProgress.errors["evidence.tooLarge"], { evidence: t.taskProgress.errors["evidence.tooLarge"] });
    }
    const form = await request.formData().catch(() => {
      throw new AppError("BAD_REQUEST", "Không đọc được dữ liệu gửi lên.");
    });
    const input: Record<string, string | undefined> = {};
    for (const field of FIELDS) {
      const value = form.get(field);
      input[field] = typeof value === "string" ? value.slice(0, 4000) : undefined;
    }
    const uploads = form.getAll("evidence").filter((f): f is File => f instanceof File && !(f.size === 0 && f.name === ""));
    const files = await Promise.all(uploads.slice(0, MAX_EVIDENCE_FILES + 1).map(async (f) => ({ fileName: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    const result = await reportTaskProgress({ actor: await getCurrentUser(), code: (await params).code, input, files, ip: clientIpOf(request.headers) });
    if (!result.ok) {
      const errors = Object.fromEntries(Object.entries(result.fieldErrors).map(([field, key]) => [field, t.taskProgress.errors[key]]));
      throw new AppError("BAD_REQUEST", Object.values(errors)[0], errors);
    }
    return Response.json({ updateId: result.updateId, version: result.version }, { status: 201 });
  } catch (error) {
    return problemResponse(error);
  }
}
