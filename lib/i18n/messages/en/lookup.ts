// English texts of the "lookup" feature: the same keys as ../vi/lookup.ts.
import type { lookupVi } from "../vi/lookup";

export const lookupEn: typeof lookupVi = {};
