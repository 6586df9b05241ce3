// English texts of officers answering citizens' feedback: the same keys as ../vi/officerFeedback.ts.
import type { officerFeedbackVi } from "../vi/officerFeedback";

export const officerFeedbackEn: typeof officerFeedbackVi = {
  title: "Feedback to answer",
};
