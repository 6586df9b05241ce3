// English texts of the "vneid" feature: the same keys as ../vi/vneid.ts.
import type { vneidVi } from "../vi/vneid";

export const vneidEn: typeof vneidVi = {};
