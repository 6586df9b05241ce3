// English texts of the "notifications" feature: the same keys as ../vi/notifications.ts.
import type { notificationsVi } from "../vi/notifications";

export const notificationsEn: typeof notificationsVi = {
  title: "Notifications",
  lead: "Notifications about your dossiers and your feedback. Messages are written in Vietnamese, the language of the administration.",
  empty: "You have no notifications.",
  unread: "Unread",
  unreadCount: (n: number) => (n === 0 ? "No unread notifications." : `${n} unread notification${n === 1 ? "" : "s"}.`),
  markRead: "Mark as read",
  markReadFor: (subject: string) => `Mark as read: ${subject}`,
  markAllRead: "Mark all as read",
  receivedAt: "Time",
  dossier: (code: string) => `Dossier ${code}`,
  listTitle: "Notification list",
};
