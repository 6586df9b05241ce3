// Vietnamese texts of the "verify" feature (wired into ../vi.ts as `t.verify`).
export const verifyVi = {};
