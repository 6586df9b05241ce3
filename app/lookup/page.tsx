import type { Metadata } from "next";
import { LookupPage } from "@/components/lookup/LookupPage";
import { getI18n } from "@/lib/i18n";
import { lookupAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.lookup.title };
}

export default async function Page() {
  const { t } = await getI18n();
  return <LookupPage t={t} action={lookupAction} />;
}
