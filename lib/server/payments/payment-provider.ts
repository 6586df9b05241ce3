import "server-only";
import crypto from "node:crypto";
import { env } from "@/lib/env";
import { encodeOrder, type PaymentOrder } from "@/lib/domain/payment-signature";
import { publicBaseUrl } from "@/lib/server/http/public-url";

/**
 * A payment gateway as the portal sees it: create an order and get the URL of the gateway's
 * own payment page; the gateway later calls back (signed) and sends the citizen back.
 * The built-in "sandbox" gateway behaves like a real one; a real adapter implements the same.
 */
export interface PaymentProvider {
  readonly name: string;
  createOrder(order: PaymentOrder): Promise<{ redirectUrl: string }>;
}

/** The shared HMAC secret between portal and gateway. */
export function paymentSecret(): string {
  if (env.PAYMENT_SECRET) return env.PAYMENT_SECRET;
  const base = env.AUTH_SECRET;
  if (!base) throw new Error("PAYMENT_SECRET (hoặc AUTH_SECRET) chưa được cấu hình.");
  return crypto.createHmac("sha256", base).update("payment-callback-v1").digest("hex");
}


class SandboxProvider implements PaymentProvider {
  readonly name = "sandbox";
  async createOrder(order: PaymentOrder) {
    const { order: payload, sig } = encodeOrder(order, paymentSecret());
    return { redirectUrl: `${publicBaseUrl()}/sandbox-gateway?order=${payload}&sig=${sig}` };
  }
}

export function getPaymentProvider(): PaymentProvider {
  switch (env.PAYMENT_PROVIDER) {
    case "sandbox":
      return new SandboxProvider();
  }
}
