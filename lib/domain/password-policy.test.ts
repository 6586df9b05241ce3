import { describe, expect, it } from "vitest";
import {
  hashPasswordLinkToken,
  isPasswordLinkToken,
  PASSWORD_LINK_TTL_HOURS,
  PASSWORD_MAX_LENGTH,
  passwordLinkExpiry,
  passwordLinkState,
  passwordLinkTokenFromBytes,
  passwordProblem,
} from "./password-policy";

describe("passwordProblem", () => {
  it("accepts a long passphrase", () => {
    expect(passwordProblem("đồi chè Tân Cương xanh mướt", { email: "canbo.moi@thainguyen.gov.vn" })).toBeNull();
    expect(passwordProblem("Sông-Cầu-chảy-qua-2026")).toBeNull();
  });

  it("requires a password", () => {
    expect(passwordProblem("")).toBe("required");
  });

  it("needs at least 12 characters, counting Vietnamese letters once", () => {
    expect(passwordProblem("Ngắn@2026")).toBe("tooShort");
    expect(passwordProblem("abcdefghijk")).toBe("tooShort"); // 11
    expect(passwordProblem("abcdefghijkl")).toBeNull(); // 12
    expect(passwordProblem("đđđđđđđđđđđ")).toBe("tooShort"); // 11 letters, more UTF-16 units than that
  });

  it("refuses passwords longer than the maximum", () => {
    expect(passwordProblem("a".repeat(PASSWORD_MAX_LENGTH))).toBeNull();
    expect(passwordProblem("a".repeat(PASSWORD_MAX_LENGTH + 1))).toBe("tooLong");
  });

  it("refuses common passwords whatever their case and spaces", () => {
    expect(passwordProblem("password1234")).toBe("common");
    expect(passwordProblem("PassWord1234")).toBe("common");
    expect(passwordProblem("Thai Nguyen 2026")).toBe("common");
    expect(passwordProblem("ThaiNguyen@2026")).toBe("common");
  });

  it("refuses a password containing the local part of the person's e-mail", () => {
    expect(passwordProblem("nguyen.van.hung-2026!", { email: "Nguyen.Van.Hung@thainguyen.gov.vn" })).toBe("containsEmail");
    expect(passwordProblem("toi-la-NGUYEN.VAN.HUNG", { email: "nguyen.van.hung@x.vn" })).toBe("containsEmail");
    // Too short a local part to be a meaningful rule.
    expect(passwordProblem("an-và-những-ngọn-đồi", { email: "an@x.vn" })).toBeNull();
    expect(passwordProblem("một câu thật dài ở đây", { email: null })).toBeNull();
  });
});

describe("password links", () => {
  it("makes a 43-character base64url secret from 32 bytes and hashes it", () => {
    const token = passwordLinkTokenFromBytes(new Uint8Array(32).fill(7));
    expect(isPasswordLinkToken(token)).toBe(true);
    expect(hashPasswordLinkToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashPasswordLinkToken(token)).not.toContain(token);
    expect(() => passwordLinkTokenFromBytes(new Uint8Array(16))).toThrow();
  });

  it("recognises only well-formed secrets", () => {
    expect(isPasswordLinkToken("abc")).toBe(false);
    expect(isPasswordLinkToken(`${"a".repeat(42)}/`)).toBe(false);
    expect(isPasswordLinkToken(undefined)).toBe(false);
  });

  it("expires after the TTL and works once", () => {
    const now = new Date("2026-11-27T08:00:00Z");
    const expiresAt = passwordLinkExpiry(now);
    expect(expiresAt.getTime() - now.getTime()).toBe(PASSWORD_LINK_TTL_HOURS * 3_600_000);
    expect(passwordLinkState({ expiresAt, usedAt: null }, now)).toBe("valid");
    expect(passwordLinkState({ expiresAt, usedAt: null }, expiresAt)).toBe("expired");
    expect(passwordLinkState({ expiresAt, usedAt: now }, now)).toBe("used");
    expect(passwordLinkState(null, now)).toBe("unknown");
  });
});
