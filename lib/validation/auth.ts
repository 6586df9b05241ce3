import { z } from "zod";

/** E-mail (lower-cased) or a Vietnamese phone number (0xxxxxxxxx or +84xxxxxxxxx → 0xxxxxxxxx). */
export function normalizeIdentifier(raw: string): { kind: "email" | "phone"; value: string } {
  const value = raw.trim();
  if (value.includes("@")) return { kind: "email", value: value.toLowerCase() };
  const digits = value.replace(/[\s.()-]/g, "");
  if (digits.startsWith("+84")) return { kind: "phone", value: `0${digits.slice(3)}` };
  if (/^84\d{9}$/.test(digits)) return { kind: "phone", value: `0${digits.slice(2)}` };
  return { kind: "phone", value: digits };
}

export const ZSignIn = z.object({
  identifier: z
    .string({ error: "Nhập thư điện tử hoặc số điện thoại." })
    .trim()
    .min(1, "Nhập thư điện tử hoặc số điện thoại.")
    .max(254, "Thư điện tử hoặc số điện thoại quá dài."),
  password: z.string({ error: "Nhập mật khẩu." }).min(1, "Nhập mật khẩu.").max(256, "Mật khẩu quá dài."),
});
export type TSignIn = z.infer<typeof ZSignIn>;
