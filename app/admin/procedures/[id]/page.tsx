import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProcedureEditPage } from "@/components/admin/catalogue/ProcedureEditPage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { getAdminProcedure, getProcedureFormOptions } from "@/lib/server/admin/catalogue/procedures";
import { publishProcedureAction, saveProcedureAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.adminPanel.catalogue.procedures.title };
}

const NOTICES = ["saved", "created", "published", "unpublished"] as const;

export default async function Page({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePagePermission("admin.manage", `/admin/procedures/${encodeURIComponent(id)}`);
  const [{ t, locale }, procedure, options, query] = await Promise.all([getI18n(), getAdminProcedure(user, id), getProcedureFormOptions(user), searchParams]);
  if (!procedure) notFound();
  const notice = NOTICES.find((n) => query[n] === "1") ?? null;
  return <ProcedureEditPage t={t} locale={locale} procedure={procedure} options={options} action={saveProcedureAction} publishAction={publishProcedureAction} notice={notice} />;
}
