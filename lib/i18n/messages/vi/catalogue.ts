// Vietnamese texts of the "catalogue" feature (wired into ../vi.ts as `t.catalogue`).
export const catalogueVi = {};
