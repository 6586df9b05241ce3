// Vietnamese texts of the "apply" feature (wired into ../vi.ts as `t.apply`).
export const applyVi = {};
