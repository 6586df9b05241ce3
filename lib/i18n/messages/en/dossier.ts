// English texts of the "dossier" feature: the same keys as ../vi/dossier.ts.
import type { dossierVi } from "../vi/dossier";

export const dossierEn: typeof dossierVi = {};
