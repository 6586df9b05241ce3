// Vietnamese texts of the "payment" feature (wired into ../vi.ts as `t.payment`).
export const paymentVi = {};
