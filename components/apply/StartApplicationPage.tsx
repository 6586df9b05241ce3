import Link from "next/link";
import { PageHeader } from "@/components/ui/PageHeader";
import { startApplicationAction } from "@/app/procedures/[code]/apply/actions";
import type { Messages } from "@/lib/i18n";
import type { ProcedureDetail } from "@/lib/server/procedures/get-procedure";
import { StartApplicationForm } from "./StartApplicationForm";

export function StartApplicationPage({ t, p, communes }: { t: Messages; p: ProcedureDetail; communes: { id: string; name: string }[] | null }) {
  const a = t.apply;
  return (
    <div className="space-y-6">
      <nav aria-label="breadcrumb" className="text-sm">
        <Link href={`/procedures/${encodeURIComponent(p.code)}`} prefetch={false} className="text-brand-700 underline">{p.name}</Link>
      </nav>
      <PageHeader title={a.startTitle(p.name)} lead={a.startLead} />
      {p.level !== "FULL_ONLINE" ? (
        <p className="rounded border border-amber-300 bg-amber-50 p-4">{a.notOnline}</p>
      ) : (
        <section className="rounded-lg bg-white p-6 shadow-sm">
          <StartApplicationForm
            action={startApplicationAction}
            procedureCode={p.code}
            communes={communes}
            texts={{ begin: a.begin, chooseCommune: a.chooseCommune, chooseCommuneHint: a.chooseCommuneHint, chooseCommunePlaceholder: a.chooseCommunePlaceholder, errorSummary: a.errorSummary }}
          />
        </section>
      )}
    </div>
  );
}
