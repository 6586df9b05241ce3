import type { Metadata } from "next";
import { ProcedureCatalogue } from "@/components/procedures/ProcedureCatalogue";
import { getI18n } from "@/lib/i18n";
import { listProcedures } from "@/lib/server/procedures/list-procedures";
import { ZProcedureListQuery } from "@/lib/validation/procedures";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.procedures.title };
}

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = ZProcedureListQuery.parse(await searchParams);
  const [{ t, locale }, catalogue] = await Promise.all([getI18n(), listProcedures(query)]);
  return <ProcedureCatalogue t={t} locale={locale} catalogue={catalogue} />;
}
