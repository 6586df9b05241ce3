import Link from "next/link";
import { getI18n } from "@/lib/i18n";

export default async function NotFound() {
  const { t } = await getI18n();
  return (
    <div className="rounded-lg bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">{t.errors.notFoundTitle}</h1>
      <p className="mt-2 text-slate-700">{t.errors.notFoundBody}</p>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">{t.errors.backHome}</Link>
    </div>
  );
}
