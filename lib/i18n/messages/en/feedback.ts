// English texts of the "feedback" feature: the same keys as ../vi/feedback.ts.
import type { feedbackVi } from "../vi/feedback";

export const feedbackEn: typeof feedbackVi = {};
