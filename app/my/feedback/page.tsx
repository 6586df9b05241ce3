import type { Metadata } from "next";
import { MyFeedbackListPage } from "@/components/feedback/MyFeedbackListPage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { listMyFeedback } from "@/lib/server/feedback/list-my-feedback";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.feedback.title };
}

export default async function Page() {
  const user = await requirePagePermission("feedback.create", "/my/feedback");
  const [{ t }, items] = await Promise.all([getI18n(), listMyFeedback({ actor: user })]);
  return <MyFeedbackListPage t={t} items={items} now={new Date()} />;
}
