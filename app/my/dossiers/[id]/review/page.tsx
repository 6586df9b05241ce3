import crypto from "node:crypto";
import { redirect } from "next/navigation";
import { ReviewPage } from "@/components/apply/ReviewPage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { getApplication } from "@/lib/server/dossiers/get-application";
import { notFoundOnMissing } from "@/lib/server/http/not-found";

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("dossier.create", `/my/dossiers/${id}/review`);
  const [{ t, locale }, app] = await Promise.all([getI18n(), notFoundOnMissing(getApplication({ actor: user, dossierId: id }))]);
  if (app.status !== "DRAFT") redirect(`/my/dossiers/${id}`);
  // One key per rendering of this page: a double click or a retried request sends the same key.
  return <ReviewPage t={t} locale={locale} app={app} idempotencyKey={crypto.randomUUID()} />;
}
