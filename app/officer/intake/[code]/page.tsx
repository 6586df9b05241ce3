import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { CounterIntakePage } from "@/components/officer/intake/CounterIntakePage";
import { requirePagePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getI18n } from "@/lib/i18n";
import { getCounterIntakeForm } from "@/lib/server/dossiers/intake-get-counter-form";
import { notFoundOnMissing } from "@/lib/server/http/not-found";
import { intakeCounterAction } from "../actions";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.intake.title };
}

export default async function Page({ params }: Props) {
  const { code } = await params;
  const user = await requirePagePermission("dossier.intake", `/officer/intake/${encodeURIComponent(code)}`);
  const [{ t, locale }, form] = await Promise.all([
    getI18n(),
    // Another agency's procedure: the 403 page, as for any page the officer may not use.
    notFoundOnMissing(getCounterIntakeForm({ actor: user, procedureCode: code })).catch((error: unknown) => {
      if (isAppError(error) && error.code === "FORBIDDEN") forbidden();
      throw error;
    }),
  ]);
  return <CounterIntakePage t={t} locale={locale} form={form} action={intakeCounterAction} />;
}
