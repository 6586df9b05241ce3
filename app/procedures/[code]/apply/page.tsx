import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StartApplicationPage } from "@/components/apply/StartApplicationPage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { listCommunes } from "@/lib/server/agencies/list-communes";
import { getProcedure } from "@/lib/server/procedures/get-procedure";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, p] = await Promise.all([getI18n(), getProcedure((await params).code)]);
  return { title: p ? t.apply.startTitle(p.name) : "404" };
}

export default async function Page({ params }: Props) {
  const { code } = await params;
  await requirePagePermission("dossier.create", `/procedures/${encodeURIComponent(code)}/apply`);
  const [{ t }, p] = await Promise.all([getI18n(), getProcedure(code)]);
  if (!p) notFound();
  const communes = p.scope === "COMMUNE" ? await listCommunes() : null;
  return <StartApplicationPage t={t} p={p} communes={communes} />;
}
