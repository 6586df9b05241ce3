import "server-only";
import crypto from "node:crypto";
import { decodeOrder, signCallback, type PaymentCallback, type PaymentOrder } from "@/lib/domain/payment-signature";
import { AppError } from "@/lib/errors";
import { paymentSecret } from "./payment-provider";

// The gateway side of the built-in sandbox. It lives in this app for convenience but talks to
// the portal only as a real gateway would: a signed order in, a signed HTTP callback out,
// retried when the portal does not answer 2xx, then the browser is sent to the return URL.

export function readSandboxOrder(order: string, sig: string, now = Date.now()): PaymentOrder {
  const decoded = decodeOrder(order, sig, paymentSecret());
  if (!decoded) throw new AppError("BAD_REQUEST", "Đơn thanh toán không hợp lệ hoặc đã bị sửa đổi.");
  if (decoded.expiresAt < now) throw new AppError("BAD_REQUEST", "Đơn thanh toán đã hết hạn. Vui lòng quay lại cổng dịch vụ công và thanh toán lại.");
  return decoded;
}

export type SandboxOutcome = "PAID" | "CANCELLED" | "FAILED";

async function deliver(url: string, callback: PaymentCallback, signature: string): Promise<boolean> {
  const delays = [0, 300, 1000, 3000];
  for (const delay of delays) {
    if (delay) await new Promise((r) => setTimeout(r, delay));
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Signature": signature },
        body: JSON.stringify(callback),
        signal: AbortSignal.timeout(10_000),
      });
      if (response.ok) return true;
      // 4xx other than 429 will not change on retry.
      if (response.status < 500 && response.status !== 429) return false;
    } catch {
      // Network error or timeout: retry.
    }
  }
  return false;
}

/** Completes a sandbox payment the way the citizen chose, notifies the portal, returns where to go. */
export async function completeSandboxPayment(options: { order: string; sig: string; outcome: SandboxOutcome }): Promise<string> {
  const order = readSandboxOrder(options.order, options.sig);
  const callback: PaymentCallback = {
    providerRef: order.providerRef,
    gatewayTxn: `SBX-${crypto.randomBytes(8).toString("hex")}`,
    status: options.outcome,
    amount: order.amount,
    timestamp: Date.now(),
  };
  await deliver(order.callbackUrl, callback, signCallback(callback, paymentSecret()));
  // The return page reads the outcome from the portal's database, never from this URL.
  return order.returnUrl;
}
