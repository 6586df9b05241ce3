// Vietnamese texts of administration: agencies, users, procedures, tasks, indicators, holidays, audit log.
import { adminPanelCatalogueVi } from "./adminPanelCatalogue";
import { adminPanelPeopleVi } from "./adminPanelPeople";

export const adminPanelVi = {
  title: "Quản trị hệ thống",
  catalogue: adminPanelCatalogueVi,
  common: adminPanelPeopleVi.common,
  people: { ...adminPanelPeopleVi.people, setPassword: adminPanelPeopleVi.setPassword },
  agencies: adminPanelPeopleVi.agencies,
  holidays: adminPanelPeopleVi.holidays,
  audit: adminPanelPeopleVi.audit,
};
