// Signed payment callbacks (HMAC-SHA256), as real gateways do (VNPay, MoMo …): the gateway
// signs a canonical string of the fields with a shared secret; the portal recomputes it and
// compares in constant time. A callback is also refused when its timestamp is too old, so a
// captured callback cannot be replayed later. Pure functions.
import crypto from "node:crypto";

export type PaymentCallback = {
  providerRef: string; // the portal's order reference
  gatewayTxn: string; // the gateway's transaction id
  status: "PAID" | "FAILED" | "CANCELLED";
  amount: number; // VND
  timestamp: number; // ms since epoch, when the gateway signed it
};

export const CALLBACK_MAX_AGE_MS = 10 * 60 * 1000;

export function canonicalCallback(c: PaymentCallback): string {
  return [c.providerRef, c.gatewayTxn, c.status, String(c.amount), String(c.timestamp)].join("|");
}

export function signCallback(c: PaymentCallback, secret: string): string {
  return crypto.createHmac("sha256", secret).update(canonicalCallback(c)).digest("hex");
}

export type SignatureCheck = { ok: true } | { ok: false; reason: "bad_signature" | "expired" | "from_future" };

export function verifyCallback(c: PaymentCallback, signature: string, secret: string, now: number): SignatureCheck {
  const expected = Buffer.from(signCallback(c, secret), "hex");
  const given = /^[a-f0-9]{64}$/.test(signature) ? Buffer.from(signature, "hex") : Buffer.alloc(0);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return { ok: false, reason: "bad_signature" };
  if (c.timestamp > now + 60_000) return { ok: false, reason: "from_future" };
  if (now - c.timestamp > CALLBACK_MAX_AGE_MS) return { ok: false, reason: "expired" };
  return { ok: true };
}

/** The order a portal sends to the gateway's payment page, signed the same way. */
export type PaymentOrder = { providerRef: string; amount: number; description: string; returnUrl: string; callbackUrl: string; expiresAt: number };

export function encodeOrder(order: PaymentOrder, secret: string): { order: string; sig: string } {
  const payload = Buffer.from(JSON.stringify(order), "utf8").toString("base64url");
  return { order: payload, sig: crypto.createHmac("sha256", secret).update(payload).digest("hex") };
}

export function decodeOrder(payload: string, sig: string, secret: string): PaymentOrder | null {
  const expected = Buffer.from(crypto.createHmac("sha256", secret).update(payload).digest("hex"), "hex");
  const given = /^[a-f0-9]{64}$/.test(sig) ? Buffer.from(sig, "hex") : Buffer.alloc(0);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  try {
    return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as PaymentOrder;
  } catch {
    return null;
  }
}
