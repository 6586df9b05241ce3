// Uploads are accepted by what they contain, never by their name: a renamed executable is
// refused. Only PDF, JPEG and PNG are accepted. Pure functions.

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_DOSSIER_BYTES = 30 * 1024 * 1024;

export type AcceptedMime = "application/pdf" | "image/jpeg" | "image/png";

const SIGNATURES: { mime: AcceptedMime; bytes: number[] }[] = [
  { mime: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mime: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mime: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
];

export function detectFileType(bytes: Uint8Array): AcceptedMime | null {
  for (const sig of SIGNATURES) {
    if (bytes.length >= sig.bytes.length && sig.bytes.every((b, i) => bytes[i] === b)) return sig.mime;
  }
  return null;
}

export const EXTENSION_OF: Record<AcceptedMime, string> = { "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png" };

export type UploadCheck = { ok: true; mime: AcceptedMime } | { ok: false; message: string };

/** Checks one upload against the type and size rules (Vietnamese messages). */
export function checkUpload(input: { bytes: Uint8Array; existingDossierBytes: number }): UploadCheck {
  if (input.bytes.length === 0) return { ok: false, message: "Tệp rỗng. Vui lòng chọn lại tệp." };
  if (input.bytes.length > MAX_FILE_BYTES) return { ok: false, message: "Tệp vượt quá 10 MB. Vui lòng nén hoặc chia nhỏ tệp." };
  if (input.existingDossierBytes + input.bytes.length > MAX_DOSSIER_BYTES) {
    return { ok: false, message: "Tổng dung lượng tệp của hồ sơ vượt quá 30 MB." };
  }
  const mime = detectFileType(input.bytes);
  if (!mime) return { ok: false, message: "Chỉ chấp nhận tệp PDF, JPEG hoặc PNG (kiểm tra theo nội dung tệp)." };
  return { ok: true, mime };
}

/** A file name safe to show and to put in a Content-Disposition header. */
export function safeDisplayName(name: string, mime: AcceptedMime): string {
  const base = name
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f"\\/<>:|?*]/g, "_")
    .replace(/\.+$/, "")
    .slice(0, 120)
    .replace(/[\uD800-\uDBFF]$/, "") // the cut must not leave half an emoji (encodeURIComponent throws on it)
    .trim();
  const ext = EXTENSION_OF[mime];
  const withoutExt = base.replace(/\.[a-z0-9]{1,5}$/i, "");
  return `${withoutExt || "tep"}.${ext}`;
}
