// English texts of the leaders' service-quality (766) dashboard: the same keys as ../vi/quality.ts.
import type { qualityVi } from "../vi/quality";

export const qualityEn: typeof qualityVi = {
  title: "Service quality (766 index)",
};
