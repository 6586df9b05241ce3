// English texts of the leaders' dossier flows, likely-late list, data trust and exports: the same keys as ../vi/flows.ts.
import type { flowsVi } from "../vi/flows";

export const flowsEn: typeof flowsVi = {
  title: "Dossier flows",
};
