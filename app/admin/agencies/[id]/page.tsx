import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AgencyEditPage } from "@/components/admin/agencies/AgenciesPages";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { getAgency, listAgencies } from "@/lib/server/admin/agencies/agencies";
import { saveAgencyAction, setAgencyActiveAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.adminPanel.agencies.title };
}

type Query = Record<string, string | string[] | undefined>;
const count = (v: string | string[] | undefined) => (typeof v === "string" && /^\d{1,9}$/.test(v) ? Number(v) : 0);

export default async function Page({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Query> }) {
  const { id } = await params;
  const user = await requirePagePermission("admin.manage", `/admin/agencies/${encodeURIComponent(id)}`);
  const [{ t }, agency, agencies, q] = await Promise.all([getI18n(), getAgency(user, id), listAgencies(user), searchParams]);
  if (!agency) notFound();
  const notice = {
    notice: typeof q.notice === "string" ? q.notice : undefined,
    blocked: q.blocked === "1" ? { users: count(q.users), dossiers: count(q.dossiers), children: count(q.children) } : undefined,
  };
  return <AgencyEditPage t={t} agency={agency} parents={agencies} action={saveAgencyAction} setActive={setAgencyActiveAction} notice={notice} />;
}
