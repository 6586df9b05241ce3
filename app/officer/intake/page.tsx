import type { Metadata } from "next";
import { IntakeProceduresPage } from "@/components/officer/intake/IntakeProceduresPage";
import { PageHeader } from "@/components/ui/PageHeader";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { listIntakeProcedures } from "@/lib/server/dossiers/intake-list-procedures";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.intake.title };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function Page({ searchParams }: { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> }) {
  const user = await requirePagePermission("dossier.intake", "/officer/intake");
  const [{ t }, params] = await Promise.all([getI18n(), searchParams]);
  if (!user.agencyId) return <PageHeader title={t.intake.title} lead={t.intake.noAgency} />;
  const q = first(params.q)?.trim().slice(0, 200) || undefined;
  const page = Number.parseInt(first(params.page) ?? "1", 10);
  const { agencyName, result } = await listIntakeProcedures({ actor: user, q, page: Number.isFinite(page) ? page : 1 });
  return <IntakeProceduresPage t={t} agencyName={agencyName} result={result} q={q} />;
}
