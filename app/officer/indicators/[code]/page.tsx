import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { IndicatorDetailPage } from "@/components/officer/indicators/IndicatorDetailPage";
import { requirePagePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getI18n } from "@/lib/i18n";
import { getIndicatorHistory } from "@/lib/server/indicators/get-indicator-history";
import { saveObservationAction } from "./actions";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ saved?: string | string[]; period?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, { code }] = await Promise.all([getI18n(), params]);
  return { title: `${decoded(code).toUpperCase()} — ${t.indicatorData.title}` };
}

function decoded(code: string): string {
  try {
    return decodeURIComponent(code).slice(0, 40);
  } catch {
    return code.slice(0, 40);
  }
}

const NOTICES = ["created", "updated", "unchanged"] as const;

export default async function Page({ params, searchParams }: Props) {
  const [{ code }, query] = await Promise.all([params, searchParams]);
  const user = await requirePagePermission("indicator.report", `/officer/indicators/${encodeURIComponent(code)}`);
  const { t, locale } = await getI18n();
  let history;
  try {
    history = await getIndicatorHistory({ actor: user, code: decoded(code) });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    if (isAppError(error) && error.code === "FORBIDDEN") forbidden();
    throw error;
  }
  const notice = NOTICES.find((n) => n === query.saved) ?? null;
  const period = typeof query.period === "string" ? query.period.slice(0, 20) : null;
  return <IndicatorDetailPage t={t} locale={locale} history={history} action={saveObservationAction} notice={notice} editPeriod={period} />;
}
