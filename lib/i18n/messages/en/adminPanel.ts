// English texts of administration: agencies, users, procedures, tasks, indicators, holidays, audit log: the same keys as ../vi/adminPanel.ts.
import type { adminPanelVi } from "../vi/adminPanel";
import { adminPanelCatalogueEn } from "./adminPanelCatalogue";
import { adminPanelPeopleEn } from "./adminPanelPeople";

export const adminPanelEn: typeof adminPanelVi = {
  title: "Administration",
  catalogue: adminPanelCatalogueEn,
  common: adminPanelPeopleEn.common,
  people: { ...adminPanelPeopleEn.people, setPassword: adminPanelPeopleEn.setPassword },
  agencies: adminPanelPeopleEn.agencies,
  holidays: adminPanelPeopleEn.holidays,
  audit: adminPanelPeopleEn.audit,
};
