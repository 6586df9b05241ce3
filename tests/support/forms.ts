import type { TFormSchema } from "@/lib/validation/form-schema";

/** Valid answers for every non-file field of a form (the applicant: a man born in 1990). */
export function validValues(schema: TFormSchema): Record<string, string> {
  const values: Record<string, string> = {};
  for (const f of schema.fields) {
    switch (f.type) {
      case "text": values[f.name] = f.name === "fullName" ? "Nguyễn Văn An" : "Nội dung hợp lệ"; break;
      case "textarea": values[f.name] = "Trình bày nội dung đề nghị giải quyết."; break;
      case "number": values[f.name] = String(f.min ?? 1); break;
      case "date": values[f.name] = "1990-05-12"; break;
      case "select": values[f.name] = f.name === "gender" ? "nam" : (f.options?.[0]?.value ?? ""); break;
      case "cccd": values[f.name] = "019090012345"; break;
      case "phone": values[f.name] = "0912345678"; break;
      case "email": values[f.name] = "an.nguyen@example.vn"; break;
      case "address": values[f.name] = "Số 12, đường Hoàng Văn Thụ, phường Phan Đình Phùng, tỉnh Thái Nguyên"; break;
      case "file": break;
    }
  }
  return values;
}
