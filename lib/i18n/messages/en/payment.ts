// English texts of the "payment" feature: the same keys as ../vi/payment.ts.
import type { paymentVi } from "../vi/payment";

export const paymentEn: typeof paymentVi = {
  resultTitle: "Payment result",
  paid: "Payment successful. You can now submit the application.",
  pending: "Waiting for the payment gateway to confirm. This page updates when it does.",
  failed: "The payment failed. You have not been charged; you can try again.",
  cancelled: "You cancelled the payment. You can pay again at any time.",
  reference: "Transaction reference",
  amount: "Amount",
  backToReview: "Back to the submission step",
  retry: "Pay again",
  refresh: "Check again",
  gatewayTitle: "Test payment gateway (sandbox)",
  gatewayNote: "Test environment: no real money moves. The gateway reports the outcome to the portal with a signed (HMAC) notification.",
  merchant: "Beneficiary",
  merchantName: "Thái Nguyên Public Service Portal",
  orderDescription: "Description",
  pay: "Confirm payment",
  cancel: "Cancel payment",
  simulateFailure: "Simulate a failed payment",
};
