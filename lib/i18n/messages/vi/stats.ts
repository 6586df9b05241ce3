// Vietnamese texts of the "stats" feature (wired into ../vi.ts as `t.stats`).
export const statsVi = {};
