import { describe, expect, it } from "vitest";
import { lastFourDigits, lookupFieldErrors, ZLookup } from "./lookup";

function errors(input: unknown) {
  const parsed = ZLookup.safeParse(input);
  return parsed.success ? null : lookupFieldErrors(parsed.error);
}

describe("ZLookup", () => {
  it("accepts a code in any case with spaces and four digits", () => {
    expect(ZLookup.parse({ code: "  stp-261127-0042 ", phoneLast4: " 5678 " })).toEqual({ code: "STP-261127-0042", phoneLast4: "5678" });
  });

  it.each([
    [{}, { code: "code.required", phoneLast4: "phoneLast4.required" }],
    [{ code: "", phoneLast4: "" }, { code: "code.required", phoneLast4: "phoneLast4.required" }],
    [{ code: "   ", phoneLast4: "12345" }, { code: "code.required", phoneLast4: "phoneLast4.invalid" }],
    [{ code: "STP-261131-0001", phoneLast4: "12a4" }, { code: "code.invalid", phoneLast4: "phoneLast4.invalid" }],
    [{ code: "hello", phoneLast4: "123" }, { code: "code.invalid", phoneLast4: "phoneLast4.invalid" }],
    [{ code: "STP-261127-0042".repeat(5), phoneLast4: "1234" }, { code: "code.invalid" }],
    [{ code: 42, phoneLast4: 1234 }, { code: "code.required", phoneLast4: "phoneLast4.required" }],
  ])("%j → %j", (input, expected) => {
    expect(errors(input)).toEqual(expected);
  });
});

describe("lastFourDigits", () => {
  it.each([
    ["0912345678", "5678"],
    ["0912 345 678", "5678"],
    ["+84 912.345.678", "5678"],
    ["123", null],
    ["", null],
    [null, null],
  ])("%j → %j", (phone, expected) => expect(lastFourDigits(phone)).toBe(expected));
});
