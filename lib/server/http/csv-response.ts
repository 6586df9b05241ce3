import "server-only";
import { toCsv, type CsvCell } from "@/lib/domain/csv";

/** A CSV download (route handlers): UTF-8 with BOM, never cached by shared caches. */
export function csvResponse(filename: string, headers: readonly string[], rows: readonly (readonly CsvCell[])[]): Response {
  const ascii = filename.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").replace(/[^A-Za-z0-9._-]/g, "-");
  return new Response(toCsv(headers, rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
