import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  CALLBACK_MAX_AGE_MS,
  canonicalCallback,
  decodeOrder,
  encodeOrder,
  signCallback,
  verifyCallback,
  type PaymentCallback,
  type PaymentOrder,
} from "./payment-signature";

const SECRET = "bi-mat-cong-thanh-toan";
const T = 1_772_593_200_000; // 2026-03-04T03:00:00Z

const CALLBACK: PaymentCallback = {
  providerRef: "TN0123456789ABCDEF01",
  gatewayTxn: "VNP-14523987",
  status: "PAID",
  amount: 150000,
  timestamp: T,
};

// Computed outside the code under test:
//   printf '%s' 'TN0123456789ABCDEF01|VNP-14523987|PAID|150000|1772593200000' | openssl dgst -sha256 -hmac bi-mat-cong-thanh-toan
const SIGNATURE = "d67b505cfe9bc86ae9a2af6aa99454fc15eeb8b685c8c88b7acbbe1976c1c455";

describe("canonicalCallback / signCallback", () => {
  it("joins the fields in a fixed order", () => {
    expect(canonicalCallback(CALLBACK)).toBe("TN0123456789ABCDEF01|VNP-14523987|PAID|150000|1772593200000");
  });

  it("is HMAC-SHA256 of the canonical string, in lower-case hex", () => {
    expect(T).toBe(Date.parse("2026-03-04T03:00:00Z"));
    expect(signCallback(CALLBACK, SECRET)).toBe(SIGNATURE);
  });

  it("depends on the secret", () => {
    // printf '%s' '…same string…' | openssl dgst -sha256 -hmac bi-mat-khac
    expect(signCallback(CALLBACK, "bi-mat-khac")).toBe("9e23a21335eb31a0f5c3440ec14497b7742d31d1c0bfa913c80452f6cf996209");
  });
});

describe("verifyCallback", () => {
  it("accepts what signCallback signed (round trip)", () => {
    expect(verifyCallback(CALLBACK, signCallback(CALLBACK, SECRET), SECRET, T)).toEqual({ ok: true });
    const failed: PaymentCallback = { ...CALLBACK, status: "FAILED", gatewayTxn: "VNP-99999999" };
    expect(verifyCallback(failed, signCallback(failed, SECRET), SECRET, T + 1000)).toEqual({ ok: true });
  });

  it.each([
    ["amount", { amount: 150001 }],
    ["amount in xu instead of đồng", { amount: 15000000 }],
    ["status", { status: "FAILED" }],
    ["status", { status: "CANCELLED" }],
    ["providerRef", { providerRef: "TN0123456789ABCDEF02" }],
    ["gatewayTxn", { gatewayTxn: "VNP-14523988" }],
    ["timestamp", { timestamp: T + 1 }],
    ["timestamp", { timestamp: T - 60_000 }],
  ] as const)("refuses a callback whose %s changed (%j)", (_field, change) => {
    const tampered = { ...CALLBACK, ...change } as PaymentCallback;
    expect(verifyCallback(tampered, SIGNATURE, SECRET, T)).toEqual({ ok: false, reason: "bad_signature" });
  });

  it("refuses a signature made with another secret", () => {
    expect(verifyCallback(CALLBACK, signCallback(CALLBACK, "bi-mat-khac"), SECRET, T)).toEqual({ ok: false, reason: "bad_signature" });
    expect(verifyCallback(CALLBACK, SIGNATURE, "bi-mat-khac", T)).toEqual({ ok: false, reason: "bad_signature" });
    expect(verifyCallback(CALLBACK, SIGNATURE, "", T)).toEqual({ ok: false, reason: "bad_signature" });
  });

  it.each([
    ["upper-case hex (only lower case, as Node's digest('hex') writes it, is accepted)", SIGNATURE.toUpperCase()],
    ["empty", ""],
    ["63 characters", SIGNATURE.slice(0, 63)],
    ["65 characters", `${SIGNATURE}0`],
    ["non-hex", "z".repeat(64)],
    ["a 0x prefix", `0x${SIGNATURE.slice(0, 62)}`],
    ["surrounding spaces", ` ${SIGNATURE} `],
    ["base64 of the same HMAC", Buffer.from(SIGNATURE, "hex").toString("base64")],
    ["one changed digit", `${SIGNATURE.slice(0, 63)}6`],
  ])("refuses a malformed signature: %s", (_case, signature) => {
    expect(verifyCallback(CALLBACK, signature, SECRET, T)).toEqual({ ok: false, reason: "bad_signature" });
  });

  it("allows callbacks up to 10 minutes old", () => {
    expect(CALLBACK_MAX_AGE_MS).toBe(600_000);
    expect(verifyCallback(CALLBACK, SIGNATURE, SECRET, T + 600_000)).toEqual({ ok: true });
    expect(verifyCallback(CALLBACK, SIGNATURE, SECRET, T + 600_001)).toEqual({ ok: false, reason: "expired" });
    expect(verifyCallback(CALLBACK, SIGNATURE, SECRET, T + 24 * 3_600_000)).toEqual({ ok: false, reason: "expired" });
  });

  it("allows 60 seconds of clock skew into the future, no more", () => {
    expect(verifyCallback(CALLBACK, SIGNATURE, SECRET, T - 60_000)).toEqual({ ok: true });
    expect(verifyCallback(CALLBACK, SIGNATURE, SECRET, T - 60_001)).toEqual({ ok: false, reason: "from_future" });
  });

  it("checks the signature before the age, so a forged old callback is a bad signature", () => {
    const forged = { ...CALLBACK, amount: 1 };
    expect(verifyCallback(forged, SIGNATURE, SECRET, T + 3_600_000)).toEqual({ ok: false, reason: "bad_signature" });
  });
});

