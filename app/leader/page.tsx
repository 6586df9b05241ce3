import { LeaderHomePage } from "@/components/leader/LeaderHomePage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { getLeaderOverview } from "@/lib/server/plan/get-leader-overview";

export default async function Page() {
  const user = await requirePagePermission("dashboard.read", "/leader");
  const [{ t, locale }, data] = await Promise.all([getI18n(), getLeaderOverview({ actor: user })]);
  return <LeaderHomePage t={t} locale={locale} data={data} />;
}
