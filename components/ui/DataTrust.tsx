import { formatDateTime } from "@/lib/domain/format";

/**
 * Where a number comes from: its source, when it was last updated and how complete it is
 * (e.g. "8/9 cơ quan đã báo cáo kỳ 10/2026"). Shown under every figure and chart of the
 * dashboards so a leader knows how far to trust it.
 */
export function DataTrust({ source, updatedAt, completeness, labels }: {
  source: string;
  updatedAt: Date | null;
  completeness?: string;
  labels?: { source: string; updated: string; never: string };
}) {
  const l = labels ?? { source: "Nguồn", updated: "Cập nhật", never: "chưa có dữ liệu" };
  return (
    <p className="mt-2 text-xs text-slate-600">
      <span>{l.source}: {source}</span>
      <span aria-hidden="true"> · </span>
      <span>{l.updated}: {updatedAt ? formatDateTime(updatedAt) : l.never}</span>
      {completeness ? (
        <>
          <span aria-hidden="true"> · </span>
          <span>{completeness}</span>
        </>
      ) : null}
    </p>
  );
}
