import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OfficerFeedbackDetailPage } from "@/components/officer/feedback/OfficerFeedbackDetailPage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { getAgencyFeedback } from "@/lib/server/feedback/get-agency-feedback";
import { answerFeedbackAction } from "../actions";

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ answered?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, { code }] = await Promise.all([getI18n(), params]);
  return { title: `${t.officerFeedback.title} ${safeDecode(code).slice(0, 40)}` };
}

export default async function Page({ params, searchParams }: Props) {
  const code = safeDecode((await params).code).slice(0, 40);
  const user = await requirePagePermission("feedback.answer", `/officer/feedback/${encodeURIComponent(code)}`);
  if (!user.agencyId) notFound();
  const [{ t }, feedback, query] = await Promise.all([getI18n(), getAgencyFeedback({ actor: user, code }), searchParams]);
  if (!feedback) notFound();
  return <OfficerFeedbackDetailPage t={t} feedback={feedback} now={new Date()} justAnswered={query.answered === "1"} answerAction={answerFeedbackAction} />;
}
