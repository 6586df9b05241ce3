import { PaymentResultPage } from "@/components/payments/PaymentResultPage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { getApplication } from "@/lib/server/dossiers/get-application";
import { notFoundOnMissing } from "@/lib/server/http/not-found";

// The gateway sends the citizen back here. The outcome is read from the database (set by the
// signed callback), never from the query string.
export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("dossier.create", `/my/dossiers/${id}/payment`);
  const [{ t }, app] = await Promise.all([getI18n(), notFoundOnMissing(getApplication({ actor: user, dossierId: id }))]);
  return <PaymentResultPage t={t} app={app} />;
}
