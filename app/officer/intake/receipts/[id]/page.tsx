import type { Metadata } from "next";
import { CounterReceiptPage } from "@/components/officer/intake/CounterReceiptPage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { getCounterReceipt } from "@/lib/server/dossiers/intake-get-counter-receipt";
import { notFoundOnMissing } from "@/lib/server/http/not-found";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.intake.receiptDocTitle };
}

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("dossier.intake", `/officer/intake/receipts/${encodeURIComponent(id)}`);
  const [{ t }, receipt] = await Promise.all([getI18n(), notFoundOnMissing(getCounterReceipt({ actor: user, dossierId: id }))]);
  return <CounterReceiptPage t={t} receipt={receipt} />;
}
