// English texts of the "notifications" feature: the same keys as ../vi/notifications.ts.
import type { notificationsVi } from "../vi/notifications";

export const notificationsEn: typeof notificationsVi = {};
