// Shared by the officer-step script and tests/e2e/dossier.spec.ts: what the officer asks for.
export const SUPPLEMENT_REASON = "Ảnh chụp Giấy chứng nhận kết hôn bị mờ, không đọc được số đăng ký";
export const SUPPLEMENT_DOCUMENTS = ["Bản sao Giấy chứng nhận kết hôn", "Ảnh chân dung 4x6 cm"];
