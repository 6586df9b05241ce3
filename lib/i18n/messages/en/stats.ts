// English texts of the "stats" feature: the same keys as ../vi/stats.ts.
import type { statsVi } from "../vi/stats";

export const statsEn: typeof statsVi = {};
