import type { Metadata } from "next";
import { OfficerFeedbackListPage } from "@/components/officer/feedback/OfficerFeedbackListPage";
import { PageHeader } from "@/components/ui/PageHeader";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { listAgencyFeedback } from "@/lib/server/feedback/list-agency-feedback";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.officerFeedback.title };
}

type Props = { searchParams: Promise<{ tab?: string }> };

export default async function Page({ searchParams }: Props) {
  const user = await requirePagePermission("feedback.answer", "/officer/feedback");
  const [{ t }, query] = await Promise.all([getI18n(), searchParams]);
  if (!user.agencyId) return <PageHeader title={t.officerFeedback.title} lead={t.officerFeedback.noAgency} />;
  const now = new Date();
  const list = await listAgencyFeedback({ actor: user, tab: query.tab === "answered" ? "answered" : "open", now });
  return <OfficerFeedbackListPage t={t} agencyName={list.agencyName} list={list} now={now} />;
}
