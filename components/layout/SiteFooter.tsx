import type { Messages } from "@/lib/i18n";

export function SiteFooter({ t }: { t: Messages }) {
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-6 text-sm text-slate-700">
        <p className="font-semibold text-slate-900">{t.meta.siteName}</p>
        <p>{t.footer.agency}</p>
        <p>{t.footer.operator}</p>
        <p>{t.footer.hotline}</p>
        <p className="text-slate-600">{t.footer.note}</p>
      </div>
    </footer>
  );
}
