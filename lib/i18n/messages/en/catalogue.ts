// English texts of the "catalogue" feature: the same keys as ../vi/catalogue.ts.
import type { catalogueVi } from "../vi/catalogue";

export const catalogueEn: typeof catalogueVi = {};
