import Link from "next/link";
import { getI18n } from "@/lib/i18n";

export default async function Forbidden() {
  const { t } = await getI18n();
  return (
    <div className="rounded-lg bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">{t.errors.forbiddenTitle}</h1>
      <p className="mt-2 text-slate-700">{t.errors.forbiddenBody}</p>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">{t.errors.backHome}</Link>
    </div>
  );
}
