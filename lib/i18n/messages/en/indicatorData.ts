// English texts of indicator data entry, CSV import and API tokens: the same keys as ../vi/indicatorData.ts.
import type { indicatorDataVi } from "../vi/indicatorData";

export const indicatorDataEn: typeof indicatorDataVi = {
  title: "Indicator data",
};
