// English texts of the "verify" feature: the same keys as ../vi/verify.ts.
import type { verifyVi } from "../vi/verify";

export const verifyEn: typeof verifyVi = {};
