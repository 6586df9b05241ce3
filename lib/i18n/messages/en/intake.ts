// English texts of counter intake and the national-portal intake endpoint: the same keys as ../vi/intake.ts.
import type { intakeVi } from "../vi/intake";

export const intakeEn: typeof intakeVi = {
  title: "Counter intake",
};
