import Link from "next/link";
import { DataTable } from "@/components/ui/DataTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatDate } from "@/lib/domain/format";
import type { Messages } from "@/lib/i18n";
import type { listMyDossiers } from "@/lib/server/dossiers/list-my-dossiers";

type Dossier = Awaited<ReturnType<typeof listMyDossiers>>[number];

export function MyDossiersPage({ t, dossiers }: { t: Messages; dossiers: Dossier[] }) {
  const c = t.citizen;
  return (
    <div>
      <PageHeader title={c.title} lead={c.lead} />
      {dossiers.length === 0 ? (
        <p>{c.empty} <Link href="/procedures" className="text-brand-700 underline">{c.findProcedure}</Link></p>
      ) : (
        <DataTable
          caption={c.title}
          headers={[c.code, c.procedure, c.submitted, c.due, c.status]}
          rows={dossiers.map((d) => [
            <span key="c" className="font-mono">{d.code}</span>,
            d.procedure.name,
            d.submittedAt ? formatDate(d.submittedAt) : "—",
            d.dueAt ? formatDate(d.dueAt) : "—",
            t.dossierStatus[d.status],
          ])}
        />
      )}
    </div>
  );
}
