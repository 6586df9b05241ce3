// Vietnamese texts of the "feedback" feature (wired into ../vi.ts as `t.feedback`).
export const feedbackVi = {};
