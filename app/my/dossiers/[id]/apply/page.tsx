import { redirect } from "next/navigation";
import { ApplicationStepPage } from "@/components/apply/ApplicationStepPage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { getApplication } from "@/lib/server/dossiers/get-application";
import { notFoundOnMissing } from "@/lib/server/http/not-found";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ step?: string }> };

export default async function Page({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePagePermission("dossier.create", `/my/dossiers/${id}/apply`);
  const [{ t, locale }, app, query] = await Promise.all([getI18n(), notFoundOnMissing(getApplication({ actor: user, dossierId: id })), searchParams]);
  if (app.status !== "DRAFT") redirect(`/my/dossiers/${id}`);
  const wanted = Number.parseInt(query.step ?? "", 10);
  const last = app.schema.steps.length - 1;
  // Steps beyond the furthest one reached are not skipped to.
  const step = Number.isInteger(wanted) ? Math.min(Math.max(0, wanted), last, app.draftStep) : Math.min(app.draftStep, last);
  return <ApplicationStepPage t={t} locale={locale} app={app} step={step} />;
}
