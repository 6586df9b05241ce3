import Link from "next/link";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatNumber } from "@/lib/domain/format";
import type { Locale, Messages } from "@/lib/i18n";
import type { AdminIndicator, IndicatorFormOptions } from "@/lib/server/admin/catalogue/indicators";
import type { AdminFormAction } from "./form-state";
import { IndicatorForm, type IndicatorFormValues } from "./IndicatorForm";

// Stored as Decimal(18, 4): "95.5000" is shown as typed, "95,5" (Vietnamese decimal comma).
const shown = (v: string | null) => (v === null ? "" : v.includes(".") ? v.replace(/\.?0+$/, "").replace(".", ",") : v);

function valuesOf(i: AdminIndicator | null): IndicatorFormValues {
  if (!i) {
    return { code: "", name: "", nameEn: "", pillarId: "", ownerAgencyId: "", unit: "%", direction: "HIGHER_IS_BETTER", periodicity: "MONTH", baselineValue: "", target2025: "", target2030: "", description: "", isKey: false, isActive: true };
  }
  return {
    code: i.code,
    name: i.name,
    nameEn: i.nameEn,
    pillarId: i.pillarId,
    ownerAgencyId: i.ownerAgencyId,
    unit: i.unit,
    direction: i.direction,
    periodicity: i.periodicity,
    baselineValue: shown(i.baselineValue),
    target2025: shown(i.target2025),
    target2030: shown(i.target2030),
    description: i.description,
    isKey: i.isKey,
    isActive: i.isActive,
  };
}

export function IndicatorEditPage({ t, locale, indicator, options, action, notice }: {
  t: Messages;
  locale: Locale;
  indicator: AdminIndicator | null;
  options: IndicatorFormOptions;
  action: AdminFormAction;
  notice: "saved" | "created" | null;
}) {
  const c = t.adminPanel.catalogue;
  const k = c.indicators;
  return (
    <div className="space-y-6">
      <p><Link href="/admin/indicators" className="text-brand-700 underline">{k.back}</Link></p>
      <PageHeader title={indicator ? k.editTitle(indicator.code) : k.newTitle} lead={indicator?.name} />
      {notice ? <p role="status" className="rounded bg-green-50 p-3 font-medium text-green-900">{notice === "saved" ? c.saved : c.created}</p> : null}
      {indicator && indicator.observations > 0 ? <p className="rounded-lg border-l-4 border-brand-600 bg-brand-50 p-4">{k.observationsNote(formatNumber(indicator.observations))}</p> : null}
      <p className="text-sm text-slate-700">{c.auditNote}</p>
      <IndicatorForm
        key={indicator ? `${indicator.id}:${indicator.updatedAt.toISOString()}` : "new"}
        action={action}
        locale={locale}
        id={indicator?.id}
        initial={valuesOf(indicator)}
        options={{ pillars: options.pillars.map((p) => ({ id: p.id, name: p.name })), agencies: options.agencies.map((a) => ({ id: a.id, name: a.name })) }}
        isNew={!indicator}
        periodLocked={!!indicator && indicator.observations > 0}
      />
    </div>
  );
}
