import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { VerifyResultPage } from "@/components/dossiers/VerifyResultPage";
import { getI18n } from "@/lib/i18n";
import { verifyResult } from "@/lib/server/results/verify-result";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  // Verification links are personal: keep them out of search engines.
  return { title: t.verify.title, robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function Page({ params }: Props) {
  const [{ t }, { token }] = await Promise.all([getI18n(), params]);
  const result = await verifyResult({ token });
  // Unknown or malformed token: the segment's not-found page ("không xác thực được"), status 404.
  if (!result) notFound();
  return <VerifyResultPage t={t} result={result} />;
}
