// English texts of administration: agencies, users, procedures, tasks, indicators, holidays, audit log: the same keys as ../vi/adminPanel.ts.
import type { adminPanelVi } from "../vi/adminPanel";

export const adminPanelEn: typeof adminPanelVi = {
  title: "Administration",
};
