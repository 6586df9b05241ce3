import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import type { Locale, Messages } from "@/lib/i18n";
import { LanguageSwitch } from "./LanguageSwitch";
import { SignOutButton } from "./SignOutButton";

type NavItem = { href: string; label: string };

// Plain links, not next/link: the header is on every page, and next/link would make each item a
// client component to hydrate and prefetch every target in view (a dozen requests, each rendered
// by the server) while a phone is still starting the page. A click loads the page as usual.

function navFor(user: CurrentUser | null, t: Messages): NavItem[] {
  const items: NavItem[] = [
    { href: "/", label: t.nav.home },
    { href: "/procedures", label: t.nav.procedures },
    { href: "/lookup", label: t.nav.lookup },
    { href: "/statistics", label: t.nav.statistics },
  ];
  if (user && can(user.role, "area.citizen")) {
    items.push({ href: "/my", label: t.nav.myDossiers }, { href: "/my/notifications", label: t.nav.notifications }, { href: "/my/feedback", label: t.nav.feedback });
  }
  if (user && can(user.role, "area.officer")) items.push({ href: "/officer", label: t.nav.officer });
  if (user && can(user.role, "area.leader")) items.push({ href: "/leader", label: t.nav.leader });
  if (user && can(user.role, "area.admin")) items.push({ href: "/admin", label: t.nav.admin });
  return items;
}

export function SiteHeader({ user, locale, t }: { user: CurrentUser | null; locale: Locale; t: Messages }) {
  return (
    <header className="bg-brand-700 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <a href="/" className="flex items-center gap-3 no-underline">
          <span aria-hidden="true" className="grid h-10 w-10 place-items-center rounded-full bg-accent-600 text-lg font-bold text-yellow-300">
            ★
          </span>
          <span className="leading-tight">
            <span className="block text-xs uppercase tracking-wide text-brand-100">{t.meta.owner}</span>
            <span className="block text-base font-semibold sm:text-lg">{t.meta.siteName}</span>
          </span>
        </a>
        <div className="flex flex-wrap items-center gap-2">
          <LanguageSwitch locale={locale} t={t} />
          {user ? (
            <>
              <span className="text-sm text-brand-100">
                {t.nav.signedInAs(user.name)} · {t.roles[user.role]}
              </span>
              <SignOutButton label={t.nav.signOut} />
            </>
          ) : (
            <a href="/sign-in" className="rounded bg-white px-3 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50">
              {t.nav.signIn}
            </a>
          )}
        </div>
      </div>
      <nav aria-label={t.nav.mainNav} className="bg-brand-800">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2">
          {navFor(user, t).map((item) => (
            <li key={item.href}>
              <a href={item.href} className="block px-3 py-2 text-sm font-medium text-white hover:bg-brand-600">
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
