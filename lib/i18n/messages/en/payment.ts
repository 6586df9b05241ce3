// English texts of the "payment" feature: the same keys as ../vi/payment.ts.
import type { paymentVi } from "../vi/payment";

export const paymentEn: typeof paymentVi = {};
