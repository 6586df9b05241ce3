// Language of the request: the `lang` cookie (vi by default, en second).
import "server-only";
import { cookies } from "next/headers";
import { en } from "./messages/en";
import { vi, type Messages } from "./messages/vi";

export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const LOCALE_COOKIE = "lang";

const catalogues: Record<Locale, Messages> = { vi, en };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export async function getLocale(): Promise<Locale> {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : "vi";
}

export async function getI18n(): Promise<{ locale: Locale; t: Messages }> {
  const locale = await getLocale();
  return { locale, t: catalogues[locale] };
}

export type { Messages };
