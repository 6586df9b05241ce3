import { describe, expect, it } from "vitest";
import { apiTokenDisplayPrefix, apiTokenFromBytes, bearerTokenOf, hashApiToken, isApiScope } from "./api-token";

describe("API tokens", () => {
  const secret = apiTokenFromBytes(new Uint8Array(32).fill(7));

  it("has a recognisable prefix and 256 bits of randomness", () => {
    expect(secret).toMatch(/^tnp_[A-Za-z0-9_-]{43}$/);
    expect(apiTokenFromBytes(new Uint8Array(32).fill(8))).not.toBe(secret);
    expect(() => apiTokenFromBytes(new Uint8Array(16))).toThrow();
  });

  it("stores only a SHA-256 hash", () => {
    expect(hashApiToken(secret)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashApiToken(secret)).not.toContain(secret.slice(4));
    expect(apiTokenDisplayPrefix(secret)).toBe(secret.slice(0, 10));
  });

  it("reads only well-formed bearer headers", () => {
    expect(bearerTokenOf(`Bearer ${secret}`)).toBe(secret);
    expect(bearerTokenOf(`bearer ${secret}`)).toBe(secret);
    expect(bearerTokenOf(secret)).toBeNull();
    expect(bearerTokenOf(`Basic ${secret}`)).toBeNull();
    expect(bearerTokenOf("Bearer tnp_short")).toBeNull();
    expect(bearerTokenOf(`Bearer ${secret}' OR 1=1`)).toBeNull();
    expect(bearerTokenOf(null)).toBeNull();
  });

  it("knows its scopes", () => {
    expect(isApiScope("observations.write")).toBe(true);
    expect(isApiScope("dossiers.intake")).toBe(true);
    expect(isApiScope("admin")).toBe(false);
  });
});
