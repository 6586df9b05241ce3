import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProcedureDetailPage } from "@/components/procedures/ProcedureDetailPage";
import { getI18n } from "@/lib/i18n";
import { getProcedure } from "@/lib/server/procedures/get-procedure";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await getProcedure((await params).code);
  return { title: p?.name ?? "404" };
}

export default async function Page({ params }: Props) {
  const [{ t }, p] = await Promise.all([getI18n(), getProcedure((await params).code)]);
  if (!p) notFound();
  return <ProcedureDetailPage t={t} p={p} />;
}
