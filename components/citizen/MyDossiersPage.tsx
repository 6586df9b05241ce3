import Link from "next/link";
import { DataTable } from "@/components/ui/DataTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatDate } from "@/lib/domain/format";
import type { Messages } from "@/lib/i18n";
import type { listMyDossiers } from "@/lib/server/dossiers/list-my-dossiers";

// The detail page (/my/dossiers/[id]) takes the dossier's id or its code.
type Dossier = Awaited<ReturnType<typeof listMyDossiers>>[number] & { id?: string };

function detailHref(d: Dossier): string | null {
  if (d.id) return `/my/dossiers/${d.id}`;
  return d.code ? `/my/dossiers/${encodeURIComponent(d.code)}` : null;
}

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
          rows={dossiers.map((d) => {
            const href = detailHref(d);
            return [
              href ? (
                <Link key="c" href={href} className="font-mono text-brand-700 underline">{d.code ?? t.dossier.draftCode}</Link>
              ) : (
                <span key="c" className="font-mono">{d.code}</span>
              ),
              d.procedure.name,
              d.submittedAt ? formatDate(d.submittedAt) : "—",
              d.dueAt ? formatDate(d.dueAt) : "—",
              t.dossierStatus[d.status],
            ];
          })}
        />
      )}
    </div>
  );
}
