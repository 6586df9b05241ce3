// Vietnamese texts of the "vneid" feature (wired into ../vi.ts as `t.vneid`).
export const vneidVi = {};
