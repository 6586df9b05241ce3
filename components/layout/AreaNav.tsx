"use client";
// Second-level navigation of a work area (officer, leader, admin). Marks the current section
// with aria-current so screen readers and the styling agree.
import Link from "next/link";
import { usePathname } from "next/navigation";

export type AreaNavItem = { href: string; label: string };

export function AreaNav({ label, items }: { label: string; items: AreaNavItem[] }) {
  const pathname = usePathname();
  const current = items
    .filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav aria-label={label} className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-x-1">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={item.href === current ? "page" : undefined}
              className="block border-b-2 border-transparent px-3 py-2 text-sm font-medium text-slate-700 no-underline hover:border-slate-400 aria-[current=page]:border-brand-700 aria-[current=page]:text-brand-700"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
