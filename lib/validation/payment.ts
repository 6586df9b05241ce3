import { z } from "zod";

export const ZPaymentCallback = z.object({
  providerRef: z.string().regex(/^TN[A-F0-9]{18}$/),
  gatewayTxn: z.string().regex(/^[A-Za-z0-9-]{8,64}$/),
  status: z.enum(["PAID", "FAILED", "CANCELLED"]),
  amount: z.number().int().positive().max(1_000_000_000),
  timestamp: z.number().int().positive(),
});
export type TPaymentCallback = z.infer<typeof ZPaymentCallback>;
