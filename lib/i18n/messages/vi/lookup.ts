// Vietnamese texts of the "lookup" feature (wired into ../vi.ts as `t.lookup`).
export const lookupVi = {};
