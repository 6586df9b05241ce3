import { redirect } from "next/navigation";
import { ReceiptPage } from "@/components/apply/ReceiptPage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { getApplication } from "@/lib/server/dossiers/get-application";
import { notFoundOnMissing } from "@/lib/server/http/not-found";

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("dossier.create", `/my/dossiers/${id}/receipt`);
  const [{ t }, app] = await Promise.all([getI18n(), notFoundOnMissing(getApplication({ actor: user, dossierId: id }))]);
  if (app.status === "DRAFT" || !app.code) redirect(`/my/dossiers/${id}/review`);
  return <ReceiptPage t={t} app={app} />;
}
