import type { Locale, Messages } from "@/lib/i18n";

/** A plain form: works without JavaScript and with the keyboard. */
export function LanguageSwitch({ locale, t }: { locale: Locale; t: Messages }) {
  const other: Locale = locale === "vi" ? "en" : "vi";
  return (
    <form action="/api/locale" method="post">
      <input type="hidden" name="lang" value={other} />
      <button
        type="submit"
        lang={other}
        aria-label={t.nav.switchToLabel}
        className="rounded border border-white/60 px-2 py-1 text-sm text-white hover:bg-white/10"
      >
        {t.nav.switchTo}
      </button>
    </form>
  );
}
