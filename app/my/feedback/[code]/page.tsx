import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FeedbackDetailPage } from "@/components/feedback/FeedbackDetailPage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { getMyFeedback } from "@/lib/server/feedback/get-my-feedback";
import { rateFeedbackAction } from "../actions";

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ sent?: string; rated?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, { code }] = await Promise.all([getI18n(), params]);
  return { title: `${t.feedback.title} ${safeDecode(code).slice(0, 40)}` };
}

export default async function Page({ params, searchParams }: Props) {
  const { code: raw } = await params;
  const code = safeDecode(raw).slice(0, 40);
  const user = await requirePagePermission("feedback.create", `/my/feedback/${encodeURIComponent(code)}`);
  const [{ t }, feedback, query] = await Promise.all([getI18n(), getMyFeedback({ actor: user, code }), searchParams]);
  if (!feedback) notFound();
  return <FeedbackDetailPage t={t} feedback={feedback} now={new Date()} justSent={query.sent === "1"} justRated={query.rated === "1"} rateAction={rateFeedbackAction} />;
}
