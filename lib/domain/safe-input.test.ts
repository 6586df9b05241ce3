import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isAppError } from "@/lib/errors";
import { assertUsableKey, isSafeText, isUsableKey, KEY_MAX_LENGTH, quoteForMessage, safeText, UNSAFE_TEXT_MESSAGE } from "./safe-input";

describe("safe input", () => {
  it("keeps ordinary Vietnamese text, tabs, line breaks, emoji and combining marks", () => {
    for (const s of ["Nguyễn Văn An", "Nguye\u0302\u0303n", "dòng 1\r\ndòng 2\tcột", "🙂 𝕏", "", "<script>alert(1)</script>", "' OR 1=1--"]) expect(isSafeText(s), s).toBe(true);
  });

  it("refuses NUL and other control characters, and lone surrogates", () => {
    for (const s of ["nul\u0000byte", "\u0000", "a\u0008b", "\u001B[31m", "x\u007F", "\u0085", "lone\uD800surrogate", "\uDFFFtail", "end\uD83D"]) expect(isSafeText(s), JSON.stringify(s)).toBe(false);
  });

  it("accepts only short safe strings as keys, and refuses others with a typed 400", () => {
    expect(isUsableKey("cmwyt0004ry7dpxn5e3ji")).toBe(true);
    expect(isUsableKey("x".repeat(KEY_MAX_LENGTH + 1))).toBe(false);
    expect(isUsableKey(42)).toBe(false);
    expect(isUsableKey("/etc/passwd\u0000.pdf")).toBe(false);
    try {
      assertUsableKey("\u0000");
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.status).toBe(400);
    }
    expect(() => assertUsableKey("PA-000123")).not.toThrow();
  });

  it("refines a zod string with a Vietnamese message", () => {
    const schema = safeText(z.string().max(10));
    expect(schema.safeParse("Hà Nội").success).toBe(true);
    const refused = schema.safeParse("a\u0000");
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe(UNSAFE_TEXT_MESSAGE);
  });

  it("repeats plain input in messages, never markup, quotes, controls or long text", () => {
    expect(quoteForMessage("13/2026")).toBe("“13/2026”");
    expect(quoteForMessage("Hà Nội, 12,5%")).toBe("“Hà Nội, 12,5%”");
    for (const s of ["<script>alert(1)</script>", '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', "a\u0000b", "abc\u202Egnp.exe", "x".repeat(41)]) expect(quoteForMessage(s), s).toBeNull();
  });
});
