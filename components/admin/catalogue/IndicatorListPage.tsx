import Link from "next/link";
import { Badge } from "@/components/ui/Badge";
import { DataTable } from "@/components/ui/DataTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatNumber } from "@/lib/domain/format";
import type { Messages } from "@/lib/i18n";
import type { listAdminIndicators } from "@/lib/server/admin/catalogue/indicators";

type Rows = Awaited<ReturnType<typeof listAdminIndicators>>;

const decimals = (n: number) => (Number.isInteger(n) ? 0 : Math.min(4, String(n).split(".")[1]?.length ?? 0));

export function IndicatorListPage({ t, indicators }: { t: Messages; indicators: Rows }) {
  const c = t.adminPanel.catalogue;
  const k = c.indicators;
  return (
    <div className="space-y-6">
      <PageHeader title={k.title} lead={k.lead} />
      <p><Link href="/admin/indicators/new" className="inline-block rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">{k.add}</Link></p>
      {indicators.length === 0 ? (
        <p>{k.empty}</p>
      ) : (
        <DataTable
          caption={k.caption}
          headers={[k.colCode, k.colName, k.colPillar, k.colOwner, k.colPeriod, k.colTarget2025, k.colTarget2030, k.colKey, k.colActive]}
          rows={indicators.map((r) => [
            <Link key="c" href={`/admin/indicators/${r.id}`} className="whitespace-nowrap text-brand-700 underline" aria-label={c.editNamed(`${r.code} — ${r.name}`)}>{r.code}</Link>,
            `${r.name} (${r.unit})`,
            r.pillar.name,
            r.ownerAgency.shortName,
            k.fields.periodicities[r.periodicity],
            formatNumber(r.target2025, decimals(r.target2025)),
            formatNumber(r.target2030, decimals(r.target2030)),
            r.isKey ? <Badge key="k" tone="info">{c.yes}</Badge> : c.no,
            r.isActive ? c.yes : <Badge key="a" tone="warning">{c.no}</Badge>,
          ])}
        />
      )}
    </div>
  );
}
