// Vietnamese texts of the "notifications" feature (wired into ../vi.ts as `t.notifications`).
export const notificationsVi = {};
