// Vietnamese texts of administration: agencies, users, procedures, tasks, indicators, holidays, audit log.
export const adminPanelVi = {
  title: "Quản trị hệ thống",
};
