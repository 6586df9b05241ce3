import type { Metadata } from "next";
import { FlowsPage } from "@/components/leader/flows/FlowsPage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { getDossierFlows } from "@/lib/server/flows/get-dossier-flows";
import { listLikelyLate } from "@/lib/server/flows/list-likely-late";
import { ZFlowsQuery } from "@/lib/validation/leader-dashboards";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.flows.title };
}

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("dashboard.read", "/leader/flows");
  const query = ZFlowsQuery.parse(await searchParams);
  const now = new Date();
  const [{ t }, flows, likelyLate] = await Promise.all([
    getI18n(),
    getDossierFlows({ actor, query, now }),
    listLikelyLate({ actor, agencyCode: query.agency, now }),
  ]);
  return <FlowsPage t={t} flows={flows} likelyLate={likelyLate} />;
}
