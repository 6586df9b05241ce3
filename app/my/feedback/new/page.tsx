import type { Metadata } from "next";
import { NewFeedbackPage } from "@/components/feedback/NewFeedbackPage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { getFeedbackFormOptions } from "@/lib/server/feedback/get-feedback-form-options";
import { createFeedbackAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.feedback.newTitle };
}

export default async function Page({ searchParams }: { searchParams: Promise<{ about?: string | string[] }> }) {
  const user = await requirePagePermission("feedback.create", "/my/feedback/new");
  const [{ t }, options, params] = await Promise.all([getI18n(), getFeedbackFormOptions({ actor: user }), searchParams]);
  const about = typeof params.about === "string" ? params.about : undefined;
  return <NewFeedbackPage t={t} options={options} action={createFeedbackAction} about={about} />;
}
