import { describe, it, expect } from "vitest";
import { ZSignIn, normalizeIdentifier } from "./auth";

describe("normalizeIdentifier", () => {
  it.each([
    ["nguyenvana@example.vn", "nguyenvana@example.vn"],
    ["NguyenVanA@Example.VN", "nguyenvana@example.vn"],
    ["  Can.Bo@ThaiNguyen.Gov.VN  ", "can.bo@thainguyen.gov.vn"],
    ["\tADMIN@thainguyen.gov.vn\n", "admin@thainguyen.gov.vn"],
    ["nguyen-van.a@example.vn", "nguyen-van.a@example.vn"], // dots and dashes of an e-mail are kept
  ])("e-mail %j → %j", (raw, value) => {
    expect(normalizeIdentifier(raw)).toEqual({ kind: "email", value });
  });

  it.each([
    ["0912345678", "0912345678"],
    ["+84912345678", "0912345678"],
    ["+84 912 345 678", "0912345678"],
    ["  +84 912 345 678  ", "0912345678"],
    ["0912 345 678", "0912345678"],
    ["0912.345.678", "0912345678"],
    ["0912-345-678", "0912345678"],
    ["+84-912.345 678", "0912345678"],
    ["0208 3855 123", "02083855123"], // landline of Thái Nguyên
  ])("phone %j → %j", (raw, value) => {
    expect(normalizeIdentifier(raw)).toEqual({ kind: "phone", value });
  });

  it("keeps +84 only at the start", () => {
    expect(normalizeIdentifier("0984 123 456")).toEqual({ kind: "phone", value: "0984123456" });
  });
});

describe("ZSignIn", () => {
  /** Vietnamese messages of a refused input, by field. */
  function messages(input: unknown): Record<string, string[]> {
    const r = ZSignIn.safeParse(input);
    expect(r.success).toBe(false);
    const out: Record<string, string[]> = {};
    if (!r.success) for (const i of r.error.issues) (out[i.path.join(".")] ??= []).push(i.message);
    return out;
  }

  it("accepts an identifier and a password, trimming the identifier only", () => {
    expect(ZSignIn.parse({ identifier: "  0912345678 ", password: " mật khẩu " })).toEqual({ identifier: "0912345678", password: " mật khẩu " });
  });

  it.each([
    ["empty identifier", { identifier: "", password: "x" }, { identifier: ["Nhập thư điện tử hoặc số điện thoại."] }],
    ["blank identifier", { identifier: "   ", password: "x" }, { identifier: ["Nhập thư điện tử hoặc số điện thoại."] }],
    ["empty password", { identifier: "a@b.vn", password: "" }, { password: ["Nhập mật khẩu."] }],
    [
      "both empty",
      { identifier: "", password: "" },
      { identifier: ["Nhập thư điện tử hoặc số điện thoại."], password: ["Nhập mật khẩu."] },
    ],
    ["identifier over 254 characters", { identifier: `${"a".repeat(250)}@b.vn`, password: "x" }, { identifier: ["Thư điện tử hoặc số điện thoại quá dài."] }],
    ["password over 256 characters", { identifier: "a@b.vn", password: "x".repeat(257) }, { password: ["Mật khẩu quá dài."] }],
  ])("%s", (_name, input, expected) => {
    expect(messages(input)).toEqual(expected);
  });

  it("accepts the longest allowed values", () => {
    expect(ZSignIn.safeParse({ identifier: `${"a".repeat(249)}@b.vn`, password: "x".repeat(256) }).success).toBe(true);
  });

  it("counts the identifier's length after trimming", () => {
    expect(ZSignIn.safeParse({ identifier: `  ${"a".repeat(249)}@b.vn  `, password: "x" }).success).toBe(true);
  });

  it.each([{}, { identifier: 1, password: "x" }, { identifier: "a@b.vn", password: null }, null])("refuses the malformed input %j", (input) => {
    expect(ZSignIn.safeParse(input).success).toBe(false);
  });
});
