// English texts of the "apply" feature: the same keys as ../vi/apply.ts.
import type { applyVi } from "../vi/apply";

export const applyEn: typeof applyVi = {};
