import type { Metadata } from "next";
import { NotificationsPage } from "@/components/notifications/NotificationsPage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { listMyNotifications } from "@/lib/server/notifications/list-my-notifications";
import { markAllNotificationsReadAction, markNotificationReadAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.notifications.title };
}

export default async function Page() {
  const user = await requirePagePermission("area.citizen", "/my/notifications");
  const [{ t }, data] = await Promise.all([getI18n(), listMyNotifications({ actor: user })]);
  return <NotificationsPage t={t} data={data} markOne={markNotificationReadAction} markAll={markAllNotificationsReadAction} />;
}