describe("encodeOrder / decodeOrder", () => {
  const ORDER: PaymentOrder = {
    providerRef: "TN0123456789ABCDEF01",
    amount: 8000,
    description: "Lệ phí cấp bản sao trích lục hộ tịch — hồ sơ 000.00.19.H55-260304-0001",
    returnUrl: "https://dichvucong.thainguyen.gov.vn/ho-so/thanh-toan/ket-qua",
    callbackUrl: "https://dichvucong.thainguyen.gov.vn/api/payments/callback",
    expiresAt: T + 900_000,
  };
  const hmac = (payload: string, secret = SECRET) => crypto.createHmac("sha256", secret).update(payload).digest("hex");

  it("round-trips an order, Vietnamese text included", () => {
    const { order, sig } = encodeOrder(ORDER, SECRET);
    expect(decodeOrder(order, sig, SECRET)).toEqual(ORDER);
  });

  it("encodes the JSON as base64url and signs that text", () => {
    const { order, sig } = encodeOrder(ORDER, SECRET);
    expect(order).toMatch(/^[A-Za-z0-9_-]+$/); // URL-safe, no padding
    expect(JSON.parse(Buffer.from(order, "base64").toString("utf8"))).toEqual(ORDER);
    expect(sig).toBe(hmac(order));
    expect(sig).toMatch(/^[a-f0-9]{64}$/);
  });

  it("refuses a tampered payload", () => {
    const { order, sig } = encodeOrder(ORDER, SECRET);
    const cheaper = Buffer.from(JSON.stringify({ ...ORDER, amount: 1 }), "utf8").toString("base64url");
    expect(decodeOrder(cheaper, sig, SECRET)).toBeNull();
    expect(decodeOrder(`${order}A`, sig, SECRET)).toBeNull();
  });

  it.each([
    ["one changed digit", (s: string) => `${s.slice(0, 63)}${s[63] === "0" ? "1" : "0"}`],
    ["upper case", (s: string) => s.toUpperCase()],
    ["truncated to 63", (s: string) => s.slice(0, 63)],
    ["empty", () => ""],
  ])("refuses a tampered signature: %s", (_case, change) => {
    const { order, sig } = encodeOrder(ORDER, SECRET);
    expect(decodeOrder(order, change(sig), SECRET)).toBeNull();
  });

  it("refuses an order signed with another secret", () => {
    const { order, sig } = encodeOrder(ORDER, "bi-mat-khac");
    expect(decodeOrder(order, sig, SECRET)).toBeNull();
  });

  it.each([
    ["text that is not base64", "không phải base64!!"],
    ["base64 of text that is not JSON", Buffer.from("khong phai JSON", "utf8").toString("base64url")],
    ["base64 of truncated JSON", Buffer.from('{"providerRef":"TN01', "utf8").toString("base64url")],
  ])("returns null for %s, even correctly signed", (_case, payload) => {
    expect(decodeOrder(payload, hmac(payload), SECRET)).toBeNull();
  });
});
