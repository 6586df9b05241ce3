// Vietnamese texts of the "notifications" feature (wired into ../vi.ts as `t.notifications`).
export const notificationsVi = {
  title: "Thông báo",
  lead: "Thông báo về hồ sơ và phản ánh, kiến nghị của bạn.",
  empty: "Bạn chưa có thông báo nào.",
  unread: "Chưa đọc",
  unreadCount: (n: number) => (n === 0 ? "Không có thông báo chưa đọc." : `${n} thông báo chưa đọc.`),
  markRead: "Đánh dấu đã đọc",
  markReadFor: (subject: string) => `Đánh dấu đã đọc: ${subject}`,
  markAllRead: "Đánh dấu tất cả là đã đọc",
  receivedAt: "Thời gian",
  dossier: (code: string) => `Hồ sơ ${code}`,
  listTitle: "Danh sách thông báo",
};
