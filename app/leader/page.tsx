import { LeaderHomePage } from "@/components/leader/LeaderHomePage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { getPillarSummaries } from "@/lib/server/plan/get-pillar-summaries";

export default async function Page() {
  await requirePagePermission("area.leader", "/leader");
  const [{ t, locale }, { pillars, lastUpdate }] = await Promise.all([getI18n(), getPillarSummaries()]);
  return <LeaderHomePage t={t} locale={locale} pillars={pillars} lastUpdate={lastUpdate} />;
}
